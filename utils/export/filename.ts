/** Longest stem in UTF-8 bytes: 255-byte name limits, minus room for " (9999)" and an extension. */
export const MAX_STEM_BYTES = 200;

// Reserved on Windows/macOS/Linux, plus what breaks Obsidian wiki links (# ^ [ ] |).
const RESERVED = /[<>:"/\\|?*#^[\]\u0000-\u001f\u007f]+/gu;
// Bidi overrides/isolates and marks can disguise a name ("gnp.exe"); invisible, so dropped.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

const encoder = new TextEncoder();
const utf8Length = (text: string): number => encoder.encode(text).length;

/** Replace characters that may not appear inside one path segment (used on substituted values). */
export function stripReserved(text: string): string {
  return text.replace(RESERVED, ' ').replace(BIDI, '');
}

/** Cut text to at most `maxBytes` UTF-8 bytes without splitting a character or emoji sequence. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = utf8Length(segment);
    if (used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}

/**
 * One safe path segment: Unicode kept (NFC, so Korean stays Korean and composes the same on every
 * OS), reserved and control characters replaced, whitespace collapsed, no leading/trailing dots or
 * spaces, Windows device names defused, at most `maxBytes` UTF-8 bytes; `fallback` when nothing is left.
 */
export function safeFilenameSegment(raw: string, maxBytes = MAX_STEM_BYTES, fallback = 'Untitled'): string {
  let name = stripReserved(raw.normalize('NFC')).replace(/\s+/gu, ' ');
  name = name.replace(/^[\s.]+|[\s.]+$/gu, '');
  name = truncateUtf8(name, maxBytes).replace(/[\s.]+$/u, '');
  if (!name) return fallback;
  if (WINDOWS_DEVICE.test(name)) name = `${name}_`;
  return name;
}

/** Make every segment of a `/`-separated relative path safe; empty and dot-only segments are dropped. */
export function safeRelativePath(raw: string, maxBytes = MAX_STEM_BYTES): string {
  const segments = raw
    .split('/')
    .map((segment) => segment.trim())
    // "." and ".." would climb out of the export folder.
    .filter((segment) => segment !== '' && !/^\.+$/.test(segment))
    .map((segment) => safeFilenameSegment(segment, maxBytes));
  return segments.length > 0 ? segments.join('/') : 'Untitled';
}

/**
 * A namer that hands out unique paths: "a.md", then "a (2).md", "a (3).md"… Comparison ignores case
 * and Unicode normalization, because macOS and Windows file systems do.
 */
export function createFilenameAllocator(): (stemPath: string, extension: string) => string {
  const taken = new Set<string>();
  const key = (path: string): string => path.normalize('NFC').toLocaleLowerCase();
  return (stemPath, extension) => {
    const ext = extension && !extension.startsWith('.') ? `.${extension}` : extension;
    let candidate = `${stemPath}${ext}`;
    for (let n = 2; taken.has(key(candidate)); n++) candidate = `${stemPath} (${n})${ext}`;
    taken.add(key(candidate));
    return candidate;
  };
}
