import type { ClipDraft } from '../../../utils/extract/types';

/** A complete ClipDraft with overridable fields, for repository and handler tests. */
export function makeDraft(overrides: Partial<ClipDraft> = {}): ClipDraft {
  return {
    url: 'https://news.example.com/a/1?utm_source=x',
    canonicalUrl: 'https://news.example.com/a/1',
    title: '성동구, 10년 연속 일자리대상',
    byline: '윤만형',
    authors: ['윤만형'],
    published: '2024-08-13T15:12:01+09:00',
    modified: null,
    siteName: 'Example News',
    lang: 'ko',
    excerpt: '서울 성동구가 일자리대상을 받았다.',
    leadImage: null,
    keywords: [],
    html: '<p>서울 성동구가 일자리대상을 받았다.</p>',
    markdown: '서울 성동구가 일자리대상을 받았다.',
    text: '서울 성동구가 일자리대상을 받았다.',
    wordCount: 4,
    charCount: 15,
    confidence: 0.9,
    mode: 'article',
    ...overrides,
  };
}
