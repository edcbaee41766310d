import { describe, expect, it } from 'vitest';
import { citationName, parseByline } from '../../../../utils/extract/metadata/byline';

describe('parseByline', () => {
  it('keeps only names in the languages we clip', () => {
    expect(parseByline('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(parseByline('김하늘 기자 (sky@hangyeolilbo.com)')).toEqual(['김하늘']);
    expect(parseByline('(서울=연합뉴스) 홍길동 기자 = 서울시는')).toEqual(['홍길동']);
    expect(parseByline('서혜원 도서관운동가')).toEqual(['서혜원']);
    expect(parseByline('浦江新闻记者 陈晓雨')).toEqual(['陈晓雨']);
    expect(parseByline('本报记者 张三 李四')).toEqual(['张三', '李四']);
    expect(parseByline('山田太郎記者')).toEqual(['山田太郎']);
    expect(parseByline('Von Lena Hofmann, BR')).toEqual(['Lena Hofmann']);
    expect(parseByline('Par Jean Dupont et Marie Curie')).toEqual(['Jean Dupont', 'Marie Curie']);
  });

  it('drops roles, photo credits, agencies, editors and the outlet itself', () => {
    expect(parseByline('Harriet Lowe Transport correspondent and Samuel Okafor')).toEqual(['Harriet Lowe', 'Samuel Okafor']);
    expect(parseByline('By Eleanor Vance Photographs by Marcus Lee')).toEqual(['Eleanor Vance']);
    expect(parseByline('Meg Kinnard and Errin Haines, Associated Press')).toEqual(['Meg Kinnard', 'Errin Haines']);
    expect(parseByline('责任编辑：王五')).toEqual([]);
    expect(parseByline('새날신문', '새날신문')).toEqual([]);
  });

  it('turns citation order into display order', () => {
    expect(citationName('Vance, Eleanor')).toBe('Eleanor Vance');
    expect(citationName('Eleanor Vance')).toBe('Eleanor Vance');
  });
});
