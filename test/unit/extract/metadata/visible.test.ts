import { describe, expect, it } from 'vitest';
import { bodyByline, visibleByline, visibleDates } from '../../../../utils/extract/metadata/visible';
import { page } from '../helpers';

describe('visible metadata', () => {
  it('labels Korean dates as published or updated', () => {
    const doc = page('<ul class="view_info"><li class="date">입력 2024.10.08 18:30</li><li class="date">수정 2024.10.08 18:32</li></ul>');
    const dates = visibleDates(doc, 'Asia/Seoul').map((d) => `${d.kind} ${d.date.iso}`);
    expect(dates).toContain('published 2024-10-08T18:30:00+09:00');
    expect(dates).toContain('updated 2024-10-08T18:32:00+09:00');
  });

  it('finds the byline link rather than the whole byline block', () => {
    const doc = page('<div class="Byline_root"><address>By <a href="/author/eleanor-vance/">Eleanor Vance</a></address><p class="Byline_photo">Photographs by Marcus Lee</p></div>');
    expect(visibleByline(doc)).toBe('Eleanor Vance');
  });

  it('reads bylines written into the story text', () => {
    const zh = page('<div><p>　　华夏社北京5月3日电（记者李明、张华）记者3日从住房和城乡建设部获悉，全国计划新开工改造城镇老旧小区。</p><p>第二段。</p></div>');
    expect(bodyByline(zh)).toBe('李明、张华');
    const ja = page('<div><p>札幌市交通局は3日、ホームドアの設置工事が完了したと発表した。長い段落の本文です。</p><p>国土交通省によると設置数は増えている。（報道センター　高橋亮）</p></div>');
    expect(bodyByline(ja)).toBe('高橋亮');
  });
});
