import { describe, expect, it } from 'vitest';
import { collectLeadIns, restoreLeadIns } from '../../../utils/extract/lead-in';
import { page } from './helpers';

describe('lead-in subtitles', () => {
  it('puts back a subtitle Readability dropped above the text it kept', () => {
    const doc = page(`<div id="body"><div class="subtitle"><ul><li>- 2024년 우수상 수상으로 서울시 최초 10년 연속 수상</li></ul></div>
      <div id="text"><p>서울 성동구가 전국 지방자치단체 일자리대상에서 10년 연속 수상하는 쾌거를 이뤘다.</p></div></div>`);
    const leads = collectLeadIns(doc);
    const content = doc.createElement('div');
    content.innerHTML = '<p>서울 성동구가 전국 지방자치단체 일자리대상에서 10년 연속 수상하는 쾌거를 이뤘다.</p>';
    restoreLeadIns(content, leads);
    expect(content.firstElementChild?.outerHTML).toBe('<p>- 2024년 우수상 수상으로 서울시 최초 10년 연속 수상</p>');
    expect(content.children).toHaveLength(2);
  });

  it('does nothing when the content already has it or starts elsewhere', () => {
    const doc = page('<div class="summary">요약 문장이 여기에 있습니다 충분히 길게</div><p>본문 첫 문단은 이렇게 시작하고 길게 이어집니다 정말로요.</p>');
    const leads = collectLeadIns(doc);
    const content = doc.createElement('div');
    content.innerHTML = '<p>전혀 다른 본문이 여기에서 시작하고 길게 이어집니다 정말로요.</p>';
    restoreLeadIns(content, leads);
    expect(content.children).toHaveLength(1);
  });
});
