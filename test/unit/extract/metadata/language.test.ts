import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromScript, normalizeLang } from '../../../../utils/extract/metadata/language';
import { readMetaTags } from '../../../../utils/extract/metadata/meta-tags';
import { page } from '../helpers';

describe('language', () => {
  it('normalizes declared tags', () => {
    expect(normalizeLang('ko_KR')).toBe('ko-KR');
    expect(normalizeLang('ZH-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLang('')).toBeNull();
  });

  it('tells CJK scripts apart', () => {
    expect(languageFromScript('서울 성동구가 일자리대상을 수상했다')).toBe('ko');
    expect(languageFromScript('札幌の地下鉄でホームドアが完成した')).toBe('ja');
    expect(languageFromScript('多地加快推进城镇老旧小区改造')).toBe('zh');
    expect(languageFromScript('The council passed the budget')).toBeNull();
  });

  it('trusts the script over a wrong template lang', () => {
    const doc = page('<p>서울 성동구가 10년 연속 일자리대상을 수상하는 쾌거를 이뤘다.</p>', '', 'en');
    expect(detectLanguage(doc, readMetaTags(doc), null)).toBe('ko');
    const en = page('<p>The council passed the budget.</p>', '', 'en-GB');
    expect(detectLanguage(en, readMetaTags(en), null)).toBe('en-GB');
  });
});
