/**
 * Block quotes whose marks were lost with the page's layout: a scraped page sets a long
 * quotation apart as its own paragraph, and the plain text keeps only its words
 * (`I've been building relationships … for years with the founders …`). Such a
 * paragraph is in the first person, has no quote mark and no verb of saying, and comes
 * right after a paragraph that reports someone's speech (`…, Zuckerberg said at the
 * trial.`) or after another such block.
 *
 * A paragraph ending `X wrote in a blog post:` opens one too: the paragraphs after it
 * with no mark and no verb of saying are the quotation, until the narration resumes.
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

/** How many paragraphs a quotation introduced by `X wrote:` may run over. */
const MAX_LED = 12;

/** Indices of the paragraphs that are block quotes with their marks lost. */
export function blockQuoteParagraphs(texts: readonly string[]): Set<number> {
  const out = firstPersonBlocks(texts);
  // `Askar wrote in a blog post:` and then paragraphs with no mark: the post, quoted, until the narration resumes.
  for (let i = 0; i + 1 < texts.length; i++) {
    const lead = texts[i].trim();
    if (!lead.endsWith(':') || !REPORTS.test(lead.replace(QUOTED, ' ')) || countWords(lead) < 3) continue;
    for (let j = i + 1; j < texts.length && j <= i + MAX_LED; j++) {
      const t = texts[j].trim();
      if (!t) continue;
      if (ANY_MARK.test(t) || REPORTS.test(t) || countWords(t) < LED_MIN_WORDS || !/[.!?]$/.test(t)) break;
      out.add(j);
    }
  }
  return out;
}

/** A paragraph shorter than this after `X wrote:` is a heading or a caption, and ends the quotation. */
const LED_MIN_WORDS = 6;

function firstPersonBlocks(texts: readonly string[]): Set<number> {
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
