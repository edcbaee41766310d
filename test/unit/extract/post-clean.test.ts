import { describe, expect, it } from 'vitest';
import { postClean } from '../../../utils/extract/post-clean';
import { page } from './helpers';

function clean(html: string, title = 'Budget passes'): Element {
  const el = page(`<div id="r">${html}</div>`).getElementById('r');
  if (!el) throw new Error('no root');
  postClean(el, title);
  return el;
}

describe('postClean', () => {
  it('drops empty blocks, the repeated headline and notice boxes, keeps structure', () => {
    const r = clean('<h1>Budget passes</h1><p><br></p><p>Story.</p><div>ⓒ 한빛뉴스 무단 전재 및 재배포 금지</div><ul><li>Item</li></ul><table><tr><td></td></tr></table>');
    expect(r.innerHTML).toBe('<p>Story.</p><ul><li>Item</li></ul><table><tbody><tr><td></td></tr></tbody></table>');
  });

  it('removes promo lines written between <br>s and trailing wire credits', () => {
    const r = clean('<p>Last line of the story.<br>▶ 누리에서 한결일보 채널을 구독하세요<br>▶ 기사제보 및 보도자료 jebo@x.com</p><p>(Reporting by Will Dunham; Editing by Tom Brown)</p>');
    expect(r.textContent).toBe('Last line of the story.');
  });

  it('drops rules at the edges of the story and keeps those between its parts', () => {
    const r = clean('<hr><div><p>Part one.</p><hr><p>Part two.</p><!-- end --><hr>\n</div><div> <hr><hr></div>');
    expect(r.innerHTML).toBe('<div><p>Part one.</p><hr><p>Part two.</p><!-- end -->\n</div>');
    const image = clean('<p>Story.</p><hr><figure><img src="https://x.kr/1.jpg"></figure>');
    expect(image.querySelectorAll('hr')).toHaveLength(1);
  });
});

describe('postClean author portraits', () => {
  it('removes a columnist photo but keeps story pictures', () => {
    const el = page('<div id="r"><div class="art_photo"><img src="https://x.kr/opinion/columnist/seo_160.jpg" alt="서혜원 도서관운동가"><p class="caption">서혜원 도서관운동가</p></div><p>우리 동네 작은도서관은 저녁 6시면 문을 닫는다.</p><figure><img src="https://x.kr/photo/1.jpg" alt="도서관 전경"><figcaption>도서관 전경</figcaption></figure></div>').getElementById('r');
    if (!el) throw new Error('no root');
    postClean(el, 'Title', ['서혜원']);
    expect([...el.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['https://x.kr/photo/1.jpg']);
  });
});
