/**
 * JSONL export, one document per line, in the shape doccano and spaCy read:
 * `{"id", "text", "label": [[start, end, LABEL], …]}`. Offsets count Unicode code
 * points, as Python strings (doccano, spaCy) and brat do — not UTF-16 units.
 * Marginalia adds what `label` cannot hold, so nothing is lost:
 * - `entities`: `{id, label, start, end, text}` plus, when present, `fragments`
 *   (only when they are not [start, end] split at line breaks), `canonical`, `value`
 *   (TIMEX3), `attributes` (`{"Unmarked": true}`, `{"Duplicate": true}`, or a string
 *   value) and `notes` (`[{ref, text}]`, any other brat normalisation);
 * - `relations`: `{id, type, args: {"Arg1": "T9", "Arg2": "T2"}}` (quote speakers).
 */
import { CodePoints } from './codepoints';
import { lineFragments, spanEnd, spanStart, spanText, type AnnotatedDoc } from './model';

export interface JsonlEntity {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  fragments?: [number, number][];
  canonical?: string;
  value?: string;
  attributes?: Record<string, string | true>;
  notes?: { ref: string; text: string }[];
}

/** One document as one JSON line (no trailing newline). */
export function toJsonl(doc: AnnotatedDoc): string {
  const cps = new CodePoints(doc.text);
  const id = (i: number) => `T${i + 1}`;
  const entities: JsonlEntity[] = doc.spans.map((s, i) => {
    const start = spanStart(s);
    const end = spanEnd(s);
    const e: JsonlEntity = { id: id(i), label: s.label, start, end, text: spanText(cps, s) };
    if (JSON.stringify(s.fragments) !== JSON.stringify(lineFragments(cps, start, end))) e.fragments = s.fragments;
    return e;
  });
  for (const n of doc.notes) {
    const e = entities[n.span];
    const field = n.ref.startsWith('canon:') ? 'canonical' : n.ref.startsWith('timex:') ? 'value' : undefined;
    if (field && e[field] === undefined && n.text === e.text) e[field] = n.ref.slice(6);
    else (e.notes ??= []).push({ ref: n.ref, text: n.text });
  }
  for (const a of doc.attributes) (entities[a.span].attributes ??= {})[a.name] = a.value ?? true;
  const relations = doc.relations.map((r, k) => ({ id: `R${k + 1}`, type: r.type, args: Object.fromEntries(r.args.map(([name, i]) => [name, id(i)])) }));
  const line = JSON.stringify({
    id: doc.name,
    text: doc.text,
    label: entities.map((e) => [e.start, e.end, e.label]),
    entities,
    relations,
  });
  // Python's str.splitlines() also breaks at these; keep each document on one line for every reader.
  return line.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
