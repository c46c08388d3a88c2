/**
 * The one shape every detector has: take a document (and what is known of the
 * workspace), return typed spans. A new detector is one file in detectors/ and one
 * line in detectors/index.ts.
 */
import type { Doc } from './document';
import type { Label, Span } from './types';
import type { WorkspaceIndex } from './workspace-index';
import type { Memo } from './memo';

export interface DetectContext {
  readonly doc: Doc;
  /** Spans found on this document by the detectors registered before this one. */
  readonly found: readonly Span[];
  /** The corpus as evidence: entities and paragraphs of every indexed document. */
  readonly workspace: WorkspaceIndex;
  /** A cache that outlives this call: key it on paragraph text so an edit redoes only what it touched. */
  readonly memo: Memo;
}

export interface Detector {
  /** Short identifier, also the name of its file (`dates`, `quotes`, …). */
  readonly name: string;
  /** The labels it may return. */
  readonly labels: readonly Label[];
  detect(ctx: DetectContext): Span[];
}
