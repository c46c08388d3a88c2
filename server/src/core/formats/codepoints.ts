/**
 * Code-point offsets (what brat and the exchange formats count) over one text, and
 * their UTF-16 string indices. A text with no character beyond U+FFFF needs no table:
 * both offsets are the same.
 */
export class CodePoints {
  /** Length of the text in code points. */
  readonly length: number;
  /** UTF-16 index of each code point, plus the text length at the end; absent when identity. */
  private readonly u16?: Int32Array;

  constructor(readonly text: string) {
    let pairs = 0;
    for (let i = 0; i < text.length; i++) if (isPairAt(text, i)) pairs++, i++;
    this.length = text.length - pairs;
    if (!pairs) return;
    const u16 = new Int32Array(this.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      u16[cp++] = i;
      if (isPairAt(text, i)) i++;
    }
    u16[cp] = text.length;
    this.u16 = u16;
  }

  /** UTF-16 index of code-point offset `cp` (0 ≤ cp ≤ length). */
  utf16(cp: number): number {
    return this.u16 ? this.u16[cp] : cp;
  }

  /** Code-point offset of UTF-16 index `i`; an index inside a pair counts as its end. */
  codePoint(i: number): number {
    const t = this.u16;
    if (!t) return i;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.utf16(start), this.utf16(end));
  }
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
