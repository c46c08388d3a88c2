/**
 * `Rochdale Coroners' Court`, `Manchester Magistrates’ Court`, `Glasgow Sheriff Court`: a town and a court of the kind
 * its holders' possessive (or `Sheriff`) names, one body, though the possessive and the title part the words elsewhere.
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import { FUNCTION_WORDS } from './vocabulary';

export const COURT_TEST = /(?:s['’]|Sheriff) Court\b/;
const COURT = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}+[ -]){1,2}(?:Coroners['’]|Coroner['’]s|Magistrates['’]|Sheriff) Court(?![\p{L}\p{N}])/gu;

export function townsCourts(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(COURT)) {
    // (`The Sheriff Court`, `Then Glasgow Sheriff Court`: a function word opening the sentence is no town's.)
    const first = /^\p{L}+[ -]/u.exec(x[0])![0];
    const start = FUNCTION_WORDS.has(first.slice(0, -1).toLowerCase()) ? x.index + first.length : x.index;
    const end = x.index + x[0].length;
    if (/^(?:Coroners|Coroner|Magistrates|Sheriff)\b/.test(text.slice(start, end))) continue;
    replaceOverlapping(ms, mention(start, end, text.slice(start, end), 'ORG', 2, 'a town’s court of its kind (`Coroners’`, `Magistrates’`, `Sheriff`)'));
  }
}
