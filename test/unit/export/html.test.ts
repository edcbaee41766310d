import { describe, expect, it } from 'vitest';
import { clipsToHtml } from '../../../utils/export/html';
import { createHtmlSanitizer } from '../../../utils/export/html-sanitizer';
import { makeClip } from './fixtures';

const hostile = makeClip({
  title: '<script>alert(1)</script> 제목',
  url: 'javascript:alert(1)',
  html: '<p onclick="x()">본문 <img src="https://img.example/a.png" onerror="steal()"><a href="javascript:evil()">link</a></p><script>alert(2)</script><iframe src="https://evil"></iframe><style>body{}</style>',
  text: '본문\n\n둘째 문단 <b>',
  note: 'note with <tags> & "quotes"',
  lang: 'ko',
});

describe('standalone HTML page', () => {
  const sanitize = createHtmlSanitizer(window);

  it('sanitizes clip HTML and escapes every text field', () => {
    const page = clipsToHtml([hostile], { sanitize });
    expect(page).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<style>body\{\}/);
    expect(page).toContain('<img src="https://img.example/a.png">');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62; 제목');
    expect(page).toContain('note with &#60;tags&#62; &#38; &#34;quotes&#34;');
    expect(page).not.toContain('>Original</a>');
  });

  it('is a complete document with a CSP that forbids scripts', () => {
    const page = clipsToHtml([makeClip()], { sanitize });
    expect(page).toMatch(/^<!doctype html>\n<html lang="ko">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain(`content="default-src 'none';`);
    expect(page).toContain('<a href="https://news.example.kr/article/123?utm_source=x" rel="noopener noreferrer">Original</a>');
    expect(page).toContain('<time datetime="2024-03-05T08:30:00+09:00">2024-03-05</time>');
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.querySelectorAll('article')).toHaveLength(1);
    expect(doc.querySelector('article .body strong')?.textContent).toBe('길어졌다');
  });

  it('falls back to escaped plain text without a sanitizer', () => {
    const page = clipsToHtml([hostile]);
    expect(page).toContain('<div class="body"><p>본문</p>\n<p>둘째 문단 &#60;b&#62;</p></div>');
    expect(page).not.toContain('onerror');
  });

  it('orders several clips and mixes languages per article', () => {
    const page = clipsToHtml(
      [makeClip({ id: 1, title: 'B', lang: 'en' }), makeClip({ id: 2, title: 'A', lang: 'ko' })],
      { sanitize, order: 'title', title: 'Mine' },
    );
    expect(page).toMatch(/^<!doctype html>\n<html>/);
    expect(page.indexOf('<h1>A</h1>')).toBeLessThan(page.indexOf('<h1>B</h1>'));
    expect(page).toContain('<title>Mine</title>');
  });
});
