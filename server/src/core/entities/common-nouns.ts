/**
 * `Tarot itself is a simple game` in a text that speaks of `a deck of tarot cards` and `the tarot`: a word the
 * document writes in small letters inside its sentences is one of the language there, though no dictionary of ours
 * has it; capitalised at a sentence's or a title's start it is still that word, no name. Clear evidence (a title, a
 * known body, the gazetteer) keeps a name.
 */
import type { Mention } from './mention';
import { isCommonWord } from './lexicon';

/** How often the document must write the word in small letters, after another word in small letters. */
const TIMES_IN_SMALL_LETTERS = 2;

/** A word in small letters after another one (a comma or a semicolon between), not part of a longer word or a domain. */
const SMALL_WORD = /(?<=\p{Ll}[,;]? )\p{Ll}{3,}(?![\p{L}\p{N}'’-]|\.\p{L})/gu;

/** A capitalised word that only a guess or weak evidence names, and no dictionary of ours has. */
const candidate = (m: Mention) => m.strength < 2 && !m.gazKind && !m.acronym && /^\p{Lu}\p{Ll}{2,}$/u.test(m.text) && !isCommonWord(m.text.toLowerCase());

export function withoutWordsWrittenSmall<M extends Mention>(ms: M[], text: string): M[] {
  const wanted = new Set(ms.filter(candidate).map((m) => m.text.toLowerCase()));
  if (!wanted.size) return ms;
  // One pass over the text, counting only the words asked about.
  const counts = new Map<string, number>();
  for (const x of text.matchAll(SMALL_WORD)) if (wanted.has(x[0])) counts.set(x[0], (counts.get(x[0]) ?? 0) + 1);
  if (!counts.size) return ms;
  return ms.filter((m) => !(candidate(m) && (counts.get(m.text.toLowerCase()) ?? 0) >= TIMES_IN_SMALL_LETTERS));
}
