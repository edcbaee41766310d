import { describe, expect, it } from 'vitest';
import { restoreClips } from '../../../utils/db/restore';
import { GleanerDb } from '../../../utils/db/schema';
import { parseBackup, serializeBackup } from '../../../utils/export/backup';
import { BACKUP_VERSION } from '../../../utils/export/backup-schema';
import { makeClip } from '../export/fixtures';

const meta = { appVersion: '0.1.0', exportedAt: new Date(0) };

describe('backup format 2 (reading status)', () => {
  it('writes and restores status, favourite and placeholder', async () => {
    const clips = [
      makeClip({ id: 1, status: 'archived', favorite: true }),
      makeClip({ id: 2, canonicalUrl: 'https://b.example/', url: 'https://b.example/', placeholder: true }),
    ];
    const text = serializeBackup(clips, meta);
    expect(JSON.parse(text)).toMatchObject({ version: BACKUP_VERSION });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.clips.map((c) => [c.status, c.favorite, c.placeholder])).toEqual([
      ['archived', true, false],
      ['unread', false, true],
    ]);
    const db = new GleanerDb(`gleaner-backup-reading-${process.pid}`);
    await db.open();
    try {
      await restoreClips(parsed.backup.clips, 'replace', db);
      expect(await db.clipSummaries.where('status').equals('archived').primaryKeys()).toEqual([1]);
      expect(await db.clipSummaries.where('flags').equals('placeholder').primaryKeys()).toEqual([2]);
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('still restores a version 1 backup: its clips become unread, not favourite', () => {
    const v2 = JSON.parse(serializeBackup([makeClip({ id: 1 }), makeClip({ id: 2, canonicalUrl: 'https://b.example/' })], meta)) as {
      version: number;
      clips: Record<string, unknown>[];
    };
    v2.version = 1;
    delete (v2 as Record<string, unknown>).highlights;
    delete (v2 as Record<string, unknown>).highlightCount;
    for (const clip of v2.clips) {
      delete clip.status;
      delete clip.favorite;
      delete clip.placeholder;
    }
    const parsed = parseBackup(JSON.stringify(v2));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.version).toBe(BACKUP_VERSION);
    expect(parsed.backup.clips.map((c) => [c.id, c.status, c.favorite, c.placeholder])).toEqual([
      [1, 'unread', false, false],
      [2, 'unread', false, false],
    ]);
  });

  it('still restores a version 2 backup (reading status, no highlights yet)', () => {
    const v2 = JSON.parse(serializeBackup([makeClip({ id: 1, status: 'archived', favorite: true })], meta)) as Record<string, unknown>;
    v2.version = 2;
    delete v2.highlights;
    delete v2.highlightCount;
    const parsed = parseBackup(JSON.stringify(v2));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup).toMatchObject({ version: BACKUP_VERSION, highlights: [], highlightCount: 0 });
    expect(parsed.backup.clips.map((c) => [c.status, c.favorite])).toEqual([['archived', true]]);
    // Version 2 had no highlights: a file claiming version 2 that carries them is refused.
    const mixed = JSON.parse(serializeBackup([makeClip({ id: 1 })], meta)) as Record<string, unknown>;
    mixed.version = 2;
    expect(parseBackup(JSON.stringify(mixed)).ok).toBe(false);
  });

  it('refuses a version 1 file that carries version 2 fields (strict per version)', () => {
    const v2 = JSON.parse(serializeBackup([makeClip({ id: 1 })], meta)) as { version: number };
    v2.version = 1;
    const parsed = parseBackup(JSON.stringify(v2));
    expect(parsed.ok).toBe(false);
  });
});
