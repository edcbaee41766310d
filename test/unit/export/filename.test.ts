import { describe, expect, it } from 'vitest';
import { createFilenameAllocator, MAX_STEM_BYTES, safeFilenameSegment, safeRelativePath, truncateUtf8 } from '../../../utils/export/filename';
import { clipFileStem } from '../../../utils/export/markdown';
import { makeClip } from './fixtures';

const bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('safe filenames', () => {
  it('keeps Korean, emoji and RTL text, in NFC', () => {
    expect(safeFilenameSegment('서울의 여름 🎉 שלום')).toBe('서울의 여름 🎉 שלום');
    const decomposed = '한국'.normalize('NFD');
    expect(safeFilenameSegment(decomposed)).toBe('한국');
  });

  it('replaces reserved and control characters and trims dots and spaces', () => {
    expect(safeFilenameSegment('a<b>c:d"e/f\\g|h?i*j#k^l[m]n')).toBe('a b c d e f g h i j k l m n');
    expect(safeFilenameSegment('tab\there\u0000nul\nline')).toBe('tab here nul line');
    expect(safeFilenameSegment('  ..hidden..  ')).toBe('hidden');
    expect(safeFilenameSegment('?:*')).toBe('Untitled');
  });

  it('drops bidi overrides that could disguise an extension', () => {
    expect(safeFilenameSegment('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('defuses Windows device names', () => {
    expect(safeFilenameSegment('CON')).toBe('CON_');
    expect(safeFilenameSegment('lpt1.txt')).toBe('lpt1.txt_');
    expect(safeFilenameSegment('Console')).toBe('Console');
  });

  it('caps length in UTF-8 bytes without splitting a character or emoji', () => {
    const korean = '가'.repeat(300);
    const cut = safeFilenameSegment(korean);
    expect(bytes(cut)).toBeLessThanOrEqual(MAX_STEM_BYTES);
    expect(cut).toBe('가'.repeat(Math.floor(MAX_STEM_BYTES / 3)));
    const family = '👩‍👩‍👧‍👦';
    const emoji = truncateUtf8(family.repeat(10), 30);
    expect(emoji).toBe(family);
  });

  it('keeps template folders but not slashes from values', () => {
    const clip = makeClip({ siteName: 'A/B News', title: 'x/y' });
    expect(clipFileStem(clip, { filename: 'Clips/{site}/{title}', frontMatter: [] })).toBe('Clips/A B News/x y');
    expect(safeRelativePath('/../a//b/')).toBe('a/b');
  });

  it('numbers collisions, ignoring case and Unicode normalization', () => {
    const allocate = createFilenameAllocator();
    expect(allocate('Note', '.md')).toBe('Note.md');
    expect(allocate('note', '.md')).toBe('note (2).md');
    expect(allocate('NOTE', 'md')).toBe('NOTE (3).md');
    expect(allocate('한국', '.md')).toBe('한국.md');
    expect(allocate('한국'.normalize('NFD'), '.md')).toBe(`${'한국'.normalize('NFD')} (2).md`);
    expect(allocate('Note (2)', '.md')).toBe('Note (2) (2).md');
  });
});
