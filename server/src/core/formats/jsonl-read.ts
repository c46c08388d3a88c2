/**
 * JSONL import: one document per line. Reads entity objects when present —
 * Marginalia's own `entities`/`relations` (see jsonl-write.ts), or doccano's
 * relation-project export (`start_offset`/`end_offset`, numeric ids, relations with
 * `from_id`/`to_id`) — otherwise doccano's `label` or spaCy's `entities`/`spans` as
 * `[start, end, LABEL]` triples. Offsets count code points.
 * Each bad line or entry is a problem with its line number; the rest is kept.
 */
import { CodePoints } from './codepoints';
import { lineFragments, normalise, spanText, type AnnotatedDoc, type Fragment, type FormatProblem, type FormatSpan } from './model';

export interface JsonlResult {
  docs: AnnotatedDoc[];
  problems: FormatProblem[];
}

const WORD = /^\S+$/;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown, max: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** Read a whole `.jsonl` file; `fallbackName` names documents without an `id`. */
export function fromJsonl(content: string, fallbackName: string): JsonlResult {
  const out: JsonlResult = { docs: [], problems: [] };
  content.split(/\r?\n/).forEach((row, i) => {
    if (!row.trim()) return;
    const line = i + 1;
    const problem = (message: string) => out.problems.push({ line, message });
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (e) {
      return problem(`not valid JSON (${(e as Error).message}); skipped`);
    }
    if (!isObject(value) || typeof value.text !== 'string') return problem('expected an object with a "text" string; skipped');
    const name = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : `${fallbackName}-${line}`;
    out.docs.push(readDoc(name, value.text, value, (m) => problem(`${name}: ${m}`)));
  });
  return out;
}

function readDoc(name: string, text: string, v: Record<string, unknown>, problem: (m: string) => void): AnnotatedDoc {
  const cps = new CodePoints(text);
  const doc: AnnotatedDoc = { name, text, spans: [], notes: [], attributes: [], relations: [] };
  const rich = Array.isArray(v.entities) && v.entities.some(isObject);
  if (rich) {
    const ids = readEntities(v.entities as unknown[], cps, doc, problem);
    readRelations(Array.isArray(v.relations) ? v.relations : [], ids, doc, problem);
  } else {
    const field = ['label', 'entities', 'spans'].find((f) => Array.isArray(v[f]));
    for (const [k, t] of ((field ? v[field] : []) as unknown[]).entries()) {
      const ok = Array.isArray(t) && t.length >= 3 && isOffset(t[0], cps.length) && isOffset(t[1], cps.length) && t[0] < t[1];
      if (!ok || typeof t[2] !== 'string' || !WORD.test(t[2])) problem(`${field}[${k}]: expected [start, end, LABEL] within the text; skipped`);
      else doc.spans.push({ label: t[2], fragments: lineFragments(cps, t[0], t[1]) });
    }
  }
  return normalise(doc);
}

/** Spans, notes and attributes of Marginalia's `entities`; returns each id's span index. */
function readEntities(list: unknown[], cps: CodePoints, doc: AnnotatedDoc, problem: (m: string) => void): Map<string, number> {
  const index = new Map<string, number>();
  list.forEach((e, k) => {
    const id = isObject(e) && (typeof e.id === 'string' || typeof e.id === 'number') ? String(e.id) : undefined;
    const where = `entity ${id ?? `#${k + 1}`}`;
    const span = isObject(e) ? entitySpan(e, cps) : 'expected an object';
    if (typeof span === 'string') return problem(`${where}: ${span}; skipped`);
    const ent = e as Record<string, unknown>;
    const text = spanText(cps, span);
    if (typeof ent.text === 'string' && squash(ent.text) !== squash(text)) {
      return problem(`${where}: its text "${ent.text}" does not match the offsets ("${text}"; offsets count code points, not UTF-16 units); skipped`);
    }
    if (id !== undefined && index.has(id)) return problem(`${where}: the id is used twice; skipped`);
    const i = doc.spans.push(span) - 1;
    if (id !== undefined) index.set(id, i);
    for (const [field, prefix] of [['canonical', 'canon:'], ['value', 'timex:']] as const) {
      if (typeof ent[field] === 'string') doc.notes.push({ span: i, ref: prefix + ent[field], text });
      else if (ent[field] !== undefined) problem(`${where}: "${field}" should be a string; ignored`);
    }
    for (const n of Array.isArray(ent.notes) ? ent.notes : []) {
      if (isObject(n) && typeof n.ref === 'string' && n.ref.trim()) doc.notes.push({ span: i, ref: n.ref, text: typeof n.text === 'string' ? n.text : text });
      else problem(`${where}: a note should be {"ref": "…", "text": "…"}; ignored`);
    }
    for (const [name, value] of Object.entries(isObject(ent.attributes) ? ent.attributes : {})) {
      if (!WORD.test(name) || !(value === true || value === false || (typeof value === 'string' && WORD.test(value)))) {
        problem(`${where}: attribute ${JSON.stringify(name)} should be true or one word; ignored`);
      } else if (value !== false) doc.attributes.push(value === true ? { span: i, name } : { span: i, name, value });
    }
  });
  return index;
}

function readRelations(list: unknown[], ids: Map<string, number>, doc: AnnotatedDoc, problem: (m: string) => void): void {
  list.forEach((r, k) => {
    const where = `relation ${isObject(r) && typeof r.id === 'string' ? r.id : `#${k + 1}`}`;
    const given = isObject(r) ? (r.args ?? (r.from_id !== undefined ? { Arg1: r.from_id, Arg2: r.to_id } : undefined)) : undefined;
    if (!isObject(r) || typeof r.type !== 'string' || !WORD.test(r.type) || !isObject(given)) {
      return problem(`${where}: expected {"type": "…", "args": {"Arg1": id, "Arg2": id}}; skipped`);
    }
    const args: [string, number][] = [];
    for (const [name, id] of Object.entries(given)) {
      const i = typeof id === 'string' || typeof id === 'number' ? ids.get(String(id)) : undefined;
      if (i === undefined || !/^[^\s:]+$/.test(name)) return problem(`${where}: argument ${name} does not name a known entity id; skipped`);
      args.push([name, i]);
    }
    if (args.length) doc.relations.push({ type: r.type, args });
    else problem(`${where}: no arguments; skipped`);
  });
}

/** The span an entity object describes, or why it cannot be read. */
function entitySpan(e: Record<string, unknown>, cps: CodePoints): FormatSpan | string {
  if (typeof e.label !== 'string' || !WORD.test(e.label)) return 'expected a one-word "label"';
  const start = e.start ?? e.start_offset;
  const end = e.end ?? e.end_offset;
  if (!isOffset(start, cps.length) || !isOffset(end, cps.length) || start >= end) return `expected 0 ≤ start < end ≤ ${cps.length} (code points)`;
  if (e.fragments === undefined) return { label: e.label, fragments: lineFragments(cps, start, end) };
  const frags = Array.isArray(e.fragments) ? e.fragments : [];
  const ok = frags.length > 0 && frags.every((f) => Array.isArray(f) && f.length === 2 && isOffset(f[0], cps.length) && isOffset(f[1], cps.length) && f[0] <= f[1]);
  return ok ? { label: e.label, fragments: (frags as Fragment[]).map(([a, b]) => [a, b]) } : 'expected "fragments" as [[start, end], …] within the text';
}
