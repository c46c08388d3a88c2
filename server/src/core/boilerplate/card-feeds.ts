/**
 * A feed of other articles' cards after the article (an aggregator's page): each card a kicker, a headline,
 * a line of facts naming its source's address and topics (`1 digg citylab.com Cities Law`), and a summary.
 * The summaries read as prose, so it is the facts' lines, recurring a few lines apart, that tell the feed;
 * every line from the first card to the last is the page's.
 */
import type { LineInfo, Mark } from './line-kinds';
import { FEED_ADDRESSES } from '../text';

/** Most lines between two cards' lines of facts (a card without one leaves a longer gap). */
const CARD_GAP = 10;
/** Lines of the first card above its facts (kicker, headline) and of the last below them (its summary). */
const BEFORE_FACTS = 2;
const AFTER_FACTS = 1;

export function markCardFeeds(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const facts: number[] = [];
  let addresses = 0;
  for (let i = head + 1; i < lines.length; i++) {
    if (!lines[i].cardMeta) continue;
    facts.push(i);
    if (lines[i].cardMeta === 'address') addresses++;
  }
  if (addresses < FEED_ADDRESSES) return;
  const mark = (k: number) => {
    if (lines[k].words > 0 && !marks[k]) marks[k] = { reason: 'a feed’s card of another article', nav: true };
  };
  for (let a = 0; a < facts.length; ) {
    let b = a;
    while (b + 1 < facts.length && facts[b + 1] - facts[b] <= CARD_GAP) b++;
    const run = facts.slice(a, b + 1);
    if (run.filter((i) => lines[i].cardMeta === 'address').length >= FEED_ADDRESSES) {
      let from = run[0];
      for (let k = 1; k <= BEFORE_FACTS && from - 1 > head && lines[from - 1].words > 0 && !marks[from - 1] && (!lines[from - 1].content || lines[from - 1].titleCase); k++) from--;
      let to = run[run.length - 1];
      for (let k = 1; k <= AFTER_FACTS && to + 1 < lines.length && lines[to + 1].words > 0 && !marks[to + 1]; k++) to++;
      for (let k = from; k <= to; k++) mark(k);
    }
    a = b + 1;
  }
}
