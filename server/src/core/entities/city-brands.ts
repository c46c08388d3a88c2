/**
 * `Paris Baguette opened 80 units`, `For Paris Baguette, however`, `CEO of Paris Baguette`: a city's name and a
 * capitalised word of the language that the document writes together again and again inside its sentences, and shows
 * a company once (its kind or its chief before it, its shares or its opening after it), name one company (a brand
 * named after a city), not the city and a word; not a city's treaty, event or landmark (`Paris Agreement`, `Boston
 * Marathon`, `London Bridge`), nor a longer name's first words (`Amsterdam Light Festival`), nor a show (`the Chicago
 * Fire actor`).
 */
import type { DocMention } from './resolve';
import { mention, replaceOverlapping } from './mention';
import { isCommonWord } from './lexicon';
import { DROP_HEADS, GEO_SUFFIXES, ORG_LEAD_HEADS, ORG_TAIL_HEADS } from './org-words';
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from './vocabulary';
import { smallWordsOnLine } from '../text';
import { COMPANY_AFTER, COMPANY_BEFORE } from './proper-commons';

/** One capitalised word right after the city. */
const WORD_AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u;
/** What a city names that is no company: its treaties, meetings, races and prizes, buildings and sights. */
const NOT_A_COMPANY = new Set(
  `agreement agreements accord accords treaty protocol pact declaration convention conventions principles consensus
  charter summit conference talks process olympics games marathon cup open masters classic derby rally grand prix
  fashion week festival biennale bridge tower wall eye gate gates cathedral abbey palace zoo syndrome commune
  metro underground tube airport station harbour harbor port`.split(/\s+/).filter(Boolean),
);
/** Its chief or its founding before it; after it, what a company does (`opened 80 units`, `was founded in 1988`). */
const CHIEF_BEFORE = /(?:^|\s)(?:CEO|chief executive|president|founder|owner|co-founder|franchisees?) of\s$/;
const DOES_AFTER = /^\s+(?:was founded|opened|operates|employs|franchises|has \d[\d,]* (?:stores|units|locations|restaurants|outlets|shops))\b/;
/** How often the document must write the two words together in its sentences. */
const TIMES_IN_PROSE = 3;

export function cityBrands(ms: DocMention[], text: string): void {
  const pairs = new Map<string, { at: number[]; inProse: number; company: boolean }>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.label !== 'PLACE' || m.gazKind !== 'city' || m.text.includes(' ')) continue;
    const x = WORD_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!x || !brandWord(x[1])) continue;
    const wordStart = m.end + 1;
    // (The word is read as no name of its own.)
    const next = ms[k + 1];
    if (next?.label && next.start < wordStart + x[1].length && next.end > wordStart) continue;
    const pair = `${m.text} ${x[1]}`;
    const p = pairs.get(pair) ?? { at: [], inProse: 0, company: false };
    p.at.push(m.start);
    const end = m.start + pair.length;
    // (Counted where the two words end the name, not where a capitalised word goes on with it.)
    if (smallWordsOnLine(text, m.start) >= 5 && !/^ \p{Lu}/u.test(text.slice(end, end + 2))) p.inProse++;
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const after = text.slice(end, end + 30);
    if (COMPANY_BEFORE.test(before) || CHIEF_BEFORE.test(before) || COMPANY_AFTER.test(after) || DOES_AFTER.test(after)) p.company = true;
    pairs.set(pair, p);
  }
  for (const [pair, p] of pairs) {
    if (p.inProse < TIMES_IN_PROSE || !p.company) continue;
    for (const at of p.at) replaceOverlapping(ms, mention(at, at + pair.length, pair, 'ORG', 1, 'a city and a word written together again and again: a company'));
  }
}

function brandWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (!isCommonWord(lower) || NOT_A_COMPANY.has(lower) || FUNCTION_WORDS.has(lower) || MONTHS.has(lower) || WEEKDAYS.has(lower)) return false;
  return !(ORG_TAIL_HEADS.has(lower) || ORG_LEAD_HEADS.has(lower) || DROP_HEADS.has(lower) || GEO_SUFFIXES.has(lower));
}
