import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, backupJsonChunks, checkBackupSize } from '../../../utils/export/backup';
import { BACKUP_VERSION } from '../../../utils/export/backup-schema';
import { DEFAULT_EXPORT_TEMPLATE } from '../../../utils/export/template';
import { makeClip } from './fixtures';
import { generateClips } from './generate-clips';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const meta = { appVersion: '0.1.0', exportedAt: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) };

function expectError(text: string, kind: string, message: RegExp, maxBytes?: number): void {
  const result = parseBackup(text, maxBytes);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.kind).toBe(kind);
  expect(result.message).toMatch(message);
}

describe('JSON backup', () => {
  it('carries every clip field, settings and templates, and validates back to the same data', () => {
    const clips = generateClips(40, 7);
    const templates = [{ name: 'Obsidian', template: DEFAULT_EXPORT_TEMPLATE }];
    const settings = { weeklyBackup: true, folder: 'Gleaner/' };
    const text = serializeBackup(clips, { ...meta, settings, templates });
    const result = parseBackup(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.clips).toStrictEqual(clips);
    expect(result.backup.settings).toEqual(settings);
    expect(result.backup.templates).toEqual(templates);
    expect(result.backup).toMatchObject({ format: 'gleaner-backup', version: BACKUP_VERSION, clipCount: 40 });
    expect(result.backup.exportedAt).toBe('2024-01-02T03:04:05.000Z');
  });

  it('streams the same bytes it serializes, one piece per clip, and is valid JSON', () => {
    const clips = generateClips(5, 1);
    const pieces = [...backupJsonChunks(clips, meta)];
    expect(pieces).toHaveLength(clips.length + 2);
    expect(pieces.join('')).toBe(serializeBackup(clips, meta));
    expect(() => JSON.parse(pieces.join(''))).not.toThrow();
    expect(parseBackup(serializeBackup([], meta)).ok).toBe(true);
  });

  it('writes fields in a fixed order whatever the row object order', () => {
    const clip = makeClip();
    const shuffled = Object.fromEntries(Object.entries(clip).reverse());
    const reordered = { ...clip, ...shuffled };
    expect(serializeBackup([reordered], meta)).toBe(serializeBackup([clip], meta));
  });

  it('rejects empty and oversized files before parsing', () => {
    expectError('', 'empty', /empty/);
    expectError('   \n', 'empty', /empty/);
    expectError(serializeBackup(generateClips(3, 2), meta), 'oversized', /up to 1 KB/, 1024);
    expect(checkBackupSize(600 * 1024 * 1024)).toMatchObject({ ok: false, kind: 'oversized' });
    expect(checkBackupSize(1000)).toBeNull();
  });

  it('explains truncated files', () => {
    const text = serializeBackup(generateClips(20, 3), meta);
    expectError(text.slice(0, Math.floor(text.length / 2)), 'truncated', /incomplete/);
    expectError(text.slice(0, text.length - 4), 'truncated', /incomplete/);
  });

  it('explains damaged JSON', () => {
    expectError('{"format": "gleaner-backup", oops}', 'not-json', /not valid JSON/);
  });

  it('names foreign files for what they are', () => {
    expectError('PK\u0003\u0004binary', 'foreign', /ZIP/);
    expectError('---\ntitle: x\n---\nbody', 'foreign', /Markdown/);
    expectError('@article{x, title={y}}', 'foreign', /citation/);
    expectError('TY  - NEWS\nER  - ', 'foreign', /citation/);
    expectError('[{"id":"x","type":"webpage"}]', 'foreign', /CSL-JSON/);
    expectError('{"clips": []}', 'foreign', /not a Gleaner backup/);
    expectError('hello', 'foreign', /not a JSON file/);
  });

  it('refuses newer and unknown versions', () => {
    const text = serializeBackup([makeClip()], meta);
    expectError(text.replace('"version":3', '"version":4'), 'version', /newer Gleaner.*format 4/);
    expectError(text.replace('"version":3', '"version":"3"'), 'version', /unknown format version/);
  });

  it('points at the clip and field that is wrong', () => {
    const clips = [makeClip({ id: 1 }), makeClip({ id: 2, canonicalUrl: 'https://b.example/', title: 'Second' })];
    const data: unknown = JSON.parse(serializeBackup(clips, meta));
    const second: unknown = isRecord(data) && Array.isArray(data.clips) ? data.clips[1] : undefined;
    if (!isRecord(second)) throw new Error('fixture');
    second.published = 20240101;
    delete second.note;
    expectError(JSON.stringify(data), 'invalid', /clip 2 \("Second"\), published: .*; clip 2 \("Second"\), note: /);
    second.note = '';
    second.published = null;
    second.mode = 'video';
    expectError(JSON.stringify(data), 'invalid', /mode/);
    second.mode = 'page';
    second.extra = 1;
    expectError(JSON.stringify(data), 'invalid', /extra/);
  });

  it('catches a count mismatch and duplicates the library could not hold', () => {
    const first = makeClip({ id: 1 });
    const second = makeClip({ id: 2, canonicalUrl: 'https://b.example/' });
    const text = serializeBackup([first, second], meta);
    expectError(text.replace('"clipCount":2', '"clipCount":3'), 'invalid', /says it holds 3 clips but contains 2/);
    expectError(serializeBackup([first, { ...second, id: 1 }], meta), 'invalid', /share the id 1/);
    expectError(serializeBackup([first, { ...second, canonicalUrl: first.canonicalUrl }], meta), 'invalid', /share the address/);
  });

  it('never rejects what the library can hold, however odd', () => {
    const odd = [makeClip({ id: 1, canonicalUrl: '', confidence: 1.5, wordCount: -1, clippedAt: 0, updatedAt: -5, published: 'yesterday' })];
    const result = parseBackup(serializeBackup(odd, meta));
    expect(result.ok && result.backup.clips).toStrictEqual(odd);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseBackup(`\uFEFF${serializeBackup([makeClip()], meta)}`).ok).toBe(true);
  });
});
