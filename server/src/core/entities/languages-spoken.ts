/**
 * `We didn’t speak English`, `I don’t speak ancient Greek`, `their command of English`, `associate professor of English`,
 * `In Cree we’d say …`, `In French, un bureau …`: a people's word that a verb of speaking, learning or teaching, a
 * language's noun or a clause's `In … ,` makes a language is no people (the golds annotate no language). Not before a noun
 * (`speaking English teachers`, `in Chinese Han population`).
 */
import type { Mention } from './mention';

/** What makes the word after it a language's name. */
const LANGUAGE_BEFORE = /(?:\b(?:speaks?|spoke|spoken|speaking|learn(?:s|ed|ing|t)?|teach(?:es|ing)?|taught|fluent in|command of|translated (?:from|into)|written in|professors? of|lecturers? in|teachers? of|ancient)|(?:^|[.!?]\s+|\n)In)[ \t]+$/;
/** Not a noun after it: the end of a clause, a function word, or a pronoun opening what is said in the language (a wider list than a newspaper's `NO_NOUN_AFTER`, vocabulary.ts, which a verb of saying may follow). */
const NOT_BEFORE_NOUN = /^(?:[ \t]*[,.;:!?)]|[ \t]+(?:and|or|but|though|too|as|at|with|we|they|you|I|is|was|did|does|do|have|had|has|that|which|because|when|so|well|fluently|either)\b|[ \t]*$|[ \t]*\n)/;

export function withoutLanguagesSpoken<M extends Mention>(ms: M[], text: string): M[] {
  return ms.filter((m) => !(m.label === 'NORP' && /^\p{Lu}\p{Ll}+$/u.test(m.text) && LANGUAGE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && NOT_BEFORE_NOUN.test(text.slice(m.end, m.end + 12))));
}
