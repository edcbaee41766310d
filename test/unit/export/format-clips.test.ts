import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/export/backup';
import { formatClips, isTextFormat, TEXT_FORMATS } from '../../../utils/export/format-clips';
import { clipToMarkdownFile } from '../../../utils/export/markdown';
import { GOLDEN_CLIPS } from './golden-clips';

describe('formatClips (CLI --format)', () => {
  it('knows its formats', () => {
    expect(TEXT_FORMATS).toEqual(['md', 'json', 'csl', 'bibtex', 'ris', 'csv']);
    expect(isTextFormat('ris')).toBe(true);
    expect(isTextFormat('pdf')).toBe(false);
  });

  it('md is the file for one clip and a combined document for several', () => {
    const [one] = GOLDEN_CLIPS;
    if (!one) throw new Error('fixture');
    expect(formatClips([one], 'md', { timeZone: 'UTC' })).toBe(clipToMarkdownFile(one, undefined, { timeZone: 'UTC' }).content);
    expect(formatClips(GOLDEN_CLIPS, 'md')).toMatch(/^---\ntitle: Reading list\nclips: 3\n---/);
  });

  it('json is a restorable backup', () => {
    const result = parseBackup(formatClips(GOLDEN_CLIPS, 'json', { appVersion: '1.2.3' }));
    expect(result.ok && result.backup.clips).toEqual(GOLDEN_CLIPS);
    expect(result.ok && result.backup.app.version).toBe('1.2.3');
  });

  it('every format produces non-empty text', () => {
    for (const format of TEXT_FORMATS) expect(formatClips(GOLDEN_CLIPS, format).length).toBeGreaterThan(100);
  });
});
