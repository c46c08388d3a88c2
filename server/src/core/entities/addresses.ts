/**
 * Addresses in a paragraph: `Washington, D.C.` as one place, a compass letter inside a street's name
 * (`999 W Riverside Ave`), a city's quarter after a street (`1625 K Street, NW`) as none, and a home address after
 * a person's age (`Kadir, 44, of St Mildred’s Road, Margate`).
 */
import { mention, replaceInside, replaceOverlapping, type Mention } from './mention';
import { ADDRESS_WORD } from '../text';
import { SAINTS_STREETS } from './vocabulary';

/** `Washington, D.C.`, `Washington, DC`, `Washington DC`: the city's one name, its district after it. */
const WASHINGTON_DC = /\bWashington,? D\.?C\.?(?![\p{L}.])/gu;

export function washingtonDC(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(WASHINGTON_DC)) {
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

/** `999 W Riverside Ave`: a compass letter between a house's number and a street's name is part of the name. */
export function compassInAddress(text: string, ms: Mention[]): void {
  for (const m of ms) {
    if (m.label !== 'PLACE' || !/^\p{Lu}/u.test(m.text)) continue;
    const x = /(?:^|\s)\d{1,5} ([NSEW]) $/.exec(text.slice(Math.max(0, m.start - 9), m.start));
    if (x) Object.assign(m, { start: m.start - 2, text: text.slice(m.start - 2, m.end), canonical: m.canonical && `${x[1]} ${m.canonical}` });
  }
}

/** A capitalised word of a street's or a town's name (`Mildred’s`, `Dumpton`, `Merthyr`). */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
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

export function homeAddresses(text: string, ms: Mention[]): void {
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
