/** Small text utilities shared by detectors and the index. */

/** Words that end a street's name in an address (`2134 Caldwell Place`, `1119 Eighth St.`): after a house's number, the street. */
/** A caption's word for where its picture came from, before `photo` (`Submitted photo`, `File photo`), and that word. */
export const PHOTO_CREDIT_WORD = String.raw`(?:Submitted|Contributed|Courtesy|File|Staff|Handout|Provided|Stock)`;
export const PHOTO_NOUN = String.raw`(?:photos?|image|picture)`;

export const ADDRESS_WORD = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Place|Pl|Court|Ct|Way|Terrace|Circle|Parkway|Pkwy|Highway|Hwy|Trail|Crescent|Close)`;

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u0060\u00b4\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The normalised form of a paragraph used to find repeats (case, spacing, quote and
 * dash variants, invisible characters, space before punctuation or inside guillemets,
 * and edge punctuation folded), or undefined when it is too short to count as a
 * repeat (under 5 words).
 */
export function paragraphKey(text: string): string | undefined {
  let norm = text.toLowerCase().replace(/\s+/g, ' ');
  if (/[^\x00-\x7f]/.test(norm)) {
    norm = norm
      .replace(INVISIBLE, '')
      .replace(/« ?/g, '«')
      .replace(/ ?»/g, '»')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(/\u2026/g, '...');
  }
  norm = trimToLettersOrDigits(norm.replace(/ (?=[,.;:!?)])/g, ''));
  let words = 0;
  for (const w of norm.split(' ', 64)) if (LETTER_OR_DIGIT.test(w) && ++words >= 5) return norm;
  return undefined;
}

/** Cut everything before the first and after the last letter or digit. */
function trimToLettersOrDigits(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b) {
    const ch = String.fromCodePoint(s.codePointAt(a)!);
    if (LETTER_OR_DIGIT.test(ch)) break;
    a += ch.length;
  }
  while (b > a) {
    const low = s.charCodeAt(b - 1);
    const n = low >= 0xdc00 && low <= 0xdfff && b - 2 >= a ? 2 : 1;
    if (LETTER_OR_DIGIT.test(s.slice(b - n, b))) break;
    b -= n;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
