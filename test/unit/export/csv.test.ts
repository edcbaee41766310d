import { describe, expect, it } from 'vitest';
import { clipsToCsv, CSV_COLUMNS, csvField } from '../../../utils/export/csv';
import { generateClips } from './generate-clips';
import { expectGolden } from './golden';
import { GOLDEN_CLIPS } from './golden-clips';

/** A strict RFC 4180 reader (written here so the test doesn't trust the writer's assumptions). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      if (field !== '') throw new Error(`stray quote at ${i}`);
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else field += char;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

describe('CSV', () => {
  it('matches its golden file', () => {
    expectGolden('clips.csv', clipsToCsv(GOLDEN_CLIPS));
  });

  it('parses back: header, one row per clip, values intact (formula cells guarded)', () => {
    const text = clipsToCsv(GOLDEN_CLIPS);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
    const blog = rows[1] ?? [];
    expect(blog[col('title')]).toBe(GOLDEN_CLIPS[1]?.title);
    expect(blog[col('note')]).toBe(GOLDEN_CLIPS[1]?.note);
    expect(blog[col('tags')]).toBe("'=cmd; multi word; #hash; a,b");
    expect(blog[col('clipped')]).toBe('2024-03-06T01:02:03.000Z');
    expect(rows[2]?.[col('published')]).toBe('');
  });

  it('parses back generated clips field for field without the guard', () => {
    const clips = generateClips(200, 31, { hugeRate: 0 });
    const [, ...rows] = parseCsv(clipsToCsv(clips, { bom: false, guardFormulas: false }));
    expect(rows).toHaveLength(clips.length);
    rows.forEach((row, i) => {
      const clip = clips[i];
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[1]).toBe(clip?.title);
      expect(row[14]).toBe(clip?.note);
      expect(row[11]).toBe(clip?.tags.join('; '));
    });
  });

  it('quotes only when needed', () => {
    expect(csvField('plain 한글')).toBe('plain 한글');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' pad')).toBe('" pad"');
    expect(csvField('-1', false)).toBe('-1');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
