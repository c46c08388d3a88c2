/**
 * Label all occurrences: after a decision on a string, the same decision for every other
 * whole-word occurrence of it — counted first, so the annotator knows how many before
 * saying yes. An occurrence inside a longer name (`Kazakhstan` in `Republic of
 * Kazakhstan`) is left alone: the guidelines annotate the longest name only.
 */
import { occurrences, type AnnotationStore } from '../annotations';
import { layerOf } from '../review';
import type { Span } from '../types';

/**
 * Occurrences of `needle` in `text` a "label all" would change: not already an accepted
 * `label` annotation on exactly that span, and not inside a longer name of `spans` (what
 * the annotator sees in the document).
 */
export function pendingOccurrences(store: AnnotationStore | undefined, text: string, needle: string, label: string, spans: readonly Span[] = []): { start: number; end: number }[] {
  if (!needle.trim()) return [];
  const names = spans.filter((s) => layerOf(s.label) === 'names');
  return occurrences(text, needle).filter(
    (o) =>
      !store?.overlapping(o.start, o.end).some((a) => a.start === o.start && a.end === o.end && a.label === label) &&
      !names.some((s) => s.start <= o.start && o.end <= s.end && s.end - s.start > o.end - o.start),
  );
}

/** Accept `label` on every pending occurrence (relabelling an accepted annotation of another label on the same span). Returns how many changed. */
export function labelOccurrences(store: AnnotationStore, text: string, needle: string, label: string, spans: readonly Span[] = []): number {
  const todo = pendingOccurrences(store, text, needle, label, spans);
  for (const o of todo) {
    const same = store.overlapping(o.start, o.end).find((a) => a.start === o.start && a.end === o.end);
    if (same) store.relabel(same.id, label);
    else store.add({ label, start: o.start, end: o.end, text: text.slice(o.start, o.end) });
  }
  return todo.length;
}
