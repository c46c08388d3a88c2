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

/** A capitalised word that only a guess or weak evidence names, and no dictionary of ours has. */
const candidate = (m: Mention) => m.strength < 2 && !m.gazKind && !m.acronym && /^\p{Lu}\p{Ll}{2,}$/u.test(m.text) && !isCommonWord(m.text.toLowerCase());

export function withoutWordsWrittenSmall<M extends Mention>(ms: M[], text: string): M[] {
  const wanted = new Set(ms.filter(candidate).map((m) => m.text.toLowerCase()));
  if (!wanted.size) return ms;
  // Each word asked about is looked for where it is written (a scan of every small word of the text costs more).
  const small = new Set<string>();
  for (const w of wanted) if (timesInSmallLetters(text, w) >= TIMES_IN_SMALL_LETTERS) small.add(w);
  if (!small.size) return ms;
  return ms.filter((m) => !(candidate(m) && small.has(m.text.toLowerCase())));
}

/** How often (up to the count that matters) `w`, in small letters, is written after another word in small letters. */
function timesInSmallLetters(text: string, w: string): number {
  let n = 0;
  for (let i = text.indexOf(w); i >= 0 && n < TIMES_IN_SMALL_LETTERS; i = text.indexOf(w, i + 1)) {
    if (text[i - 1] !== ' ') continue;
    const before = LOWER.test(text[i - 2] ?? '') || (/[,;]/.test(text[i - 2] ?? '') && LOWER.test(text[i - 3] ?? ''));
    const end = i + w.length;
    if (before && !WORD_GOES_ON.test(text.slice(end, end + 2))) n++;
  }
  return n;
}

const LOWER = /^\p{Ll}$/u;
/** After the word: more of a word, or a domain's dot and letter (`tarot.com`). */
const WORD_GOES_ON = /^(?:[\p{L}\p{N}'’-]|\.\p{L})/u;
