import { describe, expect, it } from 'vitest';
import { formatOffset, guessTimeZone, zoneFromOffsets, zoneOffsetMinutes } from '../../../../utils/extract/metadata/time-zone';

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

describe('zoneFromOffsets', () => {
  it('takes the one local offset the page writes on its dates', () => {
    expect(zoneFromOffsets([540, 540])).toBe('Etc/GMT-9');
    expect(zoneFromOffsets([0, 480])).toBe('Etc/GMT-8');
    expect(zoneFromOffsets([-300])).toBe('Etc/GMT+5');
  });

  it('gives nothing for UTC-only, disagreeing or half-hour offsets', () => {
    expect(zoneFromOffsets([])).toBeNull();
    expect(zoneFromOffsets([0])).toBeNull();
    expect(zoneFromOffsets([540, 480])).toBeNull();
    expect(zoneFromOffsets([330])).toBeNull();
  });
});
