/**
 * An interview printed as turns, each opening with its speaker's initials (`OW It's a jaw-dropping thing …`,
 * `AD Oh, Fitz.`): the initials name their speakers, no bodies, so those opening a turn are no entity.
 */
import type { Mention } from './mention';

/** Two or three capitals opening a line (after a colon or not), then a sentence ending the line or of five words or more: a turn. */
const TURN = /^[ \t]*(\p{Lu}{2,3}):?[ \t]+(?=(?:\p{Lu}\p{Ll}|I\b|\()(?![^\s:]*:)(?:[^\n]*[.!?…][)"”’]*[ \t]*$|(?:\S+[ \t]+){4}\S))/gmu;
/** Turns each speaker must take, and speakers, for the page to be such an interview. */
const MIN_TURNS = 2;
const MIN_SPEAKERS = 2;

/** The mentions but the initials opening an interview's turns. */
export function withoutInterviewInitials<M extends Mention>(ms: M[], text: string): M[] {
  const turns = new Map<string, number[]>();
  for (const x of text.matchAll(TURN)) {
    const at = x.index + x[0].indexOf(x[1]);
    const list = turns.get(x[1]) ?? [];
    list.push(at);
    turns.set(x[1], list);
  }
  // A speaker's initials stand nowhere else in the page (not `TMZ Live: …` of a site named TMZ).
  const speakers = [...turns.entries()].filter(([initials, l]) => l.length >= MIN_TURNS && (text.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${initials}(?![\p{L}\p{N}])`, 'gu'))?.length ?? 0) === l.length).map(([, l]) => l);
  if (speakers.length < MIN_SPEAKERS) return ms;
  const openings = new Set(speakers.flat());
  return ms.filter((m) => !openings.has(m.start) || !turns.has(m.text));
}
