/**
 * Places named by their kind and their own words, read over the paragraph's text where a number or an acronym
 * parts the chunker's names: a realm (`the Kingdom of Urartu`) and a building named with `Tower` (`the TFC 101 Tower`);
 * and a country whose compass word is cut to its initial (`S. Korea`), which reads as a person's initial.
 */
import { mention, replaceInside, replaceOverlapping, replaceUnlessCrossed, type Mention } from './mention';
import { FUNCTION_WORDS } from './vocabulary';
import { isGivenName } from './given-names';
import { gazetteer } from './gazetteer';
import { nameKey } from './keys';

/** `the Kingdom of Urartu`, `the Khanate of Kokand`: a realm's kind, `of` and its name are one place. */
const REALM = /\b(?:Kingdom|Empire|Sultanate|Principality|Khanate|Caliphate) of \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?/gu;

export function realms(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(REALM)) {
    const end = x.index + x[0].length;
    // A known name keeps its own reading (`Kingdom of Bahrain` is the country), as a longer name does.
    if (ms.some((m) => m.start < end && x.index < m.end && (m.gazKind || m.start < x.index || m.end > end))) continue;
    replaceInside(ms, mention(x.index, end, x[0], 'PLACE', 2, 'a realm: its kind, “of” and its name'));
  }
}

/**
 * `Member of the Order of the British Empire`: an order of chivalry names the empire, no place of the text; its people's
 * adjective stays the group it is (`British`).
 */
export function chivalryOrders(text: string, ms: Mention[]): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.label !== 'PLACE' || !m.text.endsWith(' Empire') || !text.startsWith('Order of the ', m.start - 'Order of the '.length)) continue;
    const people = m.text.slice(0, -' Empire'.length);
    ms[k] = mention(m.start, m.start + people.length, people, 'NORP', 2, 'a people’s adjective in an order of chivalry’s name', { gazKind: 'norp' });
  }
}

/** `the TFC 101 Tower`, `the TFC Tower`, `Petronas Tower 2`: capitalised words (an acronym too) and a number before or after `Tower` name the building. */
const TOWER = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*[ \t]){1,3}(?:\d{1,4}[ \t])?Towers?(?:[ \t]\d{1,4})?(?![\p{L}\p{N}])/gu;

export function towers(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(TOWER)) {
    let start = x.index;
    let name = x[0];
    // `The TFC Tower`: a sentence's first word is no part of it.
    const first = /^(\p{Lu}[\p{L}'’-]*)[ \t]/u.exec(name);
    if (first && FUNCTION_WORDS.has(first[1].toLowerCase())) {
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    // `Taipei's TFC 101 Tower`: where it stands, in the possessive, is no part of it.
    const owner = /^.*['’]s[ \t]/u.exec(name);
    if (owner) {
      start += owner[0].length;
      name = name.slice(owner[0].length);
    }
    if (!/[ \t]/.test(name) || isGivenName(name.split(/[ \t]/)[0])) continue;
    replaceUnlessCrossed(ms, mention(start, start + name.length, name, 'PLACE', 2, 'a building: its name and “Tower”'));
  }
}

/** `S. Korea fumes as US tries …`, `N. Ireland`, `(S Africa)`: a compass word's initial and a place the gazetteer knows with the word in full. */
const COMPASS_INITIAL = /(?<![\p{L}\p{N}.])([NSEW])\.? (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]| \p{Lu})/gu;
/** A compass word's initial → the word. */
export const COMPASS_WORDS: Readonly<Record<string, string>> = { N: 'North', S: 'South', E: 'East', W: 'West' };
/** A street's word abbreviated → the word (`St` → Street). */
export const STREET_ABBREVIATIONS: Readonly<Record<string, string>> = { St: 'Street', Ave: 'Avenue', Rd: 'Road', Blvd: 'Boulevard', Ln: 'Lane', Pkwy: 'Parkway', Hwy: 'Highway' };
const ABBREVIATED = Object.keys(STREET_ABBREVIATIONS).join('|');
/** A street's name ending in its word abbreviated, without the full stop (`Sixth Ave`, `Main St`). */
export const STREET_ABBREVIATION_END = new RegExp(String.raw`\s(?:${ABBREVIATED})$`);

export function compassInitials(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(COMPASS_INITIAL)) {
    // Without its full stop (`(S Africa)`, `in N Ireland`), only after a bracket, a line's start or a preposition
    // (`The smarter E Europe` is an event's name).
    if (!x[0].includes('.') && !/(?:^|\n|\(|\b(?:in|of|from|to|and|v|vs|for|at))\s*$/.test(text.slice(Math.max(0, x.index - 6), x.index))) continue;
    // `N. Ireland` is Northern Ireland.
    const full = [`${COMPASS_WORDS[x[1]]} ${x[2]}`, `${COMPASS_WORDS[x[1]]}ern ${x[2]}`].find((n) => gazetteer().get(nameKey(n))?.label === 'PLACE');
    if (!full) continue;
    const e = gazetteer().get(nameKey(full))!;
    const end = x.index + x[0].length;
    replaceUnlessCrossed(ms, mention(x.index, end, x[0], 'PLACE', 2, `“${full}” with its compass word cut to the initial`, { canonical: e.canonical ?? full, gazKind: e.kind }));
  }
  // `66 W. Columbia St.`: a compass initial opens a street's name.
  for (const m of ms) {
    if (m.label !== 'PLACE' || !STREET_END.test(m.text)) continue;
    const before = /(?<![\p{L}\p{N}.])[NSEW]\. $/u.exec(text.slice(Math.max(0, m.start - 4), m.start));
    if (before) Object.assign(m, { start: m.start - before[0].length, text: text.slice(m.start - before[0].length, m.end) });
  }
}

/** A street's word ending a name, in full or abbreviated. */
const STREET_END = new RegExp(String.raw`\s(?:${[...Object.values(STREET_ABBREVIATIONS), 'Drive'].join('|')}|(?:${ABBREVIATED}|Dr)\.?)$`);

const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?`;
/** `Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties`: names listed before the plural of a county's word. */
const COUNTY_LIST = new RegExp(String.raw`(?:${LISTED_NAME}, )*${LISTED_NAME},? (?:and|&) ${LISTED_NAME} (counties|parishes|boroughs)\b`, 'gu');
const COUNTY_WORD: Record<string, string> = { counties: 'County', parishes: 'Parish', boroughs: 'Borough' };

/** Each name of such a list is a county, named in full with the word (`Van Buren` → Van Buren County), though a person's name. */
export function countyLists(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(COUNTY_LIST)) {
    const list = x[0].slice(0, x[0].length - x[1].length - 1);
    const word = COUNTY_WORD[x[1]];
    for (const n of list.matchAll(new RegExp(LISTED_NAME, 'gu'))) {
      if (FUNCTION_WORDS.has(n[0].toLowerCase())) continue;
      const start = x.index + n.index;
      replaceUnlessCrossed(ms, mention(start, start + n[0].length, n[0], 'PLACE', 2, `a county listed before “${x[1]}”`, { canonical: `${n[0]} ${word}` }));
    }
  }
}

/** The dash after a dateline's brackets. */
const DATELINE_DASH = /^ ?(?:[–—]|--?(?!-))/;
/** A code of three capitals in brackets. */
const BRACKETED_CODE = /\((\p{Lu}{3})\)/gu;

/**
 * `Los Angeles (LAX)`, `Seattle/Tacoma International Airport (SEA)`: three capitals in brackets right after a place are
 * its code (an airport's, a country's), a place too, whatever else the letters spell.
 */
export function placeCodes(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(BRACKETED_CODE)) {
    const open = x.index;
    const place = ms.find((m) => m.end === open - 1 && text[open - 1] === ' ' && m.label === 'PLACE');
    if (!place) continue;
    // `WASHINGTON (TND) —`, `New York (CNN) --`: at a line's start and before a dash, the agency that filed the report.
    if (DATELINE_DASH.test(text.slice(open + 5, open + 9)) && (place.start === 0 || text[place.start - 1] === '\n')) {
      replaceOverlapping(ms, mention(open + 1, open + 4, x[1], 'ORG', 2, 'agency in a dateline', { acronym: true }));
      continue;
    }
    replaceOverlapping(ms, mention(open + 1, open + 4, x[1], 'PLACE', 2, 'a place’s code in brackets after its name'));
  }
}
