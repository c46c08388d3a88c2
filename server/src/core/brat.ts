/**
 * brat standoff: write an analysis as `.ann` text and read `.ann` text back, with
 * offsets in Unicode code points as brat counts them. Reading never throws: bad lines
 * are returned as problems with their line numbers.
 */
import type { Doc } from './document';
import { isEntityLabel, type Span } from './types';

export interface BratEntity {
  id: string;
  label: string;
  /** Code-point offsets of each fragment (one unless the span is discontinuous). */
  fragments: [number, number][];
  text: string;
  line: number;
}
export interface BratNote {
  id: string;
  target: string;
  /** `canon:NAME`, `timex:VALUE` or any other reference. */
  ref: string;
  text: string;
  line: number;
}
export interface BratRelation {
  id: string;
  type: string;
  args: Record<string, string>;
  line: number;
}
export interface BratAttribute {
  id: string;
  name: string;
  target: string;
  value?: string;
  line: number;
}
export interface BratProblem {
  line: number;
  message: string;
}
export interface BratFile {
  entities: Map<string, BratEntity>;
  notes: BratNote[];
  relations: BratRelation[];
  attributes: BratAttribute[];
  problems: BratProblem[];
}

/** Serialise spans as brat standoff (T, N, A and R lines). */
export function writeAnn(doc: Doc, spans: readonly Span[]): string {
  const lines: string[] = [];
  const notes: string[] = [];
  const attrs: string[] = [];
  const rels: string[] = [];
  const idOf = new Map<string, string>();
  const key = (label: string, start: number, end: number) => `${label}:${start}:${end}`;
  let t = 0;
  for (const s of spans) {
    const id = `T${++t}`;
    idOf.set(key(s.label, s.start, s.end), id);
    lines.push(`${id}\t${s.label} ${fragments(doc, s.start, s.end)}\t${oneLine(s.text)}`);
    if (isEntityLabel(s.label) && s.canonical) notes.push(`Reference ${id} canon:${oneLine(s.canonical)}\t${oneLine(s.text)}`);
    if ((s.label === 'DATE' || s.label === 'TIME') && s.value) notes.push(`Reference ${id} timex:${s.value}\t${oneLine(s.text)}`);
    if (s.label === 'QUOTE' && s.unmarked) attrs.push(`Unmarked ${id}`);
    // brat's Duplicate is a repeat within the same document (guidelines); twins in other files are for diagnostics.
    if (s.label === 'BOILERPLATE' && s.duplicateOf?.some((r) => r.uri === doc.uri)) attrs.push(`Duplicate ${id}`);
  }
  for (const s of spans) {
    if (s.label !== 'QUOTE' || !s.speaker) continue;
    const q = idOf.get(key(s.label, s.start, s.end));
    const sp = idOf.get(key('PERSON', s.speaker.start, s.speaker.end)) ?? idOf.get(key('ORG', s.speaker.start, s.speaker.end));
    if (q && sp) rels.push(`Speaker Arg1:${q} Arg2:${sp}`);
  }
  notes.forEach((n, i) => lines.push(`N${i + 1}\t${n}`));
  attrs.forEach((a, i) => lines.push(`A${i + 1}\t${a}`));
  rels.forEach((r, i) => lines.push(`R${i + 1}\t${r}`));
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Code-point fragments of a span, split at line breaks as brat requires. */
function fragments(doc: Doc, start: number, end: number): string {
  const parts: string[] = [];
  let from = start;
  const text = doc.text;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) parts.push(`${doc.toCodePoint(from)} ${doc.toCodePoint(i)}`);
      from = i + 1;
    }
  }
  return parts.join(';') || `${doc.toCodePoint(start)} ${doc.toCodePoint(end)}`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ');
}

/** Parse `.ann` text. Unknown or malformed lines become problems, never exceptions. */
export function parseAnn(text: string): BratFile {
  const out: BratFile = { entities: new Map(), notes: [], relations: [], attributes: [], problems: [] };
  const rows = text.split(/\r?\n/);
  rows.forEach((row, i) => {
    const line = i + 1;
    if (row.trim() === '' || row.startsWith('#')) return;
    const [id, body = '', rest = ''] = row.split('\t');
    const fail = (message: string) => out.problems.push({ line, message });
    switch (id[0]) {
      case 'T': {
        const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
        if (!m) return fail(`cannot read text-bound annotation ${id}: expected "LABEL START END"`);
        const frags = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
        if (frags.some(([a, b]) => b < a)) return fail(`${id}: an end offset comes before its start`);
        if (out.entities.has(id)) return fail(`${id} is defined twice`);
        out.entities.set(id, { id, label: m[1], fragments: frags, text: rest, line });
        return;
      }
      case 'N': {
        const m = /^(\S+) (\S+) (.+)$/.exec(body);
        if (!m) return fail(`cannot read normalisation ${id}: expected "Reference Tn DB:ID"`);
        out.notes.push({ id, target: m[2], ref: m[3], text: rest, line });
        return;
      }
      case 'A':
      case 'M': {
        const m = /^(\S+) (\S+)(?: (\S+))?$/.exec(body);
        if (!m) return fail(`cannot read attribute ${id}: expected "NAME Tn [VALUE]"`);
        out.attributes.push({ id, name: m[1], target: m[2], value: m[3], line });
        return;
      }
      case 'R': {
        const m = /^(\S+)((?: \S+:\S+)+)$/.exec(body);
        if (!m) return fail(`cannot read relation ${id}: expected "TYPE Arg1:Tn Arg2:Tm"`);
        const args: Record<string, string> = {};
        for (const a of m[2].trim().split(' ')) {
          const [k, v] = a.split(':');
          args[k] = v;
        }
        out.relations.push({ id, type: m[1], args, line });
        return;
      }
      case 'E':
      case '*':
        return; // events and equivalences: not used by Marginalia, kept by brat
      default:
        return fail(`unknown annotation line "${row.slice(0, 40)}"`);
    }
  });
  for (const n of out.notes) if (!out.entities.has(n.target)) out.problems.push({ line: n.line, message: `${n.id} refers to unknown ${n.target}` });
  for (const a of out.attributes) if (!out.entities.has(a.target)) out.problems.push({ line: a.line, message: `${a.id} refers to unknown ${a.target}` });
  for (const r of out.relations)
    for (const v of Object.values(r.args)) if (!out.entities.has(v)) out.problems.push({ line: r.line, message: `${r.id} refers to unknown ${v}` });
  return out;
}
