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

export function withoutWordsWrittenSmall<M extends Mention>(ms: M[], text: string): M[] {
  const cache = new Map<string, boolean>();
  const small = (word: string) => {
    let v = cache.get(word);
    if (v === undefined) {
      const lower = word.toLowerCase();
      const re = new RegExp(`(?<=\\p{Ll}[,;]? )${lower}(?![\\p{L}\\p{N}'’-]|\\.\\p{L})`, 'gu');
      v = (text.match(re)?.length ?? 0) >= TIMES_IN_SMALL_LETTERS;
      cache.set(word, v);
    }
    return v;
  };
  return ms.filter((m) => !(m.strength < 2 && !m.gazKind && !m.acronym && /^\p{Lu}\p{Ll}{2,}$/u.test(m.text) && !isCommonWord(m.text.toLowerCase()) && small(m.text)));
}
