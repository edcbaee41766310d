import { describe, expect, it } from 'vitest';
import { localizeDate, parseDate } from '../../../../utils/extract/metadata/parse-date';

const iso = (text: string, zone: string | null = null): string | undefined => parseDate(text, zone)?.iso;

describe('parseDate', () => {
  it('keeps explicit offsets of ISO timestamps', () => {
    expect(iso('2024-05-03T19:12:00-04:00')).toBe('2024-05-03T19:12:00-04:00');
    expect(iso('2024-05-03T17:12:00.000Z')).toBe('2024-05-03T17:12:00+00:00');
    expect(iso('20240503T191200+0900')).toBe('2024-05-03T19:12:00+09:00');
  });

  it('reads Korean labels and gives local time the page zone', () => {
    expect(iso('등록 2024-08-13 15:12:01', 'Asia/Seoul')).toBe('2024-08-13T15:12:01+09:00');
    expect(iso('입력 2024.08.13. 오후 3:12', 'Asia/Seoul')).toBe('2024-08-13T15:12:00+09:00');
    expect(iso('2024년 8월 13일 15시 12분', 'Asia/Seoul')).toBe('2024-08-13T15:12:00+09:00');
  });

  it('reads Japanese and Chinese 年月日 dates', () => {
    expect(iso('2024年5月3日 18時12分', 'Asia/Tokyo')).toBe('2024-05-03T18:12:00+09:00');
    expect(iso('2024年05月03日 18:12', 'Asia/Shanghai')).toBe('2024-05-03T18:12:00+08:00');
  });

  it('reads European and English formats, with daylight saving from the zone', () => {
    expect(iso('13. August 2024, 15:12 Uhr', 'Europe/Berlin')).toBe('2024-08-13T15:12:00+02:00');
    expect(iso('15 janvier 2024 à 6h30', 'Europe/Paris')).toBe('2024-01-15T06:30:00+01:00');
    expect(iso('Published 7:12 PM EDT, May 3, 2024')).toBe('2024-05-03T19:12:00-04:00');
    expect(iso('Fri 3 May 2024 18.12 BST')).toBe('2024-05-03T18:12:00+01:00');
  });

  it('reads Portuguese, Spanish, Italian and Dutch month names', () => {
    expect(iso('segunda-feira, 22 de janeiro de 2018 às 0:13', 'America/Sao_Paulo')).toBe('2018-01-22T00:13:00-02:00');
    expect(iso('5 de marzo de 2019 a las 18:30', 'Europe/Madrid')).toBe('2019-03-05T18:30:00+01:00');
    expect(iso('martedì 6 marzo 2018 alle 10:15', 'Europe/Rome')).toBe('2018-03-06T10:15:00+01:00');
    expect(iso('3 mei 2020 om 14:05', 'Europe/Amsterdam')).toBe('2020-05-03T14:05:00+02:00');
    expect(iso('7 out 2018')).toBe('2018-10-07');
  });

  it('keeps date-only values as dates and rejects impossible ones', () => {
    expect(iso('May 3, 2024')).toBe('2024-05-03');
    expect(parseDate('2024-02-30', null)).toBeNull();
    expect(parseDate('2024-13-01T10:00:00Z', null)).toBeNull();
    expect(parseDate('no date here', null)).toBeNull();
  });
});

describe('localizeDate', () => {
  it('re-expresses UTC timestamps in the page zone and leaves other offsets alone', () => {
    const utc = parseDate('2024-05-03T09:12:00Z', null);
    expect(utc && localizeDate(utc, 'Asia/Seoul').iso).toBe('2024-05-03T18:12:00+09:00');
    const ny = parseDate('2024-05-03T19:12:00-04:00', null);
    expect(ny && localizeDate(ny, 'Asia/Seoul').iso).toBe('2024-05-03T19:12:00-04:00');
  });
});
