/**
 * Addresses in a paragraph: `Washington, D.C.` as one place, a compass letter inside a street's name
 * (`999 W Riverside Ave`), and a city's quarter after a street (`1625 K Street, NW`) as none.
 */
import { mention, replaceInside, type Mention } from './mention';
import { ADDRESS_WORD } from '../text';

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
