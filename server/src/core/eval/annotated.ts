/**
 * A brat file read into the flat form the scorer compares: spans with their values,
 * canonical names, speakers and attributes, offsets in code points.
 */
import type { BratFile } from '../brat';

export interface EvalSpan {
  label: string;
  start: number;
  end: number;
  text: string;
  canonical?: string;
  value?: string;
  speaker?: { start: number; end: number; canonical?: string };
  unmarked: boolean;
  duplicate: boolean;
}

export function toEvalSpans(file: BratFile): EvalSpan[] {
  const byId = new Map<string, EvalSpan>();
  for (const e of file.entities.values()) {
    const start = Math.min(...e.fragments.map((f) => f[0]));
    const end = Math.max(...e.fragments.map((f) => f[1]));
    byId.set(e.id, { label: e.label, start, end, text: e.text, unmarked: false, duplicate: false });
  }
  for (const n of file.notes) {
    const s = byId.get(n.target);
    if (!s) continue;
    if (n.ref.startsWith('canon:')) s.canonical = n.ref.slice(6);
    else if (n.ref.startsWith('timex:')) s.value = n.ref.slice(6);
  }
  for (const a of file.attributes) {
    const s = byId.get(a.target);
    if (!s) continue;
    if (a.name === 'Unmarked') s.unmarked = true;
    if (a.name === 'Duplicate') s.duplicate = true;
  }
  for (const r of file.relations) {
    if (r.type !== 'Speaker') continue;
    const q = byId.get(r.args.Arg1);
    const sp = byId.get(r.args.Arg2);
    if (q && sp) q.speaker = { start: sp.start, end: sp.end, canonical: sp.canonical ?? sp.text };
  }
  return [...byId.values()];
}
