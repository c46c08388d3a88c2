/**
 * An annotator's decisions on one document, as plain data: accepted annotations (brat
 * text-bound annotations with their notes, attributes and speaker links) and the
 * suggestions they rejected. Offsets are UTF-16 indices into the document's current text.
 */

export interface Annotation {
  /** brat id (`T12`): kept across loads and saves; new ones take the next free number. */
  id: string;
  /** Normally a Label; labels of other schemes read from a file are kept as they are. */
  label: string;
  start: number;
  end: number;
  /** The text covered (kept equal to `text.slice(start, end)` while anchored). */
  text: string;
  /** brat `N… Reference Tn canon:NAME`. */
  canonical?: string;
  /** brat `N… Reference Tn timex:VALUE`. */
  value?: string;
  /** The id of the speaker's annotation (brat `R… Speaker Arg1:Tquote Arg2:Tspeaker`). */
  speaker?: string;
  /** brat attributes on it: `Unmarked`, `Duplicate`, or `Name=Value`. */
  attributes?: string[];
  /** Other normalisation references (`Wikidata:Q123`), kept as read. */
  references?: { ref: string; text: string }[];
  /** Set when it could not be placed in the text: why. Kept and written back unchanged, never dropped. */
  orphan?: string;
  /** An orphan's offsets as the file gave them (brat code points, fragments included), to write back. */
  fileOffsets?: string;
}

/** A suggestion the annotator rejected: it is not suggested again. */
export interface Rejection {
  label: string;
  start: number;
  end: number;
  text: string;
}

/** What anchoring did to an annotation whose text was not where the file said. */
export interface AnchorReport {
  id: string;
  /** 0-based line of the annotation in the `.ann` as read (or -1 when it was not read from a file). */
  line: number;
  kind: 'moved' | 'orphan';
  message: string;
}

/** A relation other than Speaker, kept as read (dropped when one of its arguments is). */
export interface OtherRelation {
  type: string;
  args: [string, string][];
}
