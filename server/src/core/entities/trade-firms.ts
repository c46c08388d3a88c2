/**
 * `Monkey Wrench Plumbing, Heating, Air & Electric`, `Smith Heating & Cooling`: a name ending in a trade, then more trades
 * after commas and the last after `&` or `and`, is one firm's name — a business named for all it does, not a person's
 * name and a list of words.
 */
import { mention, replaceOverlapping, type Mention } from './mention';

const TRADE = String.raw`(?:Plumbing|Heating|Cooling|Air|Air Conditioning|Electric|Electrical|Roofing|Drains?|Sewer|HVAC|Solar|Insulation|Remodeling|Remodelling|Construction|Restoration|Landscaping|Painting|Appliances?|Security|Gas)`;
/** The trades after the name's own: `, Heating, Air & Electric`, ` & Cooling`. */
const MORE_TRADES = new RegExp(String.raw`^(?:,[ \t]${TRADE}){0,4},?[ \t](?:&|and)[ \t]${TRADE}(?![\p{L}\p{N}])`, 'u');
const ENDS_IN_TRADE = new RegExp(String.raw`(?:^|[ \t])${TRADE}$`, 'u');

export const TRADE_TEST = / (?:&|and) \p{Lu}/u;

export function tradeFirms(text: string, ms: Mention[]): void {
  for (const m of [...ms]) {
    if (m.label === 'PLACE' || m.label === 'NORP' || !ENDS_IN_TRADE.test(m.text) || !/\s/.test(m.text)) continue;
    const more = MORE_TRADES.exec(text.slice(m.end, m.end + 80));
    if (!more) continue;
    const end = m.end + more[0].length;
    replaceOverlapping(ms, mention(m.start, end, text.slice(m.start, end), 'ORG', 2, 'a firm named for its trades', { initial: m.initial }));
  }
}
