import type { Clip } from '../../../utils/db/clip';

/** A complete clip with sensible defaults; override what a test cares about. */
export function makeClip(overrides: Partial<Clip> = {}): Clip {
  return {
    id: 1,
    url: 'https://news.example.kr/article/123?utm_source=x',
    canonicalUrl: 'https://news.example.kr/article/123',
    title: '기후 변화: 서울의 여름이 길어진다',
    byline: '김민지, 이준',
    authors: ['김민지', '이준'],
    published: '2024-03-05T08:30:00+09:00',
    modified: null,
    siteName: '예시일보',
    lang: 'ko',
    excerpt: '서울의 여름이 30년 전보다 한 달 길어졌다.',
    leadImage: 'https://news.example.kr/img/lead.jpg',
    keywords: ['기후', '서울'],
    html: '<p>서울의 여름이 <strong>길어졌다</strong>.</p>',
    markdown: '서울의 여름이 **길어졌다**.\n\n![지도](https://news.example.kr/img/map.png)\n',
    text: '서울의 여름이 길어졌다.',
    wordCount: 3,
    charCount: 11,
    confidence: 0.92,
    mode: 'article',
    clippedAt: Date.UTC(2024, 2, 6, 1, 2, 3),
    updatedAt: Date.UTC(2024, 2, 6, 1, 2, 3),
    tags: ['기후 변화', 'Seoul'],
    note: '',
    status: 'unread',
    favorite: false,
    placeholder: false,
    ...overrides,
  };
}
