import { describe, expect, it } from 'vitest';
import { chooseTitle, headlineCandidates, stripSiteSuffix } from '../../../../utils/extract/metadata/title';
import { page } from '../helpers';

describe('stripSiteSuffix', () => {
  it('removes site names around the headline', () => {
    expect(stripSiteSuffix('Budget passes | The Daily', 'The Daily')).toBe('Budget passes');
    expect(stripSiteSuffix('多地加快推进改造-华夏通讯网', '华夏通讯网')).toBe('多地加快推进改造');
    expect(stripSiteSuffix('A long headline about the council budget - Site', null)).toBe('A long headline about the council budget');
  });
});

describe('chooseTitle', () => {
  it('prefers the visible headline without its kicker', () => {
    const doc = page('<h1><span class="seitenkopf__topline">Warnstreik</span> <span>Was Fahrgäste wissen müssen</span></h1>');
    const title = chooseTitle({ structured: ['Warnstreik: Was Fahrgäste wissen müssen'], document: null }, headlineCandidates(doc), null);
    expect(title).toBe('Was Fahrgäste wissen müssen');
  });

  it('keeps the ideographic space of Japanese headlines and ignores the site logo', () => {
    const doc = page('<div class="logo"><h1>NCBニュース</h1></div><h1 class="content--title">関東で真夏日　熱中症に注意</h1>');
    const title = chooseTitle({ structured: ['関東で真夏日　熱中症に注意 | NCBニュース'], document: null }, headlineCandidates(doc), 'NCBニュース');
    expect(title).toBe('関東で真夏日　熱中症に注意');
  });

  it('uses the visible headline when the <title> is a generic board name', () => {
    const doc = page('<h4 class="bbs_view_title">세린시, 공공건물 42곳 옥상에 태양광 설치</h4>');
    const title = chooseTitle({ structured: [], document: '보도자료 - 알림소식 - 세린시' }, headlineCandidates(doc), '세린시');
    expect(title).toBe('세린시, 공공건물 42곳 옥상에 태양광 설치');
  });
});
