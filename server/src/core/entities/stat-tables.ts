/**
 * A sport's statistics, as a team's pages print them: the codes in a table of players (`DL`, `CB` on lines of
 * their own, printed again and again) and the units counted in a player's line (`1 sack, 1 TFL, 2 QH, 2 INT`) are
 * no organisations, though written as acronyms.
 */
import type { DocMention } from './resolve';

/** Longest code of a table's column, and how often its line is printed for it to be the table's. */
const MAX_CODE = 3;
const MIN_ROWS = 3;

export function withoutStatCodes(ms: DocMention[], text: string): DocMention[] {
  if (!ms.some(isCode)) return ms;
  // How often each code stands as a line of its own, counted once per code (a document's lines are not all read).
  const rows = new Map<string, number>();
  const rowsOf = (code: string): number => {
    let n = rows.get(code);
    if (n === undefined) rows.set(code, (n = countLines(text, code)));
    return n;
  };
  return ms.filter((m) => !isCode(m) || !(tableCode(m, text, rowsOf) || countedUnit(m, text)));
}

/** An acronym the gazetteers do not know: the only kind a statistic's code can be mistaken for. */
const isCode = (m: DocMention): boolean => !!m.acronym && !m.gazKind && m.text.length <= 4;

/** A whole line of at most three capitals, printed at least three times as a line of its own. */
function tableCode(m: DocMention, text: string, rowsOf: (code: string) => number): boolean {
  const whole = (m.start === 0 || text[m.start - 1] === '\n') && (m.end === text.length || text[m.end] === '\n');
  return whole && m.text.length <= MAX_CODE && rowsOf(m.text) >= MIN_ROWS;
}

/** `1 TFL,`, `2 INT.`: a count right before the acronym and a comma, a full stop or the line's end right after it. */
function countedUnit(m: DocMention, text: string): boolean {
  return /(?<![\p{L}\p{N}.,])\d{1,3} $/u.test(text.slice(Math.max(0, m.start - 5), m.start)) && /^(?:[,.;)]|\n|$)/.test(text.slice(m.end, m.end + 1));
}

/** How many lines of `text` are `code` alone. */
function countLines(text: string, code: string): number {
  let n = 0;
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    if ((at === 0 || text[at - 1] === '\n') && (at + code.length === text.length || text[at + code.length] === '\n')) n++;
  }
  return n;
}
