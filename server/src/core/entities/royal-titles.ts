/**
 * Royal and noble titles of the form `Duke of Sussex`: the title and its place name a person when they stand for the
 * person (`the Duke of Sussex said`); after the person's own name (`Meghan, Duchess of Sussex`) they are that name's
 * apposition, no entity, as a role is none. `His Majesty`, `Her Royal Highness` are forms of address, no body.
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import { GEO_SUFFIXES, ORG_TAIL_HEADS } from './org-words';

const PEERS = '(?:Duke|Duchess|Earl|Countess|Marquess|Marchioness|Prince|Princess) of ';
const PEER_TITLE = new RegExp(String.raw`(?<![\p{L}\p{N}])${PEERS}(?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?![\p{L}\p{N}])`, 'gu');
/** A person's name right before the title, with or without a comma (`Meghan, Duchess of Sussex`, `Meghan Duchess of Sussex`). */
const NAME_BEFORE = /\p{Lu}\p{Ll}+,? $/u;
const ADDRESS_FORM = /(?<![\p{L}\p{N}])(?:His|Her|Your|Their) (?:Royal |Imperial )?(?:Majesty|Majesty['’]s|Highness|Highnesses|Majesties)(?![\p{L}\p{N}])/gu;

const HAS_TITLE = new RegExp(`${PEERS}|Majest|Highness`);
export const hasRoyalTitle = (text: string): boolean => HAS_TITLE.test(text);

export function royalTitles(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(ADDRESS_FORM)) dropInside(ms, x.index, x.index + x[0].length);
  for (const x of text.matchAll(PEER_TITLE)) {
    const start = x.index;
    // `the Princess of Wales Hospital`, `Prince of Wales Drive`: a body or a place named after the title is read as such.
    const lastWord = x[0].slice(x[0].lastIndexOf(' ') + 1).toLowerCase();
    if (ORG_TAIL_HEADS.has(lastWord) || GEO_SUFFIXES.has(lastWord)) continue;
    const end = start + x[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    if (NAME_BEFORE.test(before) && !/(?:^|\s)(?:The|A|An|the|a|an|of|and|to|by|with|In|in|as)[ ,]*$/.test(before)) {
      // The title after a name: trim a mention that ran over it to the name, drop the rest.
      for (let k = ms.length - 1; k >= 0; k--) {
        const m = ms[k];
        if (m.end <= start || m.start >= end) continue;
        if (m.start < start - 1 && m.label === 'PERSON') {
          const to = text.slice(m.start, start).replace(/,?\s+$/, '').length + m.start;
          ms[k] = { ...m, end: to, text: text.slice(m.start, to), canonical: undefined };
        } else ms.splice(k, 1);
      }
      continue;
    }
    // A longer name of which the title is a part keeps its reading.
    if (ms.some((m) => (m.start < start && m.end > start) || (m.start <= start && m.end > end))) continue;
    replaceOverlapping(ms, mention(start, end, x[0], 'PERSON', 2, 'a royal or noble title and its place, standing for the person'));
  }
}

function dropInside(ms: Mention[], start: number, end: number): void {
  for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start >= start && ms[k].end <= end) ms.splice(k, 1);
}
