import { describe, expect, it } from 'vitest';
import { headlineByline } from '../../../../utils/extract/metadata/headline-byline';
import { bodyByline, signatureByline } from '../../../../utils/extract/metadata/visible';
import { indexPage } from '../../../../utils/extract/page-index';
import { page } from '../helpers';

const STORY = '<p>정부는 5일 내년도 예산안을 국회에 제출했다. 총지출은 올해보다 3.2% 늘어난 677조원 규모로, 복지와 연구개발 예산이 크게 늘었다.</p>';

describe('headlineByline', () => {
  it('reads a bare <span> credit right after the headline', () => {
    const doc = page(`<h1>예산안 국회 제출</h1><div><span>이수진 기자</span> <span>입력 2024.09.05 14:30</span></div>${STORY}`, '', 'ko');
    expect(headlineByline(doc, indexPage(doc))).toBe('이수진 기자');
  });

  it('reads Chinese and English credits', () => {
    const zh = page('<h1>台積電擴產</h1><div><span>記者：王小明、李大華</span></div><p>台積電今天宣布擴大先進封裝產能，位於嘉義科學園區的新廠預計明年下半年量產，將成為全球最大的封裝基地之一。</p>', '', 'zh');
    expect(headlineByline(zh, indexPage(zh))).toBe('記者：王小明、李大華');
    const en = page(`<h1>Fares rise</h1><div><em>By Dana Whitfield</em></div>${STORY}`);
    expect(headlineByline(en, indexPage(en))).toBe('By Dana Whitfield');
  });

  it('stops at the first real paragraph and ignores links and buttons', () => {
    const doc = page(`<h1>예산안 국회 제출</h1>${STORY}<p><span>홍길동 기자</span></p>`, '', 'ko');
    expect(headlineByline(doc, indexPage(doc))).toBeNull();
    const linked = page(`<h1>예산안</h1><a href="/r/1"><span>홍길동 기자</span></a><button>김철수 기자</button>${STORY}`, '', 'ko');
    expect(headlineByline(linked, indexPage(linked))).toBeNull();
  });
});

describe('bodyByline: reporters in the end matter and datelines', () => {
  const body = (first: string, last: string): Document => page(`<article><p>${first}</p>${STORY}${STORY}<p>${last}</p></article>`, '', 'zh');

  it('reads bracketed Chinese datelines without the place and day', () => {
    expect(bodyByline(body('（寶島社記者王小明、李大華台北5日電）台積電今天宣布擴產。', '完'))).toBe('王小明、李大華');
    expect(bodyByline(body('（本报记者 张伟）本市今天发布新规。', '完'))).toBe('张伟');
  });

  it('reads 【…電】記者…／ and 文/ leads, and （記者 …） at the end', () => {
    expect(bodyByline(body('【台北15日電】記者王小明／台北報導 行政院今天通過。', '完'))).toBe('王小明');
    expect(bodyByline(body('文/陳靜芳 這是一篇專欄。', '完'))).toBe('陳靜芳');
    expect(bodyByline(body('行政院今天通過。', '明年起實施。（記者 王小明）'))).toBe('王小明');
  });

  it('keeps several Korean reporters signed at the end, without e-mails', () => {
    expect(signatureByline('…고 말했다. 박서연 기자 (psy@news1.kr), 정민우 기자 (jmw@news1.kr)')).toBe('박서연, 정민우');
    expect(signatureByline('…고 밝혔다. 홍길동 기자 hong@x.co.kr')).toBe('홍길동');
    expect(signatureByline('…고 밝혔다.')).toBeNull();
  });
});
