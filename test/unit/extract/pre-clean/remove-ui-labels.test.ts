import { describe, expect, it } from 'vitest';
import { removeUiLabels } from '../../../../utils/extract/pre-clean/remove-ui-labels';
import { page, paragraphs } from '../helpers';

describe('removeUiLabels', () => {
  it('removes prev/next, list/print links, gallery controls and counters in several languages', () => {
    const doc = page(`${paragraphs(2)}
      <a href="/prev">이전 기사 보기</a><a href="/list">목록 바로가기</a>
      <span>Image 1 of 5</span><button>Close</button><span>Caption</span>
      <a>前の記事</a><a>下一篇</a><span>3.409 letture</span><p>Tempo de leitura: 2 minutos</p>
      <div class="view_prevnext"><a>Previous</a><a>Next</a></div>`);
    removeUiLabels(doc);
    expect(doc.body.textContent).not.toMatch(/이전 기사|목록|Image 1|Close|Caption|前の記事|下一篇|letture|leitura|Previous/);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });
});
