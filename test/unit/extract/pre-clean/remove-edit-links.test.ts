import { describe, expect, it } from 'vitest';
import { removeEditLinks } from '../../../../utils/extract/pre-clean/remove-edit-links';
import { scanRoot } from '../../../../utils/extract/pre-clean/scan-context';
import { htmlDoc } from '../helpers';

function cleaned(body: string): Document {
  const doc = htmlDoc(`<body><article>${body}</article></body>`);
  const article = doc.querySelector('article');
  if (article) removeEditLinks(doc, scanRoot(article));
  return doc;
}

describe('removeEditLinks', () => {
  it('drops a MediaWiki edit section with its brackets, even in a long heading', () => {
    const doc = cleaned('<h2><span class="mw-headline">Early life and political career</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2>');
    expect(doc.querySelector('h2')?.textContent).toBe('Early life and political career');
  });

  it('drops a bracketed edit link by its text in several languages', () => {
    const doc = cleaned('<h3>Geschichte <span>[<a href="?e">Bearbeiten</a> | <a href="?s">Quelltext bearbeiten</a>]</span></h3><h3>歴史<small>[<a href="?e">編集</a>]</small></h3>');
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent?.trim())).toEqual(['Geschichte', '歴史']);
  });

  it('keeps heading words that merely say "edit"', () => {
    const doc = cleaned('<h2><a href="/how-to-edit">Edit</a></h2><h2>How we edit <a href="/x">photos</a></h2><p>Text with [<a href="?e">edit</a>] in it.</p>');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Edit', 'How we edit photos']);
    expect(doc.querySelector('p')?.textContent).toBe('Text with [edit] in it.');
  });
});
