import { describe, expect, it } from 'vitest';
import { storyRegion } from '../../../utils/extract/story-region';
import { copyRegion } from '../../../utils/extract/copy-region';
import { extractClip } from '../../../utils/extract/pipeline';
import { htmlDoc, loadPage, page } from './helpers';

const story = Array.from({ length: 6 }, (_, i) => `<p>문단 ${i}: 성동구는 올해 일자리 정책으로 전국 지방자치단체 일자리대상을 받았다고 밝혔다.</p>`).join('');
const menu = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
const footer = '<footer><p>서울특별시 성동구 왕십리로 — 대표전화 02-000-0000, 발행인 홍길동, 등록번호 서울아00000.</p></footer>';

/** A news page: site header with its own h1 (the logo), menu, headline block, body, sidebar, footer. */
const newsPage = (sidebar = '<aside class="rail"><p>많이 본 뉴스: 짧은 소개 문장 하나.</p></aside>') => `
  <header class="site"><h1 class="logo">성동신문</h1><nav><ul>${menu}</ul></nav></header>
  <div id="wrap"><div id="content"><div class="article">
    <div class="head"><h1>성동구, 10년 연속 수상</h1><p class="byline">홍길동 기자</p></div>
    <figure><img src="a.jpg"><figcaption>시상식 장면</figcaption></figure>
    <div class="cols"><div class="body"><div class="text">${story}</div></div></div>
  </div>${sidebar}<ul class="more">${menu}</ul></div></div>${footer}`;

describe('storyRegion', () => {
  it('finds the story region with its headline, leaving the page chrome and side boxes out', () => {
    const doc = page(newsPage());
    const region = storyRegion(doc);
    expect(region?.element.className).toBe('article');
    expect(region?.element.textContent).toContain('성동구, 10년 연속 수상');
    expect(region?.element.querySelector('figcaption')?.textContent).toBe('시상식 장면');
    // The sidebar's paragraph lies outside; the footer's is chrome and does not count.
    expect(region?.outsideChars).toBe(doc.querySelector('.rail p')?.textContent?.length);
  });

  it('does not let the text of a cookie notice keep the story from being found', () => {
    const notice = '<div id="privacy-consent"><p>We and our partners use cookies to store and access information on your device, to measure audiences and to show you relevant content and ads.</p></div>';
    const doc = page(`${notice}<div id="wrap"><div><div class="body">${story}</div></div></div><ul>${menu}</ul>`);
    expect(storyRegion(doc)?.element.id).toBe('wrap');
    // The page's own classes ("cookie banner shown") say nothing about its parts.
    const flagged = htmlDoc(`<html><body class="has-cookie-banner"><div id="wrap"><div><div class="body">${story}</div></div></div><ul>${menu}</ul></body></html>`);
    expect(storyRegion(flagged)?.element.id).toBe('wrap');
  });

  it('leaves pages whose paragraphs are spread out, mostly hidden or nearly all story', () => {
    expect(storyRegion(page(`<div><div class="a">${story}</div><div class="b">${story}</div></div>`))).toBeNull();
    expect(storyRegion(page(`<div hidden><div><div class="body">${story}</div></div></div><div><p>Loading the story, please wait for it.</p></div>`))).toBeNull();
    expect(storyRegion(page(`<div><div><div class="body">${story}</div></div></div>`))).toBeNull();
    expect(storyRegion(page('<div><span>No paragraphs</span></div>'))).toBeNull();
  });
});

describe('copyRegion', () => {
  it('copies the head and the region inside bare copies of its ancestors, leaving the page alone', () => {
    const doc = page(
      newsPage(),
      '<meta property="og:site_name" content="성동신문"><link rel="canonical" href="https://x.kr/1"><link rel="icon" href="/favicon.ico"><style>p{}</style><script>var a = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      'ko',
    );
    const before = doc.documentElement.outerHTML;
    const region = storyRegion(doc);
    if (!region) throw new Error('no region');
    const copy = copyRegion(doc, region.element);
    expect(copy).not.toBe(doc);
    expect(copy?.documentElement.getAttribute('lang')).toBe('ko');
    expect(copy?.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('성동신문');
    // The head's metadata comes along, its scripts and styles do not.
    expect(copy?.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://x.kr/1');
    expect(copy?.head.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
    expect(copy?.head.querySelector('style, link[rel="icon"], script:not([type])')).toBeNull();
    expect(copy?.title).toBe('T');
    expect(copy?.body.firstElementChild?.id).toBe('wrap');
    expect(copy?.querySelector('#content')?.children).toHaveLength(1);
    expect(copy?.querySelectorAll('.text p')).toHaveLength(6);
    expect(copy?.querySelector('nav, footer, .rail, .more')).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractClip on a page with a story region', () => {
  it('still takes its metadata from the whole page and resolves links against the page address', () => {
    const { doc, window } = loadPage(
      `<!doctype html><html lang="ko"><head><title>성동구, 10년 연속 수상 - 성동신문</title></head><body>${newsPage().replace('<div class="text">', '<div class="text"><p>자세한 내용은 <a href="/notice/7">공지</a>를 참고하라고 구는 설명했다. 구는 앞으로도 일자리 정책을 이어가겠다고 밝혔다.</p>')}</body></html>`,
      'https://news.example.kr/article/1',
    );
    expect(storyRegion(doc)).not.toBeNull();
    const clip = extractClip(doc, { url: 'https://news.example.kr/article/1', window });
    expect(clip.title).toBe('성동구, 10년 연속 수상');
    expect(clip.markdown).toContain('](https://news.example.kr/notice/7)');
    expect(clip.text).toContain('문단 5');
    expect(clip.text).not.toContain('대표전화');
    expect(clip.text).not.toContain('Section 3');
  });
});
