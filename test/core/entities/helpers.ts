import { Analyzer, Doc } from '../../../server/src/core/analyzer';
import { entitiesDetector } from '../../../server/src/core/detectors/entities';
import type { Span } from '../../../server/src/core/types';

/** Entity spans of each text, analysed together as one workspace (two passes). */
export function analyse(...texts: string[]): Span[][] {
  const an = new Analyzer([entitiesDetector]);
  return an.analyzeCorpus(texts.map((t, k) => new Doc(`file:///doc${k}.txt`, t))).map((a) => a.spans);
}

/** `LABEL:surface` for every entity of one text. */
export function labelled(text: string): string[] {
  return analyse(text)[0].map((s) => `${s.label}:${s.text}`);
}

/** `surface → canonical` for every entity of the last text, the others being the workspace. */
export function canonicals(...texts: string[]): string[] {
  const spans = analyse(...texts);
  return spans[spans.length - 1].map((s) => `${s.text} → ${s.canonical}`);
}
