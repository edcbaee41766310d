/** Documentation signals: code samples. */
export interface CodeSignal {
  /** `<pre>` blocks. */
  pre: number;
  /** Inline `<code>` spans and blocks. */
  code: number;
}

/** Count code blocks and code spans. */
export function codeSignal(doc: Document): CodeSignal {
  return { pre: doc.querySelectorAll('body pre').length, code: doc.querySelectorAll('body code').length };
}
