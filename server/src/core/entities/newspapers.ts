/**
 * `Daily Record`, `Sunday Mail`, `Evening Standard`, `Paisley Daily Express`: a day's or a time of day's word, then a
 * newspaper's word, is a newspaper's name (with its town before it), though its first word alone reads as a date or a
 * common word. `Harper’s Magazine`: a name's possessive before `Magazine` is a magazine's name.
 */
import { isCommonWord } from './lexicon';
import { mention, replaceOverlapping, type Mention } from './mention';

const PAPER_WORDS = 'Mail|Record|Express|Telegraph|Star|Mirror|Post|Times|Herald|Echo|Standard|Journal|Chronicle|Sun|Press|Gazette|Advertiser|Courier|Argus|Independent|Observer|Globe|Tribune|Examiner|Bulletin|Caller|Beast|Reporter';
const WHEN = 'Daily|Sunday|Evening|Weekly|Morning|Saturday';
export const NEWSPAPER_TEST = new RegExp(`(?:${WHEN}) (?:${PAPER_WORDS})\\b|['’]s Magazine\\b`);
const NEWSPAPER = new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\p{Lu}\\p{Ll}+) )?(?:${WHEN}) (?:${PAPER_WORDS})(?![\\p{L}\\p{N}])`, 'gu');

/** Before a sentence's or a line's first word. */
const OPENS = /(?:^|[.!?:;]\s+|\n[ \t]*)$/;
const AFTER_THE = /(?:^|[^\p{L}])the $/u;

export function newspapers(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(NEWSPAPER)) {
    let start = x.index;
    let end = start + x[0].length;
    // The paper's town before it (`Paisley Daily Express`; a town named by a word only after `the`), not a word of the
    // sentence (`Follow Daily Record`, `Ways to Search Daily Herald`), nor `The` opening a sentence; inside one, `The` is the
    // masthead's (`reported by The Daily Caller`). A people's word stays (`Scottish Daily Mail`).
    if (x[1] && (x[1] === 'The' ? OPENS.test(text.slice(Math.max(0, start - 3), start)) : isCommonWord(x[1]) && !AFTER_THE.test(text.slice(Math.max(0, start - 4), start)))) start += x[1].length + 1;
    // Inside a longer name found already (`Daily Mail & General Trust`): that name; not one that is the paper and the word of
    // the sentence left out above (`Search Daily Herald`).
    const sentenceWordAndPaper = (m: Mention) => start > x.index && m.start === x.index && m.end === end;
    if (ms.some((m) => m.label && m.start <= start && m.end >= end && m.end - m.start > end - start && !sentenceWordAndPaper(m))) continue;
    // A body's name that runs on from it (`Sunday Mail Centenary Fund`) is one name with it.
    const on = ms.find((m) => m.label === 'ORG' && m.start > start && m.start < end && m.end > end);
    if (on) end = on.end;
    replaceOverlapping(ms, mention(start, end, text.slice(start, end), 'ORG', 2, 'a newspaper: a day’s word and a newspaper’s'));
  }
}

/** `Harper’s Magazine`, not a longer name going on after it (`Harper's Magazine Foundation`). */
const MAGAZINE = /(?<![\p{L}\p{N}])\p{Lu}\p{L}+['’]s Magazine(?![\p{L}\p{N}]| \p{Lu})/gu;

export function magazines(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(MAGAZINE)) {
    replaceOverlapping(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'a magazine: a name’s possessive and `Magazine`'));
  }
}

/**
 * `Credit: Matthew Gilson for Chicago Reader`, `About the Chicago Reader`: a city's name before `Reader` is an alternative
 * weekly's masthead (`San Diego Reader`), as before `Tribune` or `Globe`; so is it before `Sun` (`Steve Marcus/Las Vegas Sun
 * via AP`), unless a capitalised word goes on (`Sun Devils`, `Sun Belt`).
 */
const CITY_PAPER_AFTER = /^ (Reader|Sun)(?![\p{L}\p{N}]| \p{Lu}|-\p{L})/u;
/** A paragraph that may hold such a masthead: a cheap test before reading its mentions. */
export const CITY_PAPER_TEST = / (?:Reader|Sun)(?![\p{L}\p{N}])/u;

export function cityReaders(text: string, ms: Mention[]): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const paper = m.label === 'PLACE' && m.gazKind === 'city' ? CITY_PAPER_AFTER.exec(text.slice(m.end, m.end + 12))?.[1] : undefined;
    if (!paper) continue;
    const end = m.end + 1 + paper.length;
    replaceOverlapping(ms, mention(m.start, end, text.slice(m.start, end), 'ORG', 2, `a city’s newspaper: its name before \`${paper}\``));
  }
}

/** `The Times of Israel`, `Times of India`: a newspaper's word `of` a country or a city named in the paragraph. */
const PAPER_OF_SOURCE = '(?<![\\p{L}\\p{N}])(?:The )?(?:Times|Post|Herald|Tribune|Chronicle|Gazette|Star|Mirror|Standard) of (?=\\p{Lu})';
export const PAPER_OF_PLACE = new RegExp(PAPER_OF_SOURCE, 'u');
const PAPER_OF = new RegExp(PAPER_OF_SOURCE, 'gu');

export function papersOfPlaces(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(PAPER_OF)) {
    const at = x.index + x[0].length;
    const place = ms.find((m) => m.start === at && m.label === 'PLACE' && (m.gazKind === 'country' || m.gazKind === 'city'));
    // The place ends the name (`The Times of Israel Community`, a page's own section, is still the paper).
    if (!place || /^[-‐]?\p{L}/u.test(text.slice(place.end, place.end + 1))) continue;
    replaceOverlapping(ms, mention(x.index, place.end, text.slice(x.index, place.end), 'ORG', 2, 'a newspaper: its word `of` a country or a city'));
  }
}

