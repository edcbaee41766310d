import { describe, expect, it } from 'vitest';
import { unwrapBlockHeadings } from '../../../../utils/extract/pre-clean/unwrap-block-headings';
import { htmlDoc, paragraphs } from '../helpers';

describe('unwrapBlockHeadings', () => {
  it('turns a heading that holds the story paragraphs into a div, attributes kept', () => {
    const doc = htmlDoc(`<body><div><h1>Title</h1></div></div></span><h3 class="m_view_txt">${paragraphs(3)}</h3><h2>Real heading</h2></body>`);
    expect(unwrapBlockHeadings(doc)).toBe(1);
    const div = doc.querySelector('div.m_view_txt');
    expect(div?.querySelectorAll('p')).toHaveLength(3);
    expect(doc.querySelector('h3')).toBeNull();
    expect(doc.querySelector('h1')?.textContent).toBe('Title');
    expect(doc.querySelector('h2')?.textContent).toBe('Real heading');
  });
});
