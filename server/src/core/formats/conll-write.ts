/**
 * CoNLL export: CoNLL-2003 style BIO over the tokeniser's tokens, with the columns and
 * `# marginalia:` lines described in conll-columns.ts. A span goes in its column when
 * it starts and ends on token boundaries, does not overlap a span already there and
 * is brat's usual shape (split only at line breaks); any other span is written as a
 * `span` line, so the export is lossless.
 */
import { CodePoints } from './codepoints';
import { COLUMNS, columnOf, DOCSTART, HEADER, metaLine } from './conll-columns';
import { lineFragments, spanEnd, spanKey, spanStart, spanText, type AnnotatedDoc, type FormatSpan } from './model';
import { sentences, tokenize } from './tokenize';

export function toConll(docs: readonly AnnotatedDoc[]): string {
  const lines = [...HEADER];
  for (const doc of docs) {
    lines.push('');
    for (const line of docLines(doc)) lines.push(line); // no spread: a document may have a million tokens
  }
  return lines.join('\n') + '\n';
}

function docLines(doc: AnnotatedDoc): string[] {
  const cps = new CodePoints(doc.text);
  const tokens = tokenize(doc.text);
  const tags = placeSpans(doc.spans, cps, tokens);
  const key = (i: number) => spanKey(doc.spans[i]);
  const out = [DOCSTART, metaLine('doc', doc.name), metaLine('text', doc.text)];
  for (const s of tags.extra) out.push(metaLine('span', spanKey(s)));
  for (const n of doc.notes) {
    const own = n.text === spanText(cps, doc.spans[n.span]);
    out.push(metaLine('note', own ? [key(n.span), n.ref] : [key(n.span), n.ref, n.text]));
  }
  for (const a of doc.attributes) out.push(metaLine('attr', a.value === undefined ? [key(a.span), a.name] : [key(a.span), a.name, a.value]));
  for (const r of doc.relations) out.push(metaLine('rel', [r.type, r.args.map(([name, i]) => [name, key(i)])]));
  const row = new Map(tokens.map((t, i) => [t, i]));
  for (const sentence of sentences(doc.text, tokens)) {
    out.push('');
    for (const t of sentence) out.push(`${t.text} ${tags.columns[row.get(t)!].join(' ')}`);
  }
  return out;
}

interface Placed {
  /** Per token, one tag per tag column. */
  columns: string[][];
  /** Spans that no column can hold. */
  extra: FormatSpan[];
}

function placeSpans(spans: readonly FormatSpan[], cps: CodePoints, tokens: ReturnType<typeof tokenize>): Placed {
  const columns = tokens.map(() => COLUMNS.slice(1).map(() => 'O'));
  const startAt = new Map(tokens.map((t, i) => [cps.codePoint(t.start), i]));
  const endAt = new Map(tokens.map((t, i) => [cps.codePoint(t.end), i]));
  const extra: FormatSpan[] = [];
  const order = [...spans].sort((x, y) => spanStart(x) - spanStart(y) || spanEnd(y) - spanEnd(x));
  for (const s of order) {
    const col = columnOf(s.label) - 1;
    const a = startAt.get(spanStart(s));
    const b = endAt.get(spanEnd(s));
    const usual = JSON.stringify(s.fragments) === JSON.stringify(lineFragments(cps, spanStart(s), spanEnd(s)));
    let free = a !== undefined && b !== undefined && a <= b && usual;
    for (let i = a ?? 0; free && i <= b!; i++) free = columns[i][col] === 'O';
    if (!free) {
      extra.push(s);
      continue;
    }
    for (let i = a!; i <= b!; i++) columns[i][col] = `${i === a ? 'B' : 'I'}-${s.label}`;
  }
  return { columns, extra };
}
