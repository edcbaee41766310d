import { collapseSpace } from '../text';

// Metadata fields (title, byline, site, tags, excerpt) are plain text, but JSON-LD and meta tags
// carry whatever the CMS pasted: markup fragments ("Jane Doe<svg onload=…>"), entities ("&quot;",
// "&#039;"), sometimes encoded twice ("&lt;b&gt;Name&lt;/b&gt;"). Tags are dropped as text, never
// parsed into elements; the browser's own HTML parser decodes the entities (RCDATA of a textarea in
// an inert document: nothing runs, nothing loads).

/** A tag, a comment or a tag cut off at the end of the string. */
const TAG = /<(?:!--[\s\S]*?(?:-->|$)|\/?[a-z][^>]*(?:>|$)|![^>]*(?:>|$))/gi;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i;

/** Decodes entities through the HTML parser in RCDATA mode (no elements are ever created). */
function decoder(doc: Document): (text: string) => string {
  let area: HTMLTextAreaElement | null = null;
  return (text) => {
    area ??= doc.implementation.createHTMLDocument('').createElement('textarea');
    area.innerHTML = text.replace(/</g, '&lt;');
    return area.value;
  };
}

/** Returns a converter of metadata strings to plain text: tags stripped, entities decoded, spaces collapsed. */
export function plainTextFor(doc: Document): (raw: string) => string {
  const decode = decoder(doc);
  return (raw) => {
    let text = raw;
    // Twice: a double-encoded fragment becomes markup only after the first decoding.
    for (let pass = 0; pass < 2 && (text.includes('<') || ENTITY.test(text)); pass++) {
      text = text.replace(TAG, ' ');
      if (ENTITY.test(text)) text = decode(text);
    }
    return collapseSpace(text.replace(TAG, ' '));
  };
}
