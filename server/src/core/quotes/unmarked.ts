/**
 * Quotations whose marks were lost in scraping. Two shapes:
 * - a dangling closing mark (`…our peoples," Xi said`): the quotation runs from the
 *   start of the paragraph, or of the sentence after a lead-in, to the mark;
 * - both marks lost at the paragraph's end (`…if adopted, said Omarov.`): the quotation
 *   is the clause before `, said NAME.` — accepted only where the clause reads as direct
 *   speech (first person, or several sentences before an inverted `said NAME`), so that
 *   reported speech (`…, Smith said.`, `X said that …`) is left alone.
 */
import { AUX, FIRST_PERSON_RE, SAY_VERB, SPEECH_VERB } from './lexicon';
import { countWords, sentenceRanges, skipSpace, type Range } from './sentences';
import { subjectAhead, type Mentions } from './subjects';

const ATTRIBUTION_SENTENCE = [
  new RegExp(`[,"”’»]\\s*(?:[\\p{L}.’'-]+\\s+){1,5}(?:${AUX}\\s+){0,2}${SAY_VERB}\\s*[.!]\\s*$`, 'iu'),
  new RegExp(`[,"”’»]\\s*${SAY_VERB}\\s+(?:[\\p{L}.’'-]+\\s*){1,6}[.!]\\s*$`, 'iu'),
];
const COLON_LEAD = new RegExp(`\\b${SPEECH_VERB}\\b[^.:;"“”«»]{0,40}:\\s*`, 'gi');

/** Is this sentence an attribution (`…, Xi said.`, `…," said the President.`)? */
export function isAttributionSentence(sentence: string): boolean {
  return ATTRIBUTION_SENTENCE.some((re) => re.test(sentence));
}

/**
 * Where a quotation that lost its opening mark starts, given that it ends at `before`:
 * after the last lead-in (an attribution sentence or `said:`), else the paragraph start.
 */
export function leadInStart(text: string, before: number, sentences: readonly Range[]): number {
  // Look back at most LOOKBACK sentences: keeps a huge one-line paragraph linear.
  let i = sentences.length - 1;
  while (i >= 0 && sentences[i].end > before) i--;
  const floor = Math.max(0, i - LOOKBACK);
  let b = 0;
  for (let j = i; j >= floor; j--) {
    const s = sentences[j];
    if (isAttributionSentence(text.slice(s.start, s.end))) {
      b = s.end;
      break;
    }
  }
  const from = i >= 0 ? sentences[floor].start : 0;
  const head = text.slice(from, before);
  COLON_LEAD.lastIndex = 0;
  for (let m = COLON_LEAD.exec(head); m; m = COLON_LEAD.exec(head)) b = Math.max(b, from + m.index + m[0].length);
  return skipSpace(text, b);
}

const LOOKBACK = 50;

export interface LostMarks extends Range {
  /** Where the attribution after the quotation starts (the comma). */
  attributionFrom: number;
}

const VERB_FIRST = new RegExp(`,\\s+${SAY_VERB}\\s+(?=[^,;:"“”«»]{1,80}[.!]\\s*$)`, 'gi');
const NAME_FIRST = new RegExp(`,\\s+(?=[^,;:"“”«»]{1,60}?\\s+(?:${AUX}\\s+){0,2}${SAY_VERB}\\s*[.!]\\s*$)`, 'gi');

/** A quotation at the end of the paragraph that lost both its marks, if the shape says so. */
export function lostBothMarks(text: string, mentions: Mentions, taken: readonly Range[]): LostMarks | undefined {
  const shape = matchShape(text, mentions);
  if (!shape) return undefined;
  const { comma, subjectKind, verbFirst } = shape;
  const sentences = sentenceRanges(text, taken);
  let start = leadInStart(text, comma, sentences);
  if (taken.some((q) => q.end > start && !(q.start >= start && q.end <= comma))) return undefined;
  // `“We are empowered …” That allows … red tape, she said.`: a quote with its own marks before the lead-in is none of it.
  const before = taken.filter((q) => q.start >= start && q.end <= comma).reduce((e, q) => Math.max(e, q.end), start);
  if (before > start) start = before + (/^\s*/.exec(text.slice(before))?.[0].length ?? 0);
  const clause = text.slice(start, comma);
  if (countWords(clause) < 4 || /["“”«»]/.test(clause.slice(-2))) return undefined;
  const firstPerson = FIRST_PERSON_RE.test(clause);
  const severalSentences = sentenceRanges(clause, []).length >= 2;
  const named = subjectKind === 'mention' || subjectKind === 'unknown';
  const ok = firstPerson || (verbFirst && named && severalSentences);
  return ok ? { start, end: comma, attributionFrom: comma } : undefined;
}

function matchShape(text: string, mentions: Mentions) {
  const end = text.replace(/\s+$/, '').length;
  const dot = end - 1;
  for (const [re, verbFirst] of [[VERB_FIRST, true], [NAME_FIRST, false]] as const) {
    re.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(text); m; m = re.exec(text)) last = m;
    if (!last) continue;
    const s = subjectAhead(text, last.index + last[0].length, mentions);
    if (!s) continue;
    // The subject must run up to the final stop (`said Omarov.`) or up to the verb.
    const tail = text.slice(s.end, dot);
    if (verbFirst ? tail.trim() !== '' : !new RegExp(`^\\s+(?:${AUX}\\s+){0,2}${SAY_VERB}\\s*$`, 'i').test(tail)) continue;
    return { comma: last.index, subjectKind: s.attribution.kind, verbFirst };
  }
  return undefined;
}
