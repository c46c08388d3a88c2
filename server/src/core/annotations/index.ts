/** The annotation store: an annotator's decisions on a document, kept as brat standoff. */
export { AnnotationStore } from './store';
export type { AnchorReport, Annotation, Rejection } from './model';
export { annTarget, validateAnn, type AnnProblem } from './validate';
export { occurrences } from './occurrences';
export { mapSpan } from './edit-map';
