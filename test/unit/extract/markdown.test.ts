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
