/**
 * A store to and from brat standoff. Offsets in files count code points; in the store,
 * UTF-16 units. Reading anchors each annotation (its text must be at its offsets, else it
 * is looked for nearby, else kept as an orphan) and keeps whatever it does not understand
 * to write it back. Writing is deterministic: T lines by offset, then N, A, R lines,
 * ids kept — so a file read and written again changes only where decisions changed.
 */
import { parseAnn } from '../brat';
import { Doc } from '../document';
import { findNear, sameText } from './anchor';
import type { AnchorReport, Annotation } from './model';
import type { AnnotationStore } from './store';

export function readStore(store: AnnotationStore, ann: string, rejections: string, text: string): AnchorReport[] {
  const doc = new Doc('', text);
  const file = parseAnn(ann);
  const reports: AnchorReport[] = [];
  const rows = ann.split(/\r?\n/);
  // Lines parseAnn skips or cannot read are kept as they are.
  const understood = new Set<number>();
  for (const e of file.entities.values()) understood.add(e.line);
  for (const n of file.notes) if (file.entities.has(n.target) && /^(canon|timex):/.test(n.ref)) understood.add(n.line);
  const byId = new Map<string, Annotation>();
  const held = new Set<string>();
  for (const e of file.entities.values()) {
    const cpStart = e.fragments[0][0];
    const cpEnd = e.fragments[e.fragments.length - 1][1];
    const a: Annotation = { id: e.id, label: e.label, start: 0, end: 0, text: e.text };
    const inRange = cpEnd <= [...text].length;
    const start = inRange ? doc.fromCodePoint(cpStart) : text.length;
    const end = inRange ? doc.fromCodePoint(cpEnd) : text.length;
    if (inRange && sameText(text.slice(start, end), e.text)) {
      [a.start, a.end, a.text] = [start, end, text.slice(start, end)];
    } else {
      const found = findNear(text, e.text, start, (s) => held.has(`${e.label}:${s}`));
      if (found >= 0) {
        [a.start, a.end] = [found, found + e.text.length];
        const delta = doc.toCodePoint(found) - cpStart;
        reports.push({ id: e.id, line: e.line - 1, kind: 'moved', message: `${e.id} "${e.text}" was not at ${cpStart}–${cpEnd}; found ${Math.abs(delta)} characters ${delta < 0 ? 'earlier' : 'later'} and moved there` });
      } else {
        [a.start, a.end] = [Math.min(start, text.length), Math.min(end, text.length)];
        a.orphan = `"${e.text}" is no longer in the text`;
        a.fileOffsets = e.fragments.map(([x, y]) => `${x} ${y}`).join(';');
        reports.push({ id: e.id, line: e.line - 1, kind: 'orphan', message: `${e.id} "${e.text}" cannot be found in the text any more: kept in the file, not shown. Delete the line or fix its offsets.` });
      }
    }
    if (!a.orphan) held.add(`${a.label}:${a.start}`);
    byId.set(a.id, a);
  }
  for (const n of file.notes) {
    const a = byId.get(n.target);
    if (!a) continue;
    if (n.ref.startsWith('canon:')) a.canonical = n.ref.slice(6);
    else if (n.ref.startsWith('timex:')) a.value = n.ref.slice(6);
    else {
      (a.references ??= []).push({ ref: n.ref, text: n.text });
      understood.add(n.line);
    }
  }
  for (const at of file.attributes) {
    const a = byId.get(at.target);
    if (!a) continue;
    (a.attributes ??= []).push(at.value ? `${at.name}=${at.value}` : at.name);
    understood.add(at.line);
  }
  for (const r of file.relations) {
    const args = Object.entries(r.args);
    if (!args.every(([, v]) => byId.has(v))) continue;
    understood.add(r.line);
    if (r.type === 'Speaker' && r.args.Arg1 && r.args.Arg2 && !byId.get(r.args.Arg1)!.speaker) byId.get(r.args.Arg1)!.speaker = r.args.Arg2;
    else store.others.push({ type: r.type, args });
  }
  rows.forEach((row, i) => {
    if (row.trim() && !understood.has(i + 1)) store.foreign.push(row);
  });
  for (const a of byId.values()) store.restore(a);
  for (const r of readRejections(rejections, doc)) store.restoreRejection(r);
  return reports;
}

/** `LABEL<TAB>START END<TAB>text`, code points; unreadable lines are skipped. */
function readRejections(src: string, doc: Doc) {
  const out: { label: string; start: number; end: number; text: string }[] = [];
  for (const line of src.split(/\r?\n/)) {
    const m = /^(\S+)\t(\d+) (\d+)\t(.*)$/.exec(line);
    if (!m) continue;
    const start = doc.fromCodePoint(Number(m[2]));
    const end = doc.fromCodePoint(Number(m[3]));
    if (end > doc.text.length || !sameText(doc.text.slice(start, end), m[4])) {
      const found = findNear(doc.text, m[4], start);
      if (found >= 0) out.push({ label: m[1], start: found, end: found + m[4].length, text: m[4] });
      continue; // a rejection whose text is gone has nothing left to suppress
    }
    out.push({ label: m[1], start, end, text: doc.text.slice(start, end) });
  }
  return out;
}

export function writeStore(store: AnnotationStore, text: string): { ann: string; rejections: string } {
  const doc = new Doc('', text);
  const one = (s: string) => s.replace(/[\r\n\t]+/g, ' ');
  const t: string[] = [];
  const n: string[] = [];
  const at: string[] = [];
  const r: string[] = [];
  const placed = store.annotations.filter((a) => !a.orphan);
  const ids = new Set(store.annotations.map((a) => a.id));
  for (const a of store.annotations) {
    const offsets = a.orphan ? (a.fileOffsets ?? `${doc.toCodePoint(a.start)} ${doc.toCodePoint(a.end)}`) : fragments(doc, a.start, a.end);
    t.push(`${a.id}\t${a.label} ${offsets}\t${one(a.text)}`);
    if (a.canonical) n.push(`Reference ${a.id} canon:${one(a.canonical)}\t${one(a.text)}`);
    if (a.value) n.push(`Reference ${a.id} timex:${a.value}\t${one(a.text)}`);
    for (const ref of a.references ?? []) n.push(`Reference ${a.id} ${ref.ref}\t${one(ref.text)}`);
    for (const name of a.attributes ?? []) {
      const [k, v] = name.split('=');
      at.push(v === undefined ? `${k} ${a.id}` : `${k} ${a.id} ${v}`);
    }
  }
  for (const a of placed) if (a.speaker && ids.has(a.speaker)) r.push(`Speaker Arg1:${a.id} Arg2:${a.speaker}`);
  for (const o of store.others) if (o.args.every(([, v]) => ids.has(v))) r.push(`${o.type} ${o.args.map(([k, v]) => `${k}:${v}`).join(' ')}`);
  const lines = [...t, ...n.map((x, i) => `N${i + 1}\t${x}`), ...at.map((x, i) => `A${i + 1}\t${x}`), ...r.map((x, i) => `R${i + 1}\t${x}`), ...store.foreign];
  const rejections = store.rejections.map((x) => `${x.label}\t${doc.toCodePoint(x.start)} ${doc.toCodePoint(x.end)}\t${one(x.text)}`);
  return { ann: lines.length ? lines.join('\n') + '\n' : '', rejections: rejections.length ? rejections.join('\n') + '\n' : '' };
}

/** Code-point fragments of a span, split at line breaks as brat requires. */
function fragments(doc: Doc, start: number, end: number): string {
  const parts: string[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || doc.text[i] === '\n' || doc.text[i] === '\r') {
      if (i > from) parts.push(`${doc.toCodePoint(from)} ${doc.toCodePoint(i)}`);
      from = i + 1;
    }
  }
  return parts.join(';') || `${doc.toCodePoint(start)} ${doc.toCodePoint(end)}`;
}
