/**
 * Checking an `.ann` file against its document, line by line, for the editor: lines that
 * cannot be read, offsets past the end, text that is not what the offsets cover,
 * references to ids that do not exist, ids defined twice, labels outside the guidelines.
 * And the other way round: the span a line is about (go to definition).
 */
import { Doc } from '../document';
import { isLabel } from '../types';
import { sameText } from './anchor';

export interface AnnProblem {
  /** 0-based line in the `.ann`. */
  line: number;
  /** UTF-16 columns in that line. */
  startCol: number;
  endCol: number;
  message: string;
  severity: 'error' | 'warning';
  id?: string;
}

interface Row {
  line: number;
  raw: string;
  id: string;
  fields: string[];
}

const T_BODY = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/;

function rows(ann: string): Row[] {
  return ann.split(/\r?\n/).map((raw, line) => {
    const fields = raw.split('\t');
    return { line, raw, id: fields[0], fields };
  });
}

/** Column range of the n-th tab-separated field of a row. */
function field(r: Row, n: number): [number, number] {
  let col = 0;
  for (let i = 0; i < n && i < r.fields.length; i++) col += r.fields[i].length + 1;
  return [col, col + (r.fields[n]?.length ?? 0)];
}

export function validateAnn(ann: string, text: string): AnnProblem[] {
  const doc = new Doc('', text);
  const length = [...text].length;
  const out: AnnProblem[] = [];
  const all = rows(ann);
  const ids = new Map<string, number>();
  const problem = (r: Row, cols: [number, number], message: string, severity: AnnProblem['severity'] = 'error') => out.push({ line: r.line, startCol: cols[0], endCol: Math.max(cols[1], cols[0] + 1), message, severity, id: r.id });
  for (const r of all) {
    if (!r.raw.trim() || r.raw.startsWith('#')) continue;
    if (!/^[TNARME*]\S*$/.test(r.id)) {
      problem(r, field(r, 0), `"${r.id}" is not a brat id (T, N, A, R, E or M followed by a number)`);
      continue;
    }
    if (ids.has(r.id) && r.id !== '*') problem(r, field(r, 0), `${r.id} is defined twice (first on line ${ids.get(r.id)! + 1})`);
    else ids.set(r.id, r.line);
  }
  for (const r of all) {
    if (!r.raw.trim() || r.raw.startsWith('#') || !/^[TNARM]/.test(r.id)) continue;
    const body = r.fields[1] ?? '';
    if (r.id[0] === 'T') {
      const m = T_BODY.exec(body);
      if (!m || r.fields.length < 3) {
        problem(r, field(r, 1), `cannot read ${r.id}: expected "ID<TAB>LABEL START END<TAB>text"`);
        continue;
      }
      if (!isLabel(m[1])) problem(r, [field(r, 1)[0], field(r, 1)[0] + m[1].length], `"${m[1]}" is not a label of the guidelines (PERSON, ORG, PLACE, NORP, DATE, TIME, QUOTE, BOILERPLATE)`, 'warning');
      const frags = m[2].split(';').map((f) => f.split(' ').map(Number));
      const offsetsCol: [number, number] = [field(r, 1)[0] + m[1].length + 1, field(r, 1)[1]];
      if (frags.some(([a, b]) => b < a)) {
        problem(r, offsetsCol, `${r.id}: the end offset comes before the start`);
        continue;
      }
      const last = frags[frags.length - 1][1];
      if (last > length) {
        problem(r, offsetsCol, `${r.id}: offset ${last} is past the end of the document (${length} characters)`);
        continue;
      }
      const covered = frags.map(([a, b]) => text.slice(doc.fromCodePoint(a), doc.fromCodePoint(b))).join(' ');
      if (!sameText(covered, r.fields[2])) problem(r, field(r, 2), `${r.id}: the document has "${short(covered)}" at ${m[2]}, not "${short(r.fields[2])}"`);
      else if (frags.length === 1 && /[\r\n]/.test(covered)) problem(r, offsetsCol, `${r.id}: the span crosses a line break; brat needs fragments ("a b;c d")`, 'warning');
      continue;
    }
    const refs = [...body.matchAll(/(?:^|[ :])(T\d+)\b/g)].map((x) => x[1]);
    const shape = r.id[0] === 'N' ? /^\S+ T\d+ \S.*$/ : r.id[0] === 'R' ? /^\S+( \S+:T\d+)+$/ : /^\S+ T\d+( \S+)?$/;
    if (!shape.test(body)) {
      const expected = r.id[0] === 'N' ? 'Reference Tn DB:ID' : r.id[0] === 'R' ? 'TYPE Arg1:Tn Arg2:Tm' : 'NAME Tn [VALUE]';
      problem(r, field(r, 1), `cannot read ${r.id}: expected "${expected}"`);
      continue;
    }
    for (const ref of refs) {
      if (ids.has(ref)) continue;
      const at = body.indexOf(ref);
      problem(r, [field(r, 1)[0] + at, field(r, 1)[0] + at + ref.length], `${r.id} refers to ${ref}, which is not defined in this file`);
    }
  }
  return out.sort((a, b) => a.line - b.line || a.startCol - b.startCol);
}

/** The UTF-16 span in the document that `.ann` line `line` (0-based) is about: a T line's own span, or its target's. */
export function annTarget(ann: string, text: string, line: number): { start: number; end: number } | undefined {
  const all = rows(ann);
  const r = all[line];
  if (!r || !r.raw.trim()) return undefined;
  const doc = new Doc('', text);
  const spanOf = (row: Row | undefined) => {
    const m = row && T_BODY.exec(row.fields[1] ?? '');
    if (!m) return undefined;
    const frags = m[2].split(';').map((f) => f.split(' ').map(Number));
    const start = doc.fromCodePoint(frags[0][0]);
    const end = doc.fromCodePoint(frags[frags.length - 1][1]);
    return end <= text.length && start <= end ? { start, end } : undefined;
  };
  if (r.id.startsWith('T')) return spanOf(r);
  const target = /(?:^|[ :])(T\d+)\b/.exec(r.fields[1] ?? '')?.[1];
  return target ? spanOf(all.find((x) => x.id === target)) : undefined;
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
