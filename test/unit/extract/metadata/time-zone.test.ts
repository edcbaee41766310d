import { describe, expect, it } from 'vitest';
import { formatOffset, guessTimeZone, zoneOffsetMinutes } from '../../../../utils/extract/metadata/time-zone';

describe('guessTimeZone', () => {
  it('prefers the country domain, then the page language', () => {
    expect(guessTimeZone('en', 'https://news.example.co.kr/a')).toBe('Asia/Seoul');
    expect(guessTimeZone('ko', 'https://news.example.com/a')).toBe('Asia/Seoul');
    expect(guessTimeZone('ja-JP', 'https://example.com/')).toBe('Asia/Tokyo');
    expect(guessTimeZone('zh-TW', 'https://example.com/')).toBe('Asia/Taipei');
    expect(guessTimeZone('zh-CN', 'https://example.com/')).toBe('Asia/Shanghai');
    expect(guessTimeZone('en', 'https://example.com/')).toBeNull();
  });
});

describe('zoneOffsetMinutes', () => {
  it('follows daylight saving', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', 2024, 1, 15, 12, 0)).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', 2024, 7, 15, 12, 0)).toBe(120);
    expect(zoneOffsetMinutes('Asia/Seoul', 2024, 7, 15, 12, 0)).toBe(540);
    expect(formatOffset(-240)).toBe('-04:00');
  });
});
