/**
 * Addresses in a paragraph: `Washington, D.C.` as one place, a compass letter inside a street's name
 * (`999 W Riverside Ave`), a city's quarter after a street (`1625 K Street, NW`) as none, and a home address after
 * a person's age (`Kadir, 44, of St Mildred’s Road, Margate`), the parts of a British postal address, and the town and the
 * state after a university's campus.
 */
import { mention, replaceInside, replaceOverlapping, type Mention } from './mention';
import { ADDRESS_WORD } from '../text';
import { SAINTS_STREETS } from './vocabulary';
import { isGivenName } from './given-names';
import { gazetteer } from './gazetteer';
import { nameKey } from './keys';

/** `Washington, D.C.`, `Washington, DC`, `Washington DC`: the city's one name, its district after it (but two places before a ZIP code). */
const WASHINGTON_DC = /\bWashington,? D\.?C\.?(?![\p{L}.])/gu;

export function washingtonDC(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(WASHINGTON_DC)) {
    // In a postal address the city, a comma and the district are two places, as any city and its state (`Washington, DC
    // 20210`).
    if (x[0].includes(',') && /^ \d{5}(?!\d)/.test(text.slice(x.index + x[0].length, x.index + x[0].length + 7))) {
      const dc = x[0].search(/D\.?C/);
      const end = x.index + x[0].length;
      replaceInside(ms, mention(x.index, x.index + 'Washington'.length, 'Washington', 'PLACE', 2, 'the city in a postal address', { canonical: 'Washington, D.C.', gazKind: 'city' }));
      replaceInside(ms, mention(x.index + dc, end, x[0].slice(dc), 'PLACE', 2, 'the district in a postal address', { canonical: 'District of Columbia' }));
      continue;
    }
    replaceInside(ms, mention(x.index, x.index + x[0].length, x[0], 'PLACE', 2, 'the city and its district', { canonical: 'Washington, D.C.', gazKind: 'city' }));
  }
}

/** `1625 K Street, NW`: a city's quarter after a street's name and a comma, no name of its own. */
const QUARTER_AFTER_STREET = new RegExp(`\\b${ADDRESS_WORD}\\.?,? $`);

export function streetQuarters(text: string, ms: Mention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    if (/^(?:NW|NE|SW|SE)$/.test(ms[k].text) && QUARTER_AFTER_STREET.test(text.slice(Math.max(0, ms[k].start - 14), ms[k].start))) ms.splice(k, 1);
  }
}

/** A street's abbreviated word, then a unit or a suite written as a name's head (`455 N. 3rd St. Unit 1205`). */
const STREET_THEN_UNIT = new RegExp(`^(.*\\b${ADDRESS_WORD}\\.?) (?:Unit|Suite)$`);

/** `999 W Riverside Ave`, `455 N. 3rd St.`: a compass letter between a house's number and a street's name is part of the name. */
export function compassInAddress(text: string, ms: Mention[]): void {
  for (const m of ms) {
    const unit = m.label === 'ORG' && (/^\d/.test(m.text) || /\d(?:st|nd|rd|th)? $/.test(text.slice(Math.max(0, m.start - 6), m.start))) ? STREET_THEN_UNIT.exec(m.text) : null;
    if (unit) {
      // (With its number before it: `3rd St.`.)
      const start = m.start - (/\d+(?:st|nd|rd|th) $/.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[0].length ?? 0);
      const end = m.start + unit[1].length;
      Object.assign(m, { label: 'PLACE', start, end, text: text.slice(start, end), canonical: undefined, reason: 'a street before its unit' });
    }
    if (m.label !== 'PLACE' || !/^[\p{Lu}\d]/u.test(m.text)) continue;
    const x = /(?:^|\s)\d{1,5} ([NSEW]\.?) $/.exec(text.slice(Math.max(0, m.start - 10), m.start));
    if (x && (/^\p{Lu}/u.test(m.text) || /^\d+(?:st|nd|rd|th) /.test(m.text))) {
      const start = m.start - x[1].length - 1;
      Object.assign(m, { start, text: text.slice(start, m.end), canonical: m.canonical && `${x[1]} ${m.canonical}` });
    }
  }
}

/** A short abbreviation (`St.`, `W.`, `Mt.`) whose next word does not open a sentence (`of Rye. The …`). */
const ABBREVIATION = String.raw`\p{Lu}\p{Ll}{0,2}\.(?! (?:The|A|An|He|She|It|They|We|His|Her|Their|Its)\b)`;
/**
 * A capitalised word of a street's or a town's name (`Mildred’s`, `Dumpton`, `Merthyr`, `St.`): a full stop ends an
 * abbreviation or joins letters (`D.C`), never a sentence (`of Quincy. The Stephens …`).
 */
const PLACE_WORD = String.raw`(?:${ABBREVIATION}|\p{Lu}[\p{L}'’-]*(?:\.\p{L}+)*)`;
/**
 * `Kadir, 44, of St Mildred’s Road, Margate, was jailed`, `Tays, 32, of Franklin,`: after a person's name and age,
 * `of` or `from` and one to five capitalised words are where they live (a street or a town), and one to three more after
 * a comma the town. Court and police reports give addresses so.
 */
const HOME_ADDRESS = new RegExp(
  String.raw`\p{Lu}[\p{L}'’-]+, (?:aged )?(\d{1,3}), (?:of|from) (${PLACE_WORD}(?: ${PLACE_WORD}){0,4})(?:, (${PLACE_WORD}(?: ${PLACE_WORD}){0,2}))?(?=[,.;]|\s+(?:who|was|is|has|had|and|were|are|pleaded|admitted|appeared|denies|denied)\b)`,
  'gud',
);
/** Words that open no street's or town's name (`of The …`), and a possessive not before a street's word (`Punjab’s Bhatinda`). */
const NOT_HOME = new RegExp(String.raw`^(?:The|A|An|His|Her|Their|Our)\b|['’]s (?!${SAINTS_STREETS.source.slice(1, -1)}\b)`);

/**
 * `Hayley N. Hull, 30, Bulpitt, was arrested`: a police blotter gives the town with no `of`, one to three capitalised
 * words after the age and before the verb of the report.
 */
const BLOTTER_TOWN = new RegExp(
  String.raw`\p{L}[\p{L}'’-]+, (?:aged )?(\d{1,3}), (${PLACE_WORD}(?: ${PLACE_WORD}){0,2}),? (?=(?:was|were|is|has|had|who|pleaded|admitted|appeared)\b)`,
  'gud',
);

export function homeAddresses(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(BLOTTER_TOWN)) {
    if (Number(x[1]) > 110 || NOT_HOME.test(x[2])) continue;
    const [start, end] = x.indices![2]!;
    replaceOverlapping(ms, mention(start, end, x[2], 'PLACE', 2, 'a town after a person’s age'));
  }
  for (const x of text.matchAll(HOME_ADDRESS)) {
    if (Number(x[1]) > 110) continue;
    for (const g of [2, 3]) {
      const part = x[g];
      if (!part || NOT_HOME.test(part)) continue;
      const [start, end] = x.indices![g]!;
      replaceOverlapping(ms, mention(start, end, part, 'PLACE', 2, 'a home address after a person’s age'));
    }
  }
}

/** A word of a person's name: a capitalised word or an initial. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)`;
/** `Chad Hull, 37,`: two to four name words, a comma and an age (a possessive is not a name: `Kimmel's Daughter, 4,`). */
const NAME_BEFORE_AGE = new RegExp(String.raw`(?<![\p{L}.])(${NAME_WORD}(?: ${NAME_WORD}){1,3}), (?:aged )?(\d{1,3}), `, 'gu');

/**
 * `Chad Hull, 37, Bulpitt, was arrested`: a given name, more name words, then an age between commas is a person, though
 * its given name is also a country's (`Chad`) or its surname a common word (`Jayden F. Snow`).
 */
export function namesBeforeAge(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(NAME_BEFORE_AGE)) {
    const name = x[1];
    if (Number(x[2]) > 110 || !isGivenName(name.slice(0, name.indexOf(' '))) || /['’]s\b/.test(name)) continue;
    const start = x.index!;
    if (ms.some((m) => m.label === 'PERSON' && m.start === start && m.end === start + name.length)) continue;
    replaceOverlapping(ms, mention(start, start + name.length, name, 'PERSON', 2, 'a given name and surname before an age'));
  }
}

/** A British postcode (`BA1 1UA`, `SW1A 2AA`, `M1 1AE`). */
const POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}`;
/**
 * `Quay House, The Ambury, Bath BA1 1UA`: the parts of an address before a town and its British postcode, each after a
 * comma (a building, a street), and the town: places. Up to two parts; each of one to four capitalised words.
 */
const POSTAL_ADDRESS = new RegExp(String.raw`((?:(?:The )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}, ){1,2})(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) ${POSTCODE}(?![\p{L}\p{N}])`, 'gu');

export function postalAddresses(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(POSTAL_ADDRESS)) {
    let at = x.index;
    // (A company's name and legal form before the building are the company's: `Future Publishing Limited Quay House`.)
    const parts = x[1].split(', ').filter(Boolean);
    const form = /^.*\b(?:Limited|Ltd|plc|PLC|LLP) /.exec(parts[0]);
    if (form) {
      parts[0] = parts[0].slice(form[0].length);
      at += form[0].length;
    }
    for (const place of addressPlaces(text, [...parts, x[2]], at, 'a part of a postal address before its postcode')) replaceOverlapping(ms, place);
  }
}

/**
 * `University of California, Berkeley, Berkeley, California`: a university of a state and its campus, then the town and the
 * state of an address, are the university and two places (the campus's name is the town's).
 */
export function universityAddress(text: string, ms: Mention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    const x = m.label === 'ORG' ? /^(University of [^,]+, ([^,]+)), (.+)$/.exec(m.text) : null;
    if (!x) continue;
    const parts = x[3].split(', ');
    if (!parts.every((p) => p === x[2] || gazetteer().get(nameKey(p))?.label === 'PLACE')) continue;
    const university = mention(m.start, m.start + x[1].length, x[1], 'ORG', m.strength, 'a university of a state and its campus', { initial: m.initial });
    ms.splice(k, 1, university, ...addressPlaces(text, parts, university.end, 'a town or a state of an address after a university'));
  }
}

/** The parts of an address, in order from `from`: each a place. */
function addressPlaces(text: string, parts: readonly string[], from: number, reason: string): Mention[] {
  const out: Mention[] = [];
  let at = from;
  for (const part of parts) {
    at = text.indexOf(part, at);
    out.push(mention(at, at + part.length, part, 'PLACE', 2, reason));
    at += part.length;
  }
  return out;
}

/**
 * `a new location at 201 E. Washington on March 22`: a compass letter and a name after a house's number is the street,
 * not a person with an initial, where the document writes the street with its word too (`201 E. Washington St.`).
 */
export function streetsWithoutTheirWord(text: string, ms: Mention[]): void {
  for (const m of ms) {
    if (m.label !== 'PERSON' || !/^[NSEW]\. \p{Lu}\p{Ll}+$/u.test(m.text) || !/(?:^|\s)\d{1,5} $/.test(text.slice(Math.max(0, m.start - 7), m.start))) continue;
    if (new RegExp(`${m.text.replace('.', '\\.')} ${ADDRESS_WORD}\\b`).test(text)) Object.assign(m, { label: 'PLACE', strength: 2, guess: false, canonical: undefined, person: undefined, reason: 'a street after its house number, written with its word elsewhere' });
  }
}

/** `the City of Poughkeepsie`: a city's formal name, `City of` and a known place, is one place (not before a body's words). */
const CITY_OF = /\b(?:City|Town) of (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)(?! \p{Lu})/gu;

export function citiesOf(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(CITY_OF)) {
    const at = x.index + x[0].length - x[1].length;
    const place = ms.find((m) => m.start === at && m.end === at + x[1].length && m.label === 'PLACE');
    if (!place) continue;
    // (Its canonical name is the place's, unless the formal name is a place of its own: `City of London`.)
    const own = gazetteer().get(nameKey(x[0]));
    replaceOverlapping(ms, mention(x.index, place.end, x[0], 'PLACE', 2, 'a city’s formal name', { canonical: own ? own.canonical ?? x[0] : place.canonical ?? place.text, gazKind: place.gazKind }));
  }
}
