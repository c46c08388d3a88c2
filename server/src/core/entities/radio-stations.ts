/**
 * `Gold FM 94.9`, `Slam 100.5 FM`, `Sky 99.5FM`, `Rooster 101.9`: a radio station is named with its frequency on the FM
 * band, one organisation's name with the number (the words alone are common words or read as a place: `Island FM`).
 */
import type { DocMention } from './resolve';
import { mention, replaceOverlapping } from './mention';

const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’]*|[A-Z]{2,}\d?)`;
/**
 * One to three capitalised words (or capitals: `FM`, `CT`), then the frequency (87.5–107.9), `FM` before or after it.
 * (A frequency of the band is written with its decimal or with `FM`; `Chapter 99` is neither.)
 */
const STATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(${NAME_WORD}(?:[ \t]${NAME_WORD}){0,2})[ \t]((?:8[89]|9\d|10[0-7])(?:\.\d)?)(?:[ \t]?(FM)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
const HAS_BAND = /\b(?:8[89]|9\d|10[0-7])(?:\.\d)?[ \t]?(?:FM)?\b/;

/** The station's span from a match, or undefined when the number is no frequency. */
function station(text: string, x: RegExpMatchArray): [number, number] | undefined {
  const start = x.index!;
  const end = start + x[0].length;
  const fm = x[3] !== undefined || /\bFM$/.test(x[1]);
  const decimal = x[2].includes('.');
  if (!fm && !decimal) return undefined;
  // (A decimal alone is a frequency only as a line of its own, a menu of the group's stations: `Rooster 101.9`.)
  if (!fm) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    if (text.slice(lineStart, start).trim() || text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim()) return undefined;
  }
  // (Not `In 98.5`: a function word opening the words.)
  if (/^(?:In|On|At|By|Of|The|To|And|For|From|Up|Over|Around|About|Just|Only|Nearly)\b/.test(x[1]) && !fm) return undefined;
  return [start, end];
}

export function radioStations(ms: DocMention[], text: string): void {
  if (!HAS_BAND.test(text)) return;
  for (const x of text.matchAll(STATION)) {
    const span = station(text, x);
    if (!span) continue;
    const [start, end] = span;
    replaceOverlapping(ms, mention(start, end, text.slice(start, end), 'ORG', 2, 'a radio station named with its frequency'));
  }
}
