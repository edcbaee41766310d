/** Longest quote linked whole; longer ones link by their start and end (textStart,textEnd). */
const WHOLE_QUOTE_LIMIT = 80;
/** Code points of each end of a long quote. */
const END_LENGTH = 30;

/** Percent-encode a text-directive term: `-`, `,` and `&` are syntax there, so they are encoded too. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Cut at a word boundary when the text has spaces (CJK text has none and is cut by code points). */
function head(chars: string[]): string {
  const text = chars.slice(0, END_LENGTH).join('');
  const space = text.lastIndexOf(' ');
  return (space > END_LENGTH / 3 ? text.slice(0, space) : text).trim();
}

function tail(chars: string[]): string {
  const text = chars.slice(-END_LENGTH).join('');
  const space = text.indexOf(' ');
  return (space >= 0 && space < (END_LENGTH * 2) / 3 ? text.slice(space + 1) : text).trim();
}

/**
 * A link that opens `url` scrolled to the quote and marks it (URL text fragments,
 * `#:~:text=start[,end]`); the page's own fragment is dropped. Null for a URL that is not http(s).
 */
export function textFragmentUrl(url: string, exact: string): string | null {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    return null;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return null;
  base.hash = '';
  const chars = Array.from(exact.trim());
  if (chars.length === 0) return base.href;
  const directive = chars.length <= WHOLE_QUOTE_LIMIT ? term(chars.join('')) : `${term(head(chars))},${term(tail(chars))}`;
  return `${base.href}#:~:text=${directive}`;
}
