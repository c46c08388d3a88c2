/**
 * Scores predicted annotations against gold ones (or one annotator against another):
 * exact-span precision/recall/F1 per label and per group, value and canonical-name
 * accuracy on matched spans, speaker accuracy, boilerplate at line level.
 */
import { LABELS } from '../types';
import type { EvalSpan } from './annotated';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Accuracy {
  correct: number;
  total: number;
}
export interface EvalDoc {
  name: string;
  /** Line index of each code-point offset's line: `lineOf(offset)`. */
  lineOf: (offset: number) => number;
  gold: EvalSpan[];
  pred: EvalSpan[];
}
export interface EvalReport {
  docs: number;
  labels: Record<string, Counts>;
  groups: Record<string, Counts>;
  dateValue: Accuracy;
  canonical: Accuracy;
  speakerMention: Accuracy;
  speakerEntity: Accuracy;
  unmarked: Counts;
  duplicate: Counts;
  boilerplateLines: Counts;
}

export const GROUPS: Record<string, readonly string[]> = {
  'PERSON+ORG+PLACE': ['PERSON', 'ORG', 'PLACE'],
  'DATE+TIME': ['DATE', 'TIME'],
  ALL: LABELS,
};

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const key = (s: EvalSpan) => `${s.label}:${s.start}:${s.end}`;

export function score(docs: readonly EvalDoc[]): EvalReport {
  const r: EvalReport = {
    docs: docs.length,
    labels: Object.fromEntries(LABELS.map((l) => [l, zero()])),
    groups: Object.fromEntries(Object.keys(GROUPS).map((g) => [g, zero()])),
    dateValue: { correct: 0, total: 0 },
    canonical: { correct: 0, total: 0 },
    speakerMention: { correct: 0, total: 0 },
    speakerEntity: { correct: 0, total: 0 },
    unmarked: zero(),
    duplicate: zero(),
    boilerplateLines: zero(),
  };
  for (const d of docs) scoreDoc(d, r);
  return r;
}

function scoreDoc(d: EvalDoc, r: EvalReport): void {
  const pred = new Map(d.pred.map((s) => [key(s), s]));
  const gold = new Map(d.gold.map((s) => [key(s), s]));
  const count = (label: string, field: keyof Counts) => {
    const c = (r.labels[label] ??= zero());
    c[field]++;
    for (const [g, members] of Object.entries(GROUPS)) if (members.includes(label)) r.groups[g][field]++;
  };
  for (const [k, g] of gold) {
    const p = pred.get(k);
    if (!p) {
      count(g.label, 'fn');
      continue;
    }
    count(g.label, 'tp');
    if (g.value !== undefined) tally(r.dateValue, p.value === g.value);
    if (g.canonical !== undefined) tally(r.canonical, p.canonical === g.canonical);
    if (g.speaker) {
      tally(r.speakerMention, !!p.speaker && p.speaker.start === g.speaker.start && p.speaker.end === g.speaker.end);
      tally(r.speakerEntity, !!p.speaker && p.speaker.canonical === g.speaker.canonical);
    }
  }
  for (const [k, p] of pred) if (!gold.has(k)) count(p.label, 'fp');
  setCounts(r.unmarked, keysWhere(d.gold, (s) => s.unmarked), keysWhere(d.pred, (s) => s.unmarked));
  setCounts(r.duplicate, keysWhere(d.gold, (s) => s.duplicate), keysWhere(d.pred, (s) => s.duplicate));
  setCounts(r.boilerplateLines, boilerplateLines(d, d.gold), boilerplateLines(d, d.pred));
}

function tally(a: Accuracy, ok: boolean): void {
  a.total++;
  if (ok) a.correct++;
}

function keysWhere(spans: EvalSpan[], pick: (s: EvalSpan) => boolean): Set<string> {
  return new Set(spans.filter(pick).map(key));
}

function boilerplateLines(d: EvalDoc, spans: EvalSpan[]): Set<number> {
  const lines = new Set<number>();
  for (const s of spans) {
    if (s.label !== 'BOILERPLATE') continue;
    for (let l = d.lineOf(s.start); l <= d.lineOf(Math.max(s.start, s.end - 1)); l++) lines.add(l);
  }
  return lines;
}

function setCounts<T>(c: Counts, gold: Set<T>, pred: Set<T>): void {
  for (const g of gold) if (pred.has(g)) c.tp++;
  else c.fn++;
  for (const p of pred) if (!gold.has(p)) c.fp++;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
