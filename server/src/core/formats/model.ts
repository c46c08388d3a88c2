/**
 * The format-neutral form of one annotated document that every exchange format reads
 * into and writes from: the text and brat's four kinds of annotation, with offsets in
 * code points and references by span index instead of brat ids. `normalise` gives it
 * one canonical order, so that brat → X → brat reproduces the same `.ann` text.
 */
import { CodePoints } from './codepoints';

export type Fragment = [number, number];

export interface FormatSpan {
  label: string;
  /** Code-point offsets, end exclusive; several when brat's span is discontinuous. */
  fragments: Fragment[];
}
export interface FormatNote {
  span: number;
  /** `canon:NAME`, `timex:VALUE` or any other reference. */
  ref: string;
  text: string;
}
export interface FormatAttribute {
  span: number;
  name: string;
  value?: string;
}
export interface FormatRelation {
  type: string;
  /** Argument name (`Arg1`) and the span it points at, in the order written. */
  args: [string, number][];
}
export interface AnnotatedDoc {
  name: string;
  text: string;
  spans: FormatSpan[];
  notes: FormatNote[];
  attributes: FormatAttribute[];
  relations: FormatRelation[];
}
/** Something in an input that was skipped, with its line in that input when it has one. */
export interface FormatProblem {
  line?: number;
  message: string;
}

export const spanStart = (s: FormatSpan) => Math.min(...s.fragments.map((f) => f[0]));
export const spanEnd = (s: FormatSpan) => Math.max(...s.fragments.map((f) => f[1]));

/** brat's body of a T line, `LABEL 3 9;10 14`: also how the formats refer to a span by content. */
export function spanKey(s: FormatSpan): string {
  return `${s.label} ${s.fragments.map(([a, b]) => `${a} ${b}`).join(';')}`;
}

/** The covered text as brat writes it: fragments joined by a space, on one line. */
export function spanText(cps: CodePoints, s: FormatSpan): string {
  return oneLine(s.fragments.map(([a, b]) => cps.slice(a, b)).join(' '));
}

export function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ');
}

/** The fragments brat needs for [start, end): split at line breaks, the breaks left out. */
export function lineFragments(cps: CodePoints, start: number, end: number): Fragment[] {
  const text = cps.text;
  const out: Fragment[] = [];
  const a = cps.utf16(start);
  const b = cps.utf16(end);
  let from = a;
  for (let i = a; i <= b; i++) {
    if (i === b || text[i] === '\n' || text[i] === '\r') {
      if (i > from) out.push([cps.codePoint(from), cps.codePoint(i)]);
      from = i + 1;
    }
  }
  return out.length ? out : [[start, end]];
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One canonical order: spans by start, end, label; spans with the same label and
 * fragments merged into one (`onMerge` hears of each); notes, attributes and relations
 * by their span, exact repeats dropped.
 */
export function normalise(doc: AnnotatedDoc, onMerge: (dropped: number, kept: number) => void = () => {}): AnnotatedDoc {
  const order = doc.spans
    .map((s, i) => ({ s: { label: s.label, fragments: [...s.fragments].sort((x, y) => x[0] - y[0] || x[1] - y[1]) }, i }))
    .sort((x, y) => cmp(spanStart(x.s), spanStart(y.s)) || cmp(spanEnd(x.s), spanEnd(y.s)) || cmp(spanKey(x.s), spanKey(y.s)) || x.i - y.i);
  const spans: FormatSpan[] = [];
  const newIndex = new Map<number, number>();
  const byKey = new Map<string, { index: number; original: number }>();
  for (const { s, i } of order) {
    const k = spanKey(s);
    const seen = byKey.get(k);
    if (seen) {
      newIndex.set(i, seen.index);
      onMerge(i, seen.original);
      continue;
    }
    byKey.set(k, { index: spans.length, original: i });
    newIndex.set(i, spans.length);
    spans.push(s);
  }
  const to = (i: number) => newIndex.get(i)!;
  const notes = unique(doc.notes.map((n) => ({ ...n, span: to(n.span) })), (n) => [n.span, n.ref, n.text]);
  const attributes = unique(
    doc.attributes.map((a) => (a.value === undefined ? { span: to(a.span), name: a.name } : { span: to(a.span), name: a.name, value: a.value })),
    (a) => [a.span, a.name, a.value ?? ''],
  );
  const relations = unique(
    doc.relations.map((r) => ({ type: r.type, args: r.args.map(([k, i]) => [k, to(i)] as [string, number]) })),
    (r) => [r.type, ...r.args.flatMap(([k, i]) => [k, i])],
  );
  return { name: doc.name, text: doc.text, spans, notes, attributes, relations };
}

/** Sorted by `key` (compared element-wise), exact repeats dropped. */
function unique<T>(items: T[], key: (t: T) => (string | number)[]): T[] {
  const keyed = items.map((t) => ({ t, k: key(t) }));
  keyed.sort((x, y) => {
    for (let j = 0; j < Math.max(x.k.length, y.k.length); j++) {
      const c = cmp(x.k[j] ?? '', y.k[j] ?? '');
      if (c) return c;
    }
    return 0;
  });
  const out: T[] = [];
  let last = '';
  for (const { t, k } of keyed) {
    const s = JSON.stringify(k);
    if (out.length && s === last) continue;
    out.push(t);
    last = s;
  }
  return out;
}
