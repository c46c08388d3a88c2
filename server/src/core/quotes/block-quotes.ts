/**
 * Block quotes whose marks were lost with the page's layout: a scraped page sets a long
 * quotation apart as its own paragraph, and the plain text keeps only its words
 * (`I've been building relationships … for years with the founders …`). Such a
 * paragraph is in the first person, has no quote mark and no verb of saying, and comes
 * right after a paragraph that reports someone's speech (`…, Zuckerberg said at the
 * trial.`) or after another such block.
 *
 * A writer's own first person must not be taken for one: when any first-person
 * paragraph of the document does not follow reported speech, the document is written
 * in the first person (a column, a letter) and none of its paragraphs is a block quote.
 */
import { FIRST_PERSON_RE, SPEECH_VERB } from './lexicon';
import { countWords } from './sentences';

const ANY_MARK = /["“”„«»‹›]|(?:^|[\s([{])['‘]|['’](?=[\s.,;:!?)\]}]|$)/u;
const QUOTED = /["“„«][^"“”„«»]*["”»]|‘[^‘’]*’/gu;
const REPORTS = new RegExp(`\\b(?:${SPEECH_VERB}|according to)\\b`, 'i');

/** Fewer words than this is a caption, a heading or a pull quote, not a quoted passage. */
const MIN_WORDS = 12;

/** Indices of the paragraphs that are block quotes with their marks lost. */
export function blockQuoteParagraphs(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  let afterReport = false;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i].trim();
    const outside = t.replace(QUOTED, ' ');
    const firstPerson = FIRST_PERSON_RE.test(outside);
    const prose = /[.!?]$/.test(t) && countWords(t) >= MIN_WORDS;
    const block = firstPerson && prose && !ANY_MARK.test(t) && !REPORTS.test(t);
    if (firstPerson && prose && !afterReport && !REPORTS.test(outside)) return new Set();
    if (block && afterReport) out.add(i);
    afterReport = block ? afterReport : REPORTS.test(outside) && !firstPerson;
  }
  return out;
}
