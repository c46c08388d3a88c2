/**
 * Prose hard-wrapped into short lines (an OCR'd press release, a text copied from a PDF,
 * a blank line after every line): each line alone looks like a label or a heading, though
 * together they make sentences. A line that breaks off mid-sentence — after a small word or a
 * comma, or before a line opening in lower case — joins the next; a chain of three lines or
 * more, or of two ending a sentence, with a dozen words at least, is the article's prose.
 */
import type { Paragraph } from '../types';
import { inCapitals } from '../text';

/** Words a sentence never ends on: a line ending with one runs on to the next. */
const RUNS_ON = /(?:^|\s)(?:the|a|an|and|or|but|of|to|in|on|at|by|for|with|from|as|that|which|who|is|are|was|were|be|will|would|has|have|had|its|their|his|her|our|this|these|those)$/i;
/** A line that ends a sentence. */
const ENDS_SENTENCE = /[.!?…]["”’»)]?$/u;
/** Words a chain needs to be prose. */
const MIN_WORDS = 12;
/** One blank line between two lines. */
const DOUBLE_SPACED = /^[ \t]*\r?\n[ \t]*\r?\n[ \t]*$/;
/** How a line of prose opens. */
const OPENS = /^["“‘'(]?[\p{L}\p{N}]/u;
/** A list's item marker (`a.`, `b)`). */
const LIST_MARK = /^\p{L}[.)]\s/u;
/** A label and a telephone number. */
const CONTACT = /:[\s\u00a0]*\(?\+?\d/;
/** Words each line but the last of a chain holds. */
const MIN_LINE_WORDS = 4;

/** A line of some length in capitals. */
const shouted = (line: string) => line.length >= 8 && inCapitals(line);

/** Indices of the paragraphs that are lines of hard-wrapped prose. */
export function wrappedProse(paras: readonly Paragraph[], text: string): Set<number> {
  const out = new Set<number>();
  const filled: number[] = [];
  for (let i = 0; i < paras.length; i++) if (paras[i].text.trim()) filled.push(i);
  // A text mostly in capitals: its lines in capitals are its prose, not headings.
  // (Counted once, when a first pair of lines in capitals asks.)
  let capitals: boolean | undefined;
  const mostlyCapitals = () => {
    const long = filled.filter((i) => paras[i].text.trim().split(/\s+/).length >= MIN_LINE_WORDS);
    return (capitals ??= long.length > 0 && long.filter((i) => shouted(paras[i].text)).length * 2 > long.length);
  };
  let chain: number[] = [];
  let words = 0;
  const close = () => {
    const lastText = chain.length ? paras[chain[chain.length - 1]].text.trim() : '';
    if (words >= MIN_WORDS && (chain.length >= 3 || (chain.length === 2 && ENDS_SENTENCE.test(lastText)))) for (const i of chain) out.add(i);
    chain = [];
    words = 0;
  };
  for (let k = 0; k < filled.length; k++) {
    const i = filled[k];
    const j = filled[k + 1];
    // Double-spaced, as OCR and PDF text prints it: one blank line after each line. Tested first, on the gap alone:
    // most pages are single-spaced, and this runs on every keystroke.
    const spaced = j !== undefined && DOUBLE_SPACED.test(text.slice(paras[i].end, paras[j].start));
    if (!spaced && !chain.length) continue;
    const t = paras[i].text.trim();
    chain.push(i);
    const n = t.split(/\s+/).length;
    words += n;
    const next = spaced ? paras[j].text.trim() : '';
    // A menu's items in lower case are no sentence: each line of prose holds a few words (the last may be short),
    // and opens with a letter, a figure or a quote mark (no bullet, no list's `a.`).
    // Nor a contact's line, a label then a number (`Minister's Office: (02) 6277 7500`).
    // In a text mostly in capitals (an old release read by OCR) no line opens in lower case: two such lines of a few words run on.
    const runsOn = spaced && n >= MIN_LINE_WORDS && OPENS.test(t) && OPENS.test(next) && !LIST_MARK.test(next) && !CONTACT.test(t) && !CONTACT.test(next) && !ENDS_SENTENCE.test(t) && (RUNS_ON.test(t) || /,$/.test(t) || /^\p{Ll}/u.test(next) || (shouted(t) && shouted(next) && next.split(/\s+/).length >= MIN_LINE_WORDS && mostlyCapitals()));
    if (!runsOn) close();
  }
  close();
  return out;
}
