import { Doc } from '../../../server/src/core/document';
import { Memo } from '../../../server/src/core/memo';
import { WorkspaceIndex } from '../../../server/src/core/workspace-index';
import { boilerplateDetector } from '../../../server/src/core/detectors/boilerplate';
import type { Span } from '../../../server/src/core/types';

/** Run the boilerplate detector on `lines` (joined with \n), after `found` spans of earlier detectors, and index the result. */
export function detect(lines: string[], uri = 'mem:doc', index = new WorkspaceIndex(), found: (doc: Doc) => Span[] = () => []): { doc: Doc; spans: Span[] } {
  const doc = new Doc(uri, lines.join('\n'));
  const spans = boilerplateDetector.detect({ doc, found: found(doc), workspace: index, memo: new Memo() });
  index.update(doc, spans);
  return { doc, spans };
}

/** Zero-based line numbers of the BOILERPLATE spans. */
export function boilerplateLines(r: { doc: Doc; spans: Span[] }): number[] {
  return r.spans.filter((s) => s.label === 'BOILERPLATE').map((s) => r.doc.positionAt(s.start).line);
}

/** The span on line `n`, if any. */
export function onLine(r: { doc: Doc; spans: Span[] }, n: number): Span | undefined {
  return r.spans.find((s) => r.doc.positionAt(s.start).line === n);
}

/** A paragraph of article prose (over 12 words, ending with a period). */
export function prose(topic: string): string {
  return `The government said on Monday that ${topic} would be discussed at length by ministers during the next session of parliament.`;
}
