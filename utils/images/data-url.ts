/** A decoded `data:` URL: its MIME type and bytes. */
export interface DecodedDataUrl {
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Decode a base64 `data:` URL (what the page-side capture returns); null for anything else. */
export function decodeDataUrl(url: string): DecodedDataUrl | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+)(?:;[\w=.+-]+)*;base64,/i.exec(url);
  if (!match?.[1]) return null;
  let binary: string;
  try {
    binary = atob(url.slice(match[0].length));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { type: match[1].toLowerCase(), bytes };
}

/** Bytes a base64 data URL decodes to, without decoding it (budgets in the page). */
export function dataUrlByteLength(url: string): number {
  const comma = url.indexOf(',');
  if (comma < 0) return 0;
  const payload = url.length - comma - 1;
  const padding = url.endsWith('==') ? 2 : url.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((payload * 3) / 4) - padding);
}
