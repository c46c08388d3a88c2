/** Picking spans for presentation: the ones under a cursor, counts per label. */
import type { Label, Span } from '../types';

/** Spans covering `offset` (the character after it), innermost first. */
export function spansAt(spans: readonly Span[], offset: number): Span[] {
  return spans.filter((s) => s.start <= offset && offset < s.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** How many spans carry each label. */
export function countByLabel(spans: readonly Span[]): Partial<Record<Label, number>> {
  const out: Partial<Record<Label, number>> = {};
  for (const s of spans) out[s.label] = (out[s.label] ?? 0) + 1;
  return out;
}

/**
 * Split overlapping segments of one line into disjoint runs, the innermost (shortest)
 * segment winning where they overlap — semantic tokens may not overlap. Input segments
 * are `[start, end, kind]` with `start < end`; output is sorted by start.
 */
export function flattenSegments<K>(segments: readonly (readonly [number, number, K])[]): [number, number, K][] {
  if (segments.length <= 1) return segments.map(([s, e, k]) => [s, e, k]);
  const cuts = [...new Set(segments.flatMap(([s, e]) => [s, e]))].sort((a, b) => a - b);
  const out: [number, number, K][] = [];
  let last: (readonly [number, number, K]) | undefined;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    let best: (readonly [number, number, K]) | undefined;
    for (const seg of segments) if (seg[0] <= a && b <= seg[1] && (!best || seg[1] - seg[0] < best[1] - best[0])) best = seg;
    const prev = out[out.length - 1];
    if (best && prev && last === best && prev[1] === a) prev[1] = b;
    else if (best) out.push([a, b, best[2]]);
    last = best;
  }
  return out;
}
