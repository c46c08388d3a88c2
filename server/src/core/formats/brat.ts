/**
 * brat standoff as an exchange format: `.txt` + `.ann` read into an AnnotatedDoc with
 * every line checked against the text, and written back normalised (ids renumbered in
 * text order, N/A/R lines sorted). Lines that cannot be kept are problems, never throws.
 */
import { parseAnn } from '../brat';
import { CodePoints } from './codepoints';
import { normalise, oneLine, spanKey, spanText, type AnnotatedDoc, type FormatProblem, type FormatSpan } from './model';

export interface ReadResult {
  doc: AnnotatedDoc;
  problems: FormatProblem[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Read `.ann` text over its document text. */
export function readBrat(name: string, text: string, ann: string): ReadResult {
  const parsed = parseAnn(ann);
  const problems: FormatProblem[] = parsed.problems.map((p) => ({ ...p }));
  ann.split(/\r?\n/).forEach((row, i) => {
    if (/^[E*]/.test(row)) problems.push({ line: i + 1, message: 'events and equivalences are not carried by Marginalia; skipped' });
  });
  const cps = new CodePoints(text);
  const spans: FormatSpan[] = [];
  const index = new Map<string, number>();
  const skipped = new Set<string>();
  const lineOf = new Map<number, number>();
  for (const e of parsed.entities.values()) {
    const fail = (message: string) => (problems.push({ line: e.line, message: `${e.id}: ${message}; skipped` }), skipped.add(e.id));
    if (e.fragments.some(([, b]) => b > cps.length)) {
      fail(`offsets beyond the end of the text (${cps.length} characters)`);
      continue;
    }
    if (e.fragments.every(([a, b]) => a === b)) {
      fail('empty span');
      continue;
    }
    const span: FormatSpan = { label: e.label, fragments: e.fragments.map(([a, b]) => [a, b]) };
    const actual = spanText(cps, span);
    if (e.text !== '' && squash(e.text) !== squash(actual)) {
      fail(`its text "${clip(e.text)}" does not match the document ("${clip(actual)}")`);
      continue;
    }
    index.set(e.id, spans.length);
    lineOf.set(spans.length, e.line);
    spans.push(span);
  }
  const target = (id: string, line: number, from: string): number | undefined => {
    const i = index.get(id);
    if (i === undefined && skipped.has(id)) problems.push({ line, message: `${from} refers to ${id}, which was skipped; skipped` });
    return i; // an id brat never defined was already reported by parseAnn
  };
  const doc: AnnotatedDoc = { name, text, spans, notes: [], attributes: [], relations: [] };
  for (const n of parsed.notes) {
    const span = target(n.target, n.line, n.id);
    if (span !== undefined) doc.notes.push({ span, ref: n.ref, text: n.text });
  }
  const attrSeen = new Map<string, string | undefined>();
  for (const a of parsed.attributes) {
    const span = target(a.target, a.line, a.id);
    if (span === undefined) continue;
    const k = `${span}\t${a.name}`;
    if (attrSeen.has(k) && attrSeen.get(k) !== a.value) {
      problems.push({ line: a.line, message: `${a.id}: ${a.target} already has attribute ${a.name} with another value; skipped` });
      continue;
    }
    attrSeen.set(k, a.value);
    doc.attributes.push(a.value === undefined ? { span, name: a.name } : { span, name: a.name, value: a.value });
  }
  for (const r of parsed.relations) {
    const args = Object.entries(r.args).map(([k, id]) => [k, target(id, r.line, r.id)] as const);
    if (args.every((a): a is readonly [string, number] => a[1] !== undefined)) doc.relations.push({ type: r.type, args: args.map(([k, i]) => [k, i]) });
  }
  const merged = normalise(doc, (dropped, kept) =>
    problems.push({ line: lineOf.get(dropped), message: `repeats the span on line ${lineOf.get(kept)} (${spanKey(spans[kept])}); merged into it` }),
  );
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { doc: merged, problems };
}

/** Write a (normalised) document as `.ann` text. */
export function writeBrat(doc: AnnotatedDoc): string {
  const cps = new CodePoints(doc.text);
  const id = (i: number) => `T${i + 1}`;
  const lines = doc.spans.map((s, i) => `${id(i)}\t${spanKey(s)}\t${spanText(cps, s)}`);
  doc.notes.forEach((n, k) => lines.push(`N${k + 1}\tReference ${id(n.span)} ${oneLine(n.ref)}\t${oneLine(n.text)}`));
  doc.attributes.forEach((a, k) => lines.push(`A${k + 1}\t${a.name} ${id(a.span)}${a.value === undefined ? '' : ` ${a.value}`}`));
  doc.relations.forEach((r, k) => lines.push(`R${k + 1}\t${r.type} ${r.args.map(([name, i]) => `${name}:${id(i)}`).join(' ')}`));
  return lines.length ? lines.join('\n') + '\n' : '';
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
