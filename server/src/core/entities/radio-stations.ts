/**
 * `Gold FM 94.9`, `Slam 100.5 FM`, `Sky 99.5FM`, `Rooster 101.9`: a radio station is named with its frequency on the FM
 * band, one organisation's name with the number (the words alone are common words or read as a place: `Island FM`).
 */
import type { DocMention } from './resolve';
import { mention, replaceOverlapping } from './mention';

const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’]*|[A-Z]{2,}\d?)`;
/**
 * The frequency on the FM band (87.5–107.9) after a space (the match's first character), `FM` after it maybe: `94.9`,
 * `106.1 FM`, `99.5FM`, `105 FM`.
 */
const FREQUENCY = /[ \t]((?:8[89]|9\d|10[0-7])(?:\.\d)?)(?:[ \t]?(FM))?(?![\p{L}\p{N}]|[.,]\d)/gu;
/**
 * One to three capitalised words (or capitals: `FM`, `CT`) right before it. (A frequency of the band is written with its
 * decimal or with `FM`; `Chapter 99` is neither.)
 */
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(${NAME_WORD}(?:[ \t]${NAME_WORD}){0,2})[ \t]$`, 'u');

/** The station's [start, end) from a frequency found at `x` (after its space), or undefined when it is none. */
function station(text: string, x: RegExpMatchArray, after: number): [number, number] | undefined {
  const at = x.index! + 1;
  const end = x.index! + x[0].length;
  const decimal = x[1].includes('.');
  // (Most numbers of the band's range are counts: no decimal, no `FM`; read no further.)
  if (!decimal && x[2] === undefined && text.slice(at - 3, at) !== 'FM ') return undefined;
  // (The words start after the station before: `Edge 105 FM Fyah 105 FM` is two.)
  const name = NAME_BEFORE.exec(text.slice(Math.max(after, at - 60), at));
  if (!name) return undefined;
  const start = at - name[0].length;
  const fm = x[2] !== undefined || /\bFM$/.test(name[1]);
  if (!fm) {
    // (A decimal alone is a frequency only as a line of its own, a menu of the group's stations: `Rooster 101.9`.)
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    if (text.slice(lineStart, start).trim() || text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim()) return undefined;
    // (Not `In 98.5`: a function word opening the words.)
    if (/^(?:In|On|At|By|Of|The|To|And|For|From|Up|Over|Around|About|Just|Only|Nearly)\b/.test(name[1])) return undefined;
  }
  return [start, end];
}

export function radioStations(ms: DocMention[], text: string): void {
  let after = 0;
  for (const x of text.matchAll(FREQUENCY)) {
    const span = station(text, x, after);
    if (!span) continue;
    const [start, end] = span;
    after = end;
    replaceOverlapping(ms, mention(start, end, text.slice(start, end), 'ORG', 2, 'a radio station named with its frequency'));
  }
}
