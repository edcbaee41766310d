import { describe, expect, it } from 'vitest';
import { sanitizeElement } from '../../../utils/extract/sanitize';
import { page } from './helpers';

function sanitized(html: string): string {
  const doc = page(`<div id="root">${html}</div>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return sanitizeElement(root, window).innerHTML;
}

describe('sanitizeElement', () => {
  it('drops scripts, styles, handlers, forms and style attributes', () => {
    const out = sanitized('<p style="color:red" onclick="x()">Hi<script>alert(1)</script></p><form><input value="x"><button>Go</button></form><style>p{}</style>');
    expect(out).toBe('<p>Hi</p>');
  });

  it('allows only http(s)/mailto links and data: images', () => {
    const out = sanitized('<a href="javascript:alert(1)">a</a><a href="https://x.com/">b</a><img src="data:image/png;base64,AAAA"><a href="data:text/html,x">c</a>');
    expect(out).toBe('<a>a</a><a href="https://x.com/">b</a><img src="data:image/png;base64,AAAA"><a>c</a>');
  });

  it('keeps structure, tables, figures and a code language class only', () => {
    const out = sanitized('<figure class="wide"><img src="https://x.com/a.jpg" alt="A"><figcaption>Cap</figcaption></figure><pre><code class="language-ts hljs">let a = 1;</code></pre><table><tr><td colspan="2">x</td></tr></table>');
    expect(out).toContain('<figure><img src="https://x.com/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>');
    expect(out).toContain('<code class="language-ts">let a = 1;</code>');
    expect(out).toContain('<td colspan="2">x</td>');
  });
});
