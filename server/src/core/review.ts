/**
 * What an annotator sees: their accepted annotations, and the detectors' suggestions
 * that no decision has settled yet. A suggestion is hidden when it was rejected, or
 * when an accepted annotation of the same layer overlaps it (names and dates are one
 * layer, quotes another, boilerplate a third: a name inside a quote is still shown).
 */
import type { Doc } from './document';
import { isLabel, type Label, type Span } from './types';

/** The part of the annotation store a review reads (see annotations/store.ts). */
export interface Decisions {
  readonly annotations: readonly {
    id: string;
    label: string;
    start: number;
    end: number;
    text: string;
    canonical?: string;
    value?: string;
    speaker?: string;
    attributes?: string[];
    orphan?: string;
  }[];
  isRejected(label: string, start: number, end: number): boolean;
}

export type Layer = 'names' | 'quotes' | 'boilerplate';

export function layerOf(label: string): Layer {
  return label === 'QUOTE' ? 'quotes' : label === 'BOILERPLATE' ? 'boilerplate' : 'names';
}

/** Accepted annotations (as spans carrying their id) and the suggestions still open, sorted. */
export function review(doc: Doc, suggestions: readonly Span[], decisions: Decisions | undefined): Span[] {
  if (!decisions || (decisions.annotations.length === 0 && !hasRejections(decisions, suggestions))) return [...suggestions];
  const accepted = acceptedSpans(doc, decisions, suggestions);
  const layers = new Map<Layer, LayerSpans>();
  for (const layer of ['names', 'quotes', 'boilerplate'] as const) layers.set(layer, new LayerSpans(accepted.filter((a) => layerOf(a.label) === layer)));
  const open = suggestions.filter((s) => !decisions.isRejected(s.label, s.start, s.end) && !layers.get(layerOf(s.label))!.overlaps(s));
  return [...accepted, ...open].sort((a, b) => a.start - b.start || b.end - a.end || a.label.localeCompare(b.label));
}

function hasRejections(d: Decisions, suggestions: readonly Span[]): boolean {
  return suggestions.some((s) => d.isRejected(s.label, s.start, s.end));
}

/** Spans of one layer sorted by start, with the running maximum of their ends: overlap tests in O(log n). */
class LayerSpans {
  private readonly maxEnd: number[] = [];
  constructor(private readonly sorted: Span[]) {
    let m = -1;
    for (const sp of sorted) this.maxEnd.push((m = Math.max(m, sp.end)));
  }
  overlaps(s: Span): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1] > s.start;
  }
}

function acceptedSpans(doc: Doc, d: Decisions, suggestions: readonly Span[]): Span[] {
  const byId = new Map(d.annotations.map((a) => [a.id, a]));
  const out: Span[] = [];
  for (const a of d.annotations) {
    if (a.orphan || !isLabel(a.label) || a.end > doc.text.length) continue;
    const same = suggestions.find((s) => s.start === a.start && s.end === a.end && s.label === a.label);
    const span: Span = { start: a.start, end: a.end, label: a.label as Label, text: doc.text.slice(a.start, a.end), annotation: a.id };
    if (a.canonical) span.canonical = a.canonical;
    else if (same?.canonical) span.canonical = same.canonical;
    if (a.value) span.value = a.value;
    else if (same?.value) span.value = same.value;
    if (a.attributes?.includes('Unmarked')) span.unmarked = true;
    if (same?.duplicateOf) span.duplicateOf = same.duplicateOf;
    const sp = a.speaker ? byId.get(a.speaker) : undefined;
    if (sp && !sp.orphan) span.speaker = { start: sp.start, end: sp.end, text: doc.text.slice(sp.start, sp.end), canonical: sp.canonical };
    span.reason = 'accepted by an annotator';
    out.push(span);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
