/**
 * Runs the registered detectors over a document, in order, with the workspace as
 * evidence, and keeps the index current. The same analyzer serves the language
 * server (one document per edit) and the command line (a whole corpus).
 */
import { Doc } from './document';
import type { Detector } from './detector';
import { DETECTORS } from './detectors';
import { Memo } from './memo';
import type { Span } from './types';
import { WorkspaceIndex } from './workspace-index';

export interface Analysis {
  doc: Doc;
  spans: Span[];
  /** The index generation the analysis saw. */
  generation: number;
}

export class Analyzer {
  readonly index: WorkspaceIndex;
  private readonly memos = new Map<string, Memo>();

  constructor(
    readonly detectors: readonly Detector[] = DETECTORS,
    index?: WorkspaceIndex,
  ) {
    this.index = index ?? new WorkspaceIndex();
  }

  /** Analyse one document and record the result in the index. */
  analyze(doc: Doc): Analysis {
    const generation = this.index.generation;
    const found: Span[] = [];
    for (const detector of this.detectors) {
      const spans = detector.detect({ doc, found, workspace: this.index, memo: this.memoFor(detector.name) });
      for (const s of spans) found.push(s);
    }
    found.sort(compareSpans);
    this.index.update(doc, found);
    return { doc, spans: found, generation };
  }

  /**
   * Analyse a whole corpus with every document as evidence for every other: a first
   * pass fills the index, a second pass re-reads each document against it.
   */
  analyzeCorpus(docs: readonly Doc[]): Analysis[] {
    for (const d of docs) this.analyze(d);
    return docs.map((d) => this.analyze(d));
  }

  private memoFor(name: string): Memo {
    let m = this.memos.get(name);
    if (!m) this.memos.set(name, (m = new Memo()));
    return m;
  }
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.label.localeCompare(b.label);
}

export { Doc };
