import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/bench/lib/load-html';
import { stripSvgRawText } from '../../../scripts/bench/lib/svg-raw-text';

describe('stripSvgRawText', () => {
  it('drops <style> and <script> inside inline svg only', () => {
    const html = '<style>p{}</style><svg viewBox="0 0 1 1"><style>.c{}</style><path d="M0"/><script>x()</script></svg><p>Hello</p><script>y()</script>';
    expect(stripSvgRawText(html)).toBe('<style>p{}</style><svg viewBox="0 0 1 1"><path d="M0"/></svg><p>Hello</p><script>y()</script>');
  });

  it('handles nested and unclosed svg', () => {
    expect(stripSvgRawText('<svg><svg><style>a</style></svg><style>b</style></svg><p>x</p>')).toBe('<svg><svg></svg></svg><p>x</p>');
    expect(stripSvgRawText('<svg><style>a</style><p>x</p>')).toBe('<svg><p>x</p>');
  });

  it('leaves pages without inline svg raw text unchanged', () => {
    const html = '<svg><title>t</title></svg><p>x</p><style>.a{}</style>';
    expect(stripSvgRawText(html)).toBe(html);
  });

  it('lets the Node loader read the text after an svg style (happy-dom would swallow it)', () => {
    const page = parseHtml('<html><body><svg><style>.c{}</style></svg><p>Hello</p></body></html>', 'https://example.com/');
    expect(page.doc.querySelector('p')?.textContent).toBe('Hello');
    void page.close();
  });
});
