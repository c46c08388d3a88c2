/**
 * The document model: text, line starts and offset conversions. Offsets are UTF-16
 * string indices; brat counts code points and LSP counts UTF-16 units per line.
 */
import type { Paragraph } from './types';
import { binarySearch } from './search';

export interface Position {
  line: number;
  character: number;
}

export class Doc {
  readonly lineStarts: number[];
  private _paragraphs?: Paragraph[];
  /** Sparse table of code-point offsets; only built when the text has astral characters. */
  private astral?: number[];

  constructor(
    readonly uri: string,
    readonly text: string,
    readonly version = 0,
  ) {
    this.lineStarts = computeLineStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The text of line `n` without its line break. */
  lineText(n: number): string {
    const start = this.lineStarts[n];
    let end = n + 1 < this.lineStarts.length ? this.lineStarts[n + 1] : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  /** The non-empty lines of the document, each one paragraph. */
  get paragraphs(): Paragraph[] {
    if (!this._paragraphs) {
      const out: Paragraph[] = [];
      for (let line = 0; line < this.lineStarts.length; line++) {
        const text = this.lineText(line);
        if (text.trim().length === 0) continue;
        const start = this.lineStarts[line];
        out.push({ start, end: start + text.length, text, line });
      }
      this._paragraphs = out;
    }
    return this._paragraphs;
  }

  /** The paragraph containing `offset`, if any. */
  paragraphAt(offset: number): Paragraph | undefined {
    return binarySearch(this.paragraphs, (p) => (p.end < offset ? -1 : p.start > offset ? 1 : 0));
  }

  /** UTF-16 offset to an LSP position (line, UTF-16 character). */
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOf(this.lineStarts, offset);
    return { line, character: offset - this.lineStarts[line] };
  }

  /** LSP position to UTF-16 offset, clamped to the line. */
  offsetAt(pos: Position): number {
    if (pos.line >= this.lineStarts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.lineStarts[pos.line];
    const next = pos.line + 1 < this.lineStarts.length ? this.lineStarts[pos.line + 1] : this.text.length;
    return Math.max(start, Math.min(start + pos.character, next));
  }

  /** UTF-16 offset to a code-point offset (brat). */
  toCodePoint(offset: number): number {
    const table = this.astralTable();
    if (table.length === 0) return offset;
    let n = 0;
    for (const a of table) if (a < offset) n++;
    return offset - n;
  }

  /** Code-point offset (brat) to a UTF-16 offset. */
  fromCodePoint(cp: number): number {
    const table = this.astralTable();
    let offset = cp;
    for (const a of table) {
      if (a <= offset) offset++;
      else break;
    }
    return offset;
  }

  /** UTF-16 indices of the second unit of each surrogate pair. */
  private astralTable(): number[] {
    if (!this.astral) {
      const t: number[] = [];
      for (let i = 0; i < this.text.length; i++) {
        const c = this.text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.text.length) {
          const d = this.text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) t.push(++i);
        }
      }
      this.astral = t;
    }
    return this.astral;
  }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
