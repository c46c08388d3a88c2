/**
 * The text changed wholesale (a change on disk, an editor dropping unsaved edits): the
 * annotations are mapped through the difference — the common start and end of the two
 * texts are kept, the middle replaced — and every one whose text is no longer under it
 * is looked for near where the mapping put it. What cannot be found is kept as an
 * orphan and reported, never dropped.
 */
import { findNear, sameText } from './anchor';
import { mapSpan } from './edit-map';
import type { AnchorReport, Annotation, Rejection } from './model';
import type { AnnotationStore } from './store';

export function rebaseStore(store: AnnotationStore, oldText: string, newText: string): AnchorReport[] {
  if (oldText === newText) return [];
  let p = 0;
  const max = Math.min(oldText.length, newText.length);
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && oldText.charCodeAt(oldText.length - 1 - q) === newText.charCodeAt(newText.length - 1 - q)) q++;
  // Do not split a surrogate pair.
  if (p > 0 && isLow(oldText.charCodeAt(p))) p--;
  if (q > 0 && isLow(oldText.charCodeAt(oldText.length - q))) q--;
  const [a, b, n] = [p, oldText.length - q, newText.length - q - p];
  const reports: AnchorReport[] = [];
  const held = new Set<string>();
  const list: Annotation[] = [];
  const lost: { x: Annotation; near: number; from: number }[] = [];
  for (const x of store.annotations) {
    if (x.orphan) {
      list.push(x);
      continue;
    }
    const m = mapSpan(x.start, x.end, a, b, n);
    if (m && sameText(newText.slice(m[0], m[1]), x.text)) {
      [x.start, x.end] = m;
      held.add(`${x.label}:${x.start}`);
      list.push(x);
    } else lost.push({ x, near: m ? m[0] : Math.min(x.start, a + n), from: x.start });
  }
  for (const { x, near, from } of lost) {
    const found = findNear(newText, x.text, near, (s) => held.has(`${x.label}:${s}`));
    if (found >= 0) {
      [x.start, x.end] = [found, found + x.text.length];
      held.add(`${x.label}:${found}`);
      reports.push({ id: x.id, line: -1, kind: 'moved', message: `${x.id} "${x.text}": its text changed on disk around it; found again at offset ${found} (was ${from})` });
    } else {
      x.orphan = `"${x.text}" is no longer in the text`;
      reports.push({ id: x.id, line: -1, kind: 'orphan', message: `${x.id} "${x.text}" is no longer in the text: kept in the file, not shown. Delete it or restore the text.` });
    }
    list.push(x);
  }
  const rejected: Rejection[] = [];
  for (const r of store.rejections) {
    const m = mapSpan(r.start, r.end, a, b, n);
    if (m && sameText(newText.slice(m[0], m[1]), r.text)) rejected.push({ ...r, start: m[0], end: m[1] });
  }
  store.replaceAll(list, rejected);
  return reports;
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
