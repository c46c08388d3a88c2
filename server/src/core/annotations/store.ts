/**
 * One document's decisions and the operations on them. Every change bumps `version`,
 * which the server compares with what it last wrote. Edits of the text move the
 * annotations (edit-map.ts); a wholesale change of the text is mapped through its
 * difference and re-anchored (rebase.ts); reading and writing brat is in brat-io.ts.
 */
import { isEntityLabel } from '../types';
import { readStore, writeStore } from './brat-io';
import { mapSpan } from './edit-map';
import type { AnchorReport, Annotation, OtherRelation, Rejection } from './model';
import { rebaseStore } from './rebase';

export class AnnotationStore {
  private list: Annotation[] = [];
  private rejected: Rejection[] = [];
  /** Relations other than Speaker, and lines of the file this store does not understand: written back as read. */
  others: OtherRelation[] = [];
  foreign: string[] = [];
  private next = 1;
  private _version = 0;

  static empty(): AnnotationStore {
    return new AnnotationStore();
  }

  /** Read `.ann` and rejections text against the document's text, anchoring every annotation. */
  static read(ann: string, rejections: string, text: string): { store: AnnotationStore; reports: AnchorReport[] } {
    const store = new AnnotationStore();
    const reports = readStore(store, ann, rejections, text);
    store._version = 0;
    return { store, reports };
  }

  /** The `.ann` text and the rejections file text for the document's current `text`. */
  write(text: string): { ann: string; rejections: string } {
    return writeStore(this, text);
  }

  get version(): number {
    return this._version;
  }

  get annotations(): readonly Annotation[] {
    return this.list;
  }

  get rejections(): readonly Rejection[] {
    return this.rejected;
  }

  get(id: string): Annotation | undefined {
    return this.list.find((a) => a.id === id);
  }

  /** Annotations overlapping [start, end), or containing `start` when the range is empty. */
  overlapping(start: number, end: number): Annotation[] {
    return this.list.filter((a) => !a.orphan && (end > start ? a.start < end && a.end > start : a.start <= start && start <= a.end));
  }

  add(a: Omit<Annotation, 'id'>): Annotation {
    const made: Annotation = { ...a, id: `T${this.next++}` };
    this.rejected = this.rejected.filter((r) => !(r.label === a.label && r.start === a.start && r.end === a.end));
    this.insert(made);
    this.bump();
    return made;
  }

  remove(id: string): boolean {
    const before = this.list.length;
    this.list = this.list.filter((a) => a.id !== id);
    if (this.list.length === before) return false;
    this.dropLinks(new Set([id]));
    this.bump();
    return true;
  }

  relabel(id: string, label: string): void {
    const a = this.get(id);
    if (!a || a.label === label) return;
    a.label = label;
    if (!isEntityLabel(label)) delete a.canonical;
    if (label !== 'DATE' && label !== 'TIME') delete a.value;
    if (label !== 'QUOTE') delete a.speaker;
    if (label !== 'PERSON' && label !== 'ORG') for (const q of this.list) if (q.speaker === id) delete q.speaker;
    this.bump();
  }

  setCanonical(id: string, name: string | undefined): void {
    this.setField(id, 'canonical', name);
  }

  setValue(id: string, value: string | undefined): void {
    this.setField(id, 'value', value);
  }

  setSpeaker(quoteId: string, speakerId: string | undefined): void {
    if (speakerId !== undefined && !this.get(speakerId)) return;
    this.setField(quoteId, 'speaker', speakerId);
  }

  reject(r: Rejection): void {
    const same = (x: { label: string; start: number; end: number }) => x.label === r.label && x.start === r.start && x.end === r.end;
    const accepted = this.list.filter((a) => !a.orphan && same(a)).map((a) => a.id);
    for (const id of accepted) this.remove(id);
    if (this.rejected.some(same)) return;
    this.rejected.push({ ...r });
    this.rejected.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
    this.bump();
  }

  isRejected(label: string, start: number, end: number): boolean {
    return this.rejected.some((r) => r.label === label && r.start === start && r.end === end);
  }

  /** Replace [start, end) of the text with `inserted`: every annotation and rejection follows. Returns the ids removed. */
  applyEdit(start: number, end: number, inserted: string): string[] {
    if (start === end && inserted === '') return [];
    const n = inserted.length;
    const removed: string[] = [];
    const follow = <T extends { start: number; end: number; text: string }>(x: T): boolean => {
      const m = mapSpan(x.start, x.end, start, end, n);
      if (!m) return false;
      if (m[0] !== x.start || m[1] !== x.end || (start < x.end && end > x.start) || (start === end && start > x.start && start < x.end)) {
        x.text = spliceText(x, start, end, inserted, m);
      }
      [x.start, x.end] = m;
      return true;
    };
    this.list = this.list.filter((a) => {
      if (a.orphan) return true; // not placed in this text: nothing to follow
      const kept = follow(a);
      if (!kept) removed.push(a.id);
      return kept;
    });
    this.rejected = this.rejected.filter(follow);
    if (removed.length) this.dropLinks(new Set(removed));
    this.list.sort(order);
    this.bump();
    return removed;
  }

  /** The text changed wholesale from `oldText` to `newText`: map and re-anchor (see rebase.ts). */
  rebase(oldText: string, newText: string): AnchorReport[] {
    const reports = rebaseStore(this, oldText, newText);
    this.list.sort(order);
    this.bump();
    return reports;
  }

  // -- for brat-io.ts and rebase.ts --

  /** Put an annotation read from a file (its id kept). */
  restore(a: Annotation): void {
    const n = /^T(\d+)$/.exec(a.id);
    if (n) this.next = Math.max(this.next, Number(n[1]) + 1);
    this.insert(a);
  }

  restoreRejection(r: Rejection): void {
    this.rejected.push(r);
  }

  /** Replace the annotation and rejection lists (rebase). */
  replaceAll(list: Annotation[], rejected: Rejection[]): void {
    this.list = list.sort(order);
    this.rejected = rejected.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
  }

  private insert(a: Annotation): void {
    let i = this.list.length;
    while (i > 0 && order(this.list[i - 1], a) > 0) i--;
    this.list.splice(i, 0, a);
  }

  private setField(id: string, field: 'canonical' | 'value' | 'speaker', v: string | undefined): void {
    const a = this.get(id);
    if (!a || a[field] === v) return;
    if (v === undefined) delete a[field];
    else a[field] = v;
    this.bump();
  }

  private dropLinks(ids: Set<string>): void {
    for (const a of this.list) if (a.speaker && ids.has(a.speaker)) delete a.speaker;
    this.others = this.others.filter((r) => !r.args.some(([, v]) => ids.has(v)));
  }

  private bump(): void {
    this._version++;
  }
}

function order(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || a.label.localeCompare(b.label) || a.id.localeCompare(b.id, undefined, { numeric: true });
}

/** The span's text after the edit: its old text with the edited part replaced, cut to the new bounds. */
function spliceText(x: { start: number; end: number; text: string }, a: number, b: number, inserted: string, m: [number, number]): string {
  // Rebuild the local window [min(x.start, a), max(x.end, b)) of the old text as far as the span knows it.
  const from = Math.min(x.start, a);
  const oldLocal = ' '.repeat(Math.max(0, x.start - from)) + x.text + ' '.repeat(Math.max(0, b - x.end));
  const newLocal = oldLocal.slice(0, a - from) + inserted + oldLocal.slice(b - from);
  return newLocal.slice(m[0] - from, m[1] - from);
}
