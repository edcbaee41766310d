/** Cell value helpers shared by the parsers: dates, booleans, tag lists, addresses. */

/** Strip a leading byte-order mark (Excel and some exporters write one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A date cell as epoch ms: Unix seconds or milliseconds, ISO 8601 (with or without "T", zone or
 * seconds), or anything Date.parse reads. Null when empty or unreadable (the item is still kept).
 */
export function parseDateCell(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (!text || text === '0') return null;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    // Seconds until the year 5138; beyond that it is milliseconds.
    return n < 1e11 ? Math.round(n * 1000) : Math.round(n);
  }
  // "2023-05-01 12:34:56+00:00" and "2023-05-01 12:34" → ISO with T; "+0100" → "+01:00".
  let iso = text.replace(/^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})/, '$1T$2').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (/^\d{4}-\d{2}-\d{2}T\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso)) iso += 'Z';
  iso = iso.replace(/T(\d):/, 'T0$1:');
  const parsed = Date.parse(iso);
  if (!Number.isNaN(parsed)) return parsed;
  const loose = Date.parse(text);
  return Number.isNaN(loose) ? null : loose;
}

/** A boolean cell: 1/0, true/false, yes/no (any case); empty and anything else are false. */
export function parseBoolCell(value: string | number | boolean | null | undefined): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return /^(1|true|yes|y|on)$/i.test(String(value ?? '').trim());
}

/**
 * A tag list cell: a JSON list (`["a","b"]`), a Python list (`['a', 'b']`), or text split on
 * `separator`. Tags are trimmed, empties dropped, duplicates (case-insensitive) removed.
 */
export function parseTagCell(value: string | null | undefined, separator: string | RegExp = ','): string[] {
  const text = (value ?? '').trim();
  if (!text) return [];
  let parts: string[];
  if (text.startsWith('[') && text.endsWith(']')) {
    parts = listLiteral(text) ?? text.slice(1, -1).split(',');
  } else {
    parts = text.split(separator);
  }
  return uniqueTags(parts.map((p) => p.trim().replace(/^['"]|['"]$/g, '').trim()));
}

function listLiteral(text: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.map((v) => String(v));
  } catch {
    // Not JSON: Python's repr uses single quotes.
  }
  const items = [...text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return items.length > 0 || /^\[\s*\]$/.test(text) ? items : undefined;
}

/** Tags without empties or case-insensitive duplicates, first spelling kept. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Why an address cannot be imported, or null when it is a web address. */
export function refuseUrl(url: string): string | null {
  const text = url.trim();
  if (!text) return 'no address';
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return `not a web address (${text.slice(0, 60)})`;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return null;
  return `${parsed.protocol} addresses are not imported`;
}
