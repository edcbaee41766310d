import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { Clip } from '../db/clip';
import { clipsToCslItems } from './csl';
import type { RenderOptions } from './template';

type RisRecord = Record<string, string | string[]>;

/**
 * RIS for clips. citation-js maps the fields; two of its gaps are patched from its own "old" RIS
 * spec: newspaper articles lose their authors (AU) and full date (DA) in the current spec.
 * Lines are written here because citation-js wraps values at 70 characters, which readers
 * (citation-js included) join back with a space — corrupting long titles and URLs.
 */
export function clipsToRis(clips: readonly Clip[], options: RenderOptions = {}): string {
  const items = clipsToCslItems(clips, options);
  const cite = new Cite(items);
  const records = cite.format('ris', { format: 'object', spec: 'mixed' });
  const legacy = cite.format('ris', { format: 'object', spec: 'old' });
  return records
    .map((record, index) => {
      const old = legacy[index];
      const clip = clips[index];
      const patched: RisRecord = { ...record };
      if (record.TY === 'NEWS' && old) {
        if (!record.AU && old.A1) patched.AU = old.A1;
        if (!record.DA && old.Y1) patched.DA = old.Y1;
      }
      // One KW line per tag: a CSL keyword string would split tags that contain commas.
      if (clip && clip.tags.length > 0) patched.KW = [...clip.tags];
      return risRecordText(patched);
    })
    .join('\r\n');
}

/** One RIS record, TY first and ER last, one line per value; line breaks inside values become spaces. */
function risRecordText(record: RisRecord): string {
  const lines = [`TY  - ${String(record.TY ?? 'GEN')}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === 'TY' || tag === 'ER') continue;
    for (const single of Array.isArray(value) ? value : [value]) {
      lines.push(`${tag}  - ${String(single).replace(/\s*[\r\n]+\s*/g, ' ')}`);
    }
  }
  lines.push('ER  - ', '');
  return lines.join('\r\n');
}
