import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ko from '../../public/_locales/ko/messages.json';

describe('locales', () => {
  it('use only message names Chrome accepts (a bad name stops the extension from loading)', () => {
    const bad = [...Object.keys(en), ...Object.keys(ko)].filter((key) => !/^[A-Za-z0-9_@]+$/.test(key));
    expect(bad).toEqual([]);
  });

  it('have every English string in Korean too, and no Korean-only strings', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('declare placeholders for every $NAME$ they use', () => {
    const missing = Object.entries({ ...en, ...ko }).flatMap(([key, entry]) => {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
      const declared = Object.keys('placeholders' in entry && entry.placeholders ? entry.placeholders : {});
      return used.filter((name) => !declared.includes(name)).map((name) => `${key}:${name}`);
    });
    expect(missing).toEqual([]);
  });
});
