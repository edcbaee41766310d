const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Converts between UTF-16 offsets (what JS strings and the DOM use) and code-point offsets (what
 * selectors store, so that a position means the same in every language and tool). Text without
 * astral characters maps one to one and needs no table.
 */
export class CodePointIndex {
  /** cpOfCu[i] = code points before UTF-16 offset i (length text.length + 1); null = identity. */
  private readonly cpOfCu: Uint32Array | null;
  private readonly cuOfCp: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    if (!SURROGATE.test(text)) {
      this.cpOfCu = null;
      this.cuOfCp = null;
      this.length = text.length;
      return;
    }
    const cpOfCu = new Uint32Array(text.length + 1);
    const cuOfCp: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      cpOfCu[i] = cp;
      const code = text.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      cuOfCp.push(i);
      if (pair) {
        cpOfCu[i + 1] = cp; // a low surrogate belongs to the code point before it
        i++;
      }
      cp++;
    }
    cpOfCu[text.length] = cp;
    cuOfCp.push(text.length);
    this.cpOfCu = cpOfCu;
    this.cuOfCp = Uint32Array.from(cuOfCp);
    this.length = cp;
  }

  /** Code-point offset of a UTF-16 offset (inside a pair: the pair's code point). */
  toCodePoint(cu: number): number {
    const clamped = Math.max(0, Math.min(cu, this.text.length));
    return this.cpOfCu ? (this.cpOfCu[clamped] ?? 0) : clamped;
  }

  /** UTF-16 offset of a code-point offset. */
  toCodeUnit(cp: number): number {
    const clamped = Math.max(0, Math.min(cp, this.length));
    return this.cuOfCp ? (this.cuOfCp[clamped] ?? this.text.length) : clamped;
  }
}

/** The last `count` code points of `text`. */
export function lastCodePoints(text: string, count: number): string {
  const chars = Array.from(text.slice(-count * 2));
  return chars.slice(-count).join('');
}

/** The first `count` code points of `text`. */
export function firstCodePoints(text: string, count: number): string {
  return Array.from(text.slice(0, count * 2)).slice(0, count).join('');
}
