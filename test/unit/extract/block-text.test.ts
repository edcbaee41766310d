import { describe, expect, it } from 'vitest';
import { blockText } from '../../../utils/extract/block-text';
import { page } from './helpers';

describe('blockText', () => {
  it('separates blocks and keeps words apart', () => {
    const doc = page('<div id="r"><p>End of one.</p><p>Next<br>line</p><figure><img src="a"><figcaption>Cap</figcaption></figure></div>');
    const root = doc.getElementById('r');
    if (!root) throw new Error('no root');
    expect(blockText(root)).toBe('End of one.\n\nNext\nline\n\nCap');
    expect(blockText(root, { captions: false })).toBe('End of one.\n\nNext\nline');
  });
});
