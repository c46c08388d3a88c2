/**
 * `var form = new FormData(…)`, `throws TypeError`, `combined with ServiceWorkers`: in a page that shows a program's
 * code, a word in camel case that only a guess or its spelling labels names a part of the program (a class, an interface, a call), no
 * person, body or place. A body the text gives evidence for keeps its name (`FortiGuard Labs`).
 * `SELECT AVG(entries) … ORDER BY period DESC`: in a database query the page shows, a word in capitals read as an
 * acronym alone is the query language's (a function, a keyword), no body.
 */
import { isProgramCode } from '../text';
import type { Mention } from './mention';
import { ACRONYM_GUESS, CAMEL_CASE_BRAND } from './piece';

/** Lines of code a page shows at least, so that its camel-case words are read as the program's. */
const PROGRAM_LINES = 2;

/** One word in camel case: a capital inside after a small letter (`FormData`), or capitals run into small letters (`URLSearchParams`). */
const CAMEL_CASE = /^(?:\p{Lu}+\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)$/u;

/** Adds to `noEntities` the camel-case words that only a guess or their spelling labels, when the page shows a program's code. */
export function programNames(ms: readonly Mention[], text: string, noEntities: Set<string>): void {
  if (!ms.some((m) => CAMEL_CASE.test(m.text)) || !showsProgram(text)) return;
  for (const m of ms) if ((!m.label || m.guess || m.reason === CAMEL_CASE_BRAND) && !m.gazKind && CAMEL_CASE.test(m.text)) noEntities.add(m.text);
}

/** The page shows lines of a program's code: each line holding a semicolon is read once (a statement's line holds one). */
function showsProgram(text: string): boolean {
  let lines = 0;
  for (let at = text.indexOf(';'); at >= 0; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    if (isProgramCode(text.slice(start, end)) && ++lines >= PROGRAM_LINES) return true;
    at = text.indexOf(';', end);
  }
  return false;
}

/** A database query written out: `SELECT … FROM`, `INSERT INTO … VALUES`, `UPDATE … SET`, `CREATE TABLE` (in capitals, as queries are written). */
const QUERY = /\bSELECT\b.*\bFROM\b|\bINSERT INTO\b.*\bVALUES\b|\bUPDATE\s+\S+\s+SET\b|\bCREATE (?:TABLE|INDEX|VIEW)\b/;

/** Adds to `noEntities` the words in capitals that only the acronym guess labels, when they stand in a line of a database query. */
export function queryWords(ms: readonly Mention[], text: string, noEntities: Set<string>): void {
  if (!text.includes('SELECT') && !text.includes('INSERT') && !text.includes('UPDATE') && !text.includes('CREATE')) return;
  let lineStart = -1;
  let query = false;
  for (const m of ms) {
    if (m.reason !== ACRONYM_GUESS || m.gazKind) continue;
    const start = text.lastIndexOf('\n', m.start) + 1;
    if (start !== lineStart) {
      const next = text.indexOf('\n', m.end);
      lineStart = start;
      query = QUERY.test(text.slice(start, next < 0 ? text.length : next));
    }
    if (query) noEntities.add(m.text);
  }
}
