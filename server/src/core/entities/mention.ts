/** The per-paragraph result of candidate finding and classification. */
import type { EntityLabel } from '../types';
import type { GazKind } from './gazetteer';

/**
 * How sure the paragraph alone is: 0 a name with no label of its own (the document
 * or workspace must supply one), 1 a guess from weak cues, 2 clear evidence
 * (gazetteer, title, organisation head, acronym table, verb of speech …).
 */
export type Strength = 0 | 1 | 2;

export interface Mention {
  /** Offsets in the paragraph, end exclusive. */
  start: number;
  end: number;
  text: string;
  label?: EntityLabel;
  strength: Strength;
  reason: string;
  /** A canonical name known from the paragraph alone (gazetteer, acronym table). */
  canonical?: string;
  /** Opens a sentence or sits in a title-case heading. */
  initial: boolean;
  gazKind?: GazKind;
  acronym?: boolean;
  /** An acronym the paragraph spells out though it reads as a known place (`(NARA)`): the body wherever the document writes it. */
  expands?: boolean;
  /** A capitalised common word (`Telegram`) kept only if a list or an alias promotes it. */
  lexical?: boolean;
  /** The label is a default for an unknown word, not evidence (it casts no vote in a list). */
  guess?: boolean;
  /** A lone unknown word called a person only because a verb of speech is near it: organisations speak too. */
  speechOnly?: boolean;
  /** Several capitalised words called a person only by their shape (no given name, title or verb of saying). */
  shapeOnly?: boolean;
  /** A common word at a sentence start: a name only as the surname of a person named in full. */
  surnameOnly?: boolean;
  /** Capitalised common words mid-sentence (`Whole Foods`): a name only if the document writes them so again and again. */
  phrase?: boolean;
  /** An unknown word and a capitalised common one (`Dylann Roof`): a person only if the document speaks of the common word as one. */
  commonSurname?: boolean;
  /** A town or word named as a sports club (`Newcastle have fined …`): the town's other mentions are the club too. */
  team?: boolean;
  /** A reference's author by surname and initials (`Wu J`): a person, though the initials read as a model's letter. */
  author?: boolean;
  /**
   * A name whose rule gave its canonical name, kept as given: no short form of a longer one (`Cancer Res`, a journal,
   * beside `Clin Cancer Res`; `US Senate` named `United States Senate`).
   */
  ownName?: boolean;
  /** An acronym of common words (`Named Binary Tag (NBT)`) or a work’s title (`the game Minecraft`): no entity anywhere in the document. */
  noEntity?: boolean;
}

/** `Full Name (SHORT)`: the short form names the same entity. Indices into the mention list. */
export interface Alias {
  full: number;
  short: number;
}

/**
 * A state's code or abbreviation the paragraph may name (offsets in the paragraph): a
 * code opening a row of figures, a code or an AP abbreviation after a comma, a party tag.
 */
export interface StateCandidate {
  start: number;
  end: number;
  kind: 'row' | 'after-comma' | 'party' | 'privacy' | 'dotted' | 'postcode';
}

export interface ParagraphEntities {
  mentions: Mention[];
  aliases: Alias[];
  /** Omitted when the paragraph has none. */
  states?: StateCandidate[];
}

export function mention(
  start: number,
  end: number,
  text: string,
  label: EntityLabel | undefined,
  strength: Strength,
  reason: string,
  extra: Partial<Mention> = {},
): Mention {
  return { start, end, text, label, strength, reason, initial: false, ...extra };
}

/** `m` replaces the mentions inside it in the sorted list `ms`, unless a mention crosses or contains it (a longer name holds the words). */
export function replaceUnlessCrossed(ms: Mention[], m: Mention): void {
  if (ms.some((o) => o.start < m.end && m.start < o.end && (o.start < m.start || o.end > m.end))) return;
  replaceInside(ms, m);
}

/** Put `m` in the sorted list `ms` in place of every mention it overlaps, even one crossing its edges. */
export function replaceOverlapping(ms: Mention[], m: Mention): void {
  for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start < m.end && m.start < ms[k].end) ms.splice(k, 1);
  replaceInside(ms, m);
}

/** Put `m` in the sorted list `ms` in place of the mentions it covers. */
export function replaceInside(ms: Mention[], m: Mention): void {
  for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start >= m.start && ms[k].end <= m.end) ms.splice(k, 1);
  let at = 0;
  while (at < ms.length && ms[at].start < m.start) at++;
  ms.splice(at, 0, m);
}
