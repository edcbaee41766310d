import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../../utils/extract/metadata/byline';
import { isUiText } from '../../../../utils/extract/metadata/ui-text';

describe('parseByline: prefixes only as whole words', () => {
  it('keeps names that start with a prefix word', () => {
    expect(parseByline('Dana Whitfield')).toEqual(['Dana Whitfield']);
    expect(parseByline('By Dana Whitfield')).toEqual(['Dana Whitfield']);
    expect(parseByline('Diane Parker')).toEqual(['Diane Parker']);
    expect(parseByline('Paris Vonnegut')).toEqual(['Paris Vonnegut']);
    expect(parseByline('Byron Katz')).toEqual(['Byron Katz']);
    expect(parseByline('da Silva Costa')).toEqual(['Silva Costa']);
    expect(parseByline('di Maria Rossi')).toEqual(['Maria Rossi']);
  });

  it('keeps the Korean surname 문 and strips 글/문 only as a separate word', () => {
    expect(parseByline('문재인 기자')).toEqual(['문재인']);
    expect(parseByline('문지현 기자 moonjh@example.com')).toEqual(['문지현']);
    expect(parseByline('글 문재인')).toEqual(['문재인']);
    expect(parseByline('글·사진 글로리아')).toEqual(['글로리아']);
    expect(parseByline('문 홍길동')).toEqual(['홍길동']);
  });

  it('keeps Korean 기자/특파원 and Chinese 记者 bylines as names', () => {
    expect(parseByline('김하늘 특파원')).toEqual(['김하늘']);
    expect(parseByline('[서울=뉴스1] 홍길동 기자 = 정부는')).toEqual(['홍길동']);
    expect(parseByline('记者 王小明')).toEqual(['王小明']);
    expect(parseByline('記者：王小明、李大華')).toEqual(['王小明', '李大華']);
    expect(parseByline('文/王小明')).toEqual(['王小明']);
    expect(parseByline('박서연 기자(psy@news1.kr) 정민우 기자(jmw@news1.kr)')).toEqual(['박서연', '정민우']);
  });
});

describe('parseByline: a name is a name', () => {
  it('rejects date-stamp labels, buttons, dates and counts in every language', () => {
    expect(parseByline('기사원문')).toEqual([]);
    expect(parseByline('입력 수정 기사원문')).toEqual([]);
    expect(parseByline('검색창 열기')).toEqual([]);
    expect(parseByline('입력 2024.09.05. 오후 2:30')).toEqual([]);
    expect(parseByline('한빛경제 입력 2024.09.05 14:30')).toEqual([]);
    expect(parseByline('댓글 48')).toEqual([]);
    expect(parseByline('Open search')).toEqual([]);
    expect(parseByline('Updated Sept. 5, 2024')).toEqual([]);
    expect(parseByline('メニューを開く')).toEqual([]);
    expect(parseByline('發布時間')).toEqual([]);
  });

  it('treats a portal credit "Outlet | Portal" as the press, not the byline', () => {
    expect(parseByline('뉴스1 | 한누리', '한누리 뉴스')).toEqual([]);
    expect(parseByline('한누리', '한누리 뉴스')).toEqual([]);
    expect(parseByline('Jane Doe | The Ledger', 'The Ledger')).toEqual(['Jane Doe']);
  });
});

describe('isUiText', () => {
  it('tells interface text from names', () => {
    expect(isUiText('검색창 열기')).toBe(true);
    expect(isUiText('입력')).toBe(true);
    expect(isUiText('2024.09.05 14:30')).toBe(true);
    expect(isUiText('Share')).toBe(true);
    expect(isUiText('홍길동')).toBe(false);
    expect(isUiText('Jane Doe')).toBe(false);
    expect(isUiText('The Lakeside Ledger')).toBe(false);
    expect(isUiText('한빛경제')).toBe(false);
  });
});
