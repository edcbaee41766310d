/** How many `<pre>` code/preformatted blocks the body holds: documentation is full of them. */
export function codeBlockCount(doc: Document): number {
  return doc.querySelectorAll('body pre').length;
}
