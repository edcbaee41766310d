import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../utils/extract/markdown';
import { page } from './helpers';

function md(html: string): string {
  const doc = page(`<div id="root">${html}</div>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return toMarkdown(root);
}

describe('toMarkdown', () => {
  it('keeps CJK text intact and uses * for emphasis inside CJK words', () => {
    expect(md('<p>서울 성동구가 <em>10년 연속</em> 수상했다.</p><p>東京都は<strong>真夏日</strong>です。</p>')).toBe('서울 성동구가 *10년 연속* 수상했다.\n\n東京都は**真夏日**です。');
  });

  it('renders figures with captions, absolute images and GFM tables', () => {
    const out = md('<figure><img src="https://x.com/a b.jpg" alt="A"><figcaption>Caption here</figcaption></figure><table><thead><tr><th>Land</th><th>Plätze</th></tr></thead><tbody><tr><td>Bayern</td><td>11.500</td></tr></tbody></table>');
    expect(out).toContain('![A](https://x.com/a%20b.jpg)\n\n*Caption here*');
    expect(out).toContain('| Land | Plätze |');
    expect(out).toContain('| Bayern | 11.500 |');
  });

  it('writes fenced code blocks with their language', () => {
    expect(md('<pre><code class="language-sql">SELECT 1;</code></pre>')).toBe('```sql\nSELECT 1;\n```');
  });
});

describe('toMarkdown lists', () => {
  it('writes compact list markers and numbers items from start', () => {
    expect(md('<ul>\n<li>One</li>\n<li>Two</li>\n</ul><ol start="3">\n<li>Three</li>\n<li>Four</li>\n</ol>')).toBe('- One\n- Two\n\n3. Three\n4. Four');
  });
});

describe('toMarkdown brackets', () => {
  it('leaves bracketed labels readable and escapes what could become a link', () => {
    expect(md('<p>[앵커] 강추위가 이어집니다.</p>')).toBe('[앵커] 강추위가 이어집니다.');
    expect(md('<p>[x](y) is not a link here</p>')).toBe('\\[x\\](y) is not a link here');
  });
});
