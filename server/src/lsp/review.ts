/**
 * The spans an annotator sees in a document: its latest analysis reviewed against its
 * decisions (accepted annotations, rejections). Cached per analysis and decision version.
 */
import type { Analysis } from '../core/analyzer';
import { review } from '../core/review';
import type { AnnotationFiles } from './annotations/annotation-files';
import type { Workspace } from './workspace';

const cache = new WeakMap<Analysis, { version: number; reviewed: Analysis }>();

export function reviewed(workspace: Workspace, annotations: AnnotationFiles, key: string): Analysis | undefined {
  const analysis = workspace.analysis(key);
  return analysis && reviewOf(analysis, annotations, key);
}

export function reviewOf(analysis: Analysis, annotations: AnnotationFiles, key: string): Analysis {
  const store = annotations.get(key)?.store;
  const version = store?.version ?? -1;
  const hit = cache.get(analysis);
  if (hit && hit.version === version) return hit.reviewed;
  const result = { ...analysis, spans: review(analysis.doc, analysis.spans, store) };
  cache.set(analysis, { version, reviewed: result });
  return result;
}
