/**
 * The analysis core's plain data. Offsets are JavaScript string (UTF-16) indices into
 * the document text, end exclusive; conversion to brat code points or LSP positions
 * happens only at the edges (see document.ts).
 */

export const ENTITY_LABELS = ['PERSON', 'ORG', 'PLACE', 'NORP'] as const;
export const DATE_LABELS = ['DATE', 'TIME'] as const;
export const LABELS = [...ENTITY_LABELS, ...DATE_LABELS, 'QUOTE', 'BOILERPLATE'] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type DateLabel = (typeof DATE_LABELS)[number];
export type Label = (typeof LABELS)[number];

export function isLabel(s: string): s is Label {
  return (LABELS as readonly string[]).includes(s);
}
export function isEntityLabel(s: string): s is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(s);
}

/** A place in another (or the same) document. */
export interface SpanRef {
  uri: string;
  start: number;
  end: number;
}

/** One typed span found in a document. Fields beyond `label` depend on the label. */
export interface Span {
  start: number;
  end: number;
  label: Label;
  /** The covered text, `doc.text.slice(start, end)`. */
  text: string;
  /** Entities: the canonical name of the entity this mention belongs to. */
  canonical?: string;
  /** DATE/TIME: ISO 8601 / TIMEX3 value (`2022-09-27`, `2023-11-22T17:31`, `2024/2026`, `XXXX-02-06`). */
  value?: string;
  /** DATE/TIME: what a relative or partial expression was resolved against (e.g. `dateline 2023-11-22`). */
  anchor?: string;
  /** QUOTE: the mention naming the speaker, if the text gives one. */
  speaker?: { start: number; end: number; text: string; canonical?: string };
  /** QUOTE: an opening or closing mark was lost. */
  unmarked?: boolean;
  /** QUOTE: the marks are unbalanced (an opening mark with no closing one, or the reverse). */
  unbalanced?: boolean;
  /** BOILERPLATE: the earlier occurrence(s) this line repeats (brat attribute `Duplicate`). */
  duplicateOf?: SpanRef[];
  /** Why the detector decided so, in a few words (shown in hovers and diagnostics). */
  reason?: string;
  /** Set when the span is an annotator's accepted annotation: its brat id (`T12`). Unset: a suggestion. */
  annotation?: string;
}

/** A run of text between line breaks; detectors work paragraph by paragraph. */
export interface Paragraph {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, line break excluded. */
  end: number;
  text: string;
  /** Zero-based index of the paragraph's first line. */
  line: number;
}
