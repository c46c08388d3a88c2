/**
 * `a paper published in Biochemical Society Transactions`, `papers featured in Science and Nature`, `a third paper in
 * Nature`: the title a paper or a study is published in is a journal's, an organisation, though its words are common
 * ones. Not a place (`published in London`), not a person.
 */
import type { Mention } from './mention';

/** Right before the title: `published in`, `a paper in`, `papers were (prominently) featured in` (not `featured in` a film). */
const PUBLISHED_IN = /(?:\bpublished|\b(?:paper|papers|study|studies|article|articles)(?:[ \t]+(?:was|were|is|are))?(?:[ \t]+\p{Ll}+ly)?[ \t]+featured|\b(?:paper|papers|study|article))[ \t]+in[ \t]+$/u;
/** Another title after the first: `Science and Nature`. */
const AND_AFTER = /^[ \t]+and[ \t]+$/;

export function markJournals(text: string, mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!isTitle(m) || !PUBLISHED_IN.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    asJournal(m);
    const next = mentions[k + 1];
    if (next && isTitle(next) && AND_AFTER.test(text.slice(m.end, next.start))) asJournal(next);
  }
}

function isTitle(m: Mention): boolean {
  return !m.gazKind && m.label !== 'NORP' && m.label !== 'PLACE' && !(m.label === 'PERSON' && m.strength === 2) && !m.noEntity;
}

function asJournal(m: Mention): void {
  Object.assign(m, { label: 'ORG', strength: 2, reason: 'the journal a paper is published in', lexical: false, guess: false, phrase: false, surnameOnly: false });
}
