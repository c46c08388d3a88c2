/**
 * Sources named on a page of others' reporting. A round-up's citations (see core/cited-sources.ts): the outlet named in square brackets under each excerpt is a
 * body (`[The Verge]`, `[Tom's Guide]`, `[PC World]`), its `The` included, whatever its words would make it elsewhere.
 */
import { citations } from '../cited-sources';
import { cardAddresses } from '../text';
import { mention } from './mention';
import type { DocMention } from './resolve';

export function citedOutlets(ms: DocMention[], text: string): DocMention[] {
  const cited = citations(text);
  if (!cited.length) return ms;
  const out = ms.filter((m) => !cited.some((c) => m.start < c.name.end && c.name.start < m.end));
  for (const { name } of cited) out.push({ ...mention(name.start, name.end, text.slice(name.start, name.end), 'ORG', 2, 'an outlet cited under its excerpt'), initial: false });
  return out.sort((a, b) => a.start - b.start);
}

/** A feed's cards name their sources by address beside their topics (`1 digg citylab.com Cities Law`): links, no sites' names. */
export function withoutCardAddresses(ms: DocMention[], text: string): DocMention[] {
  if (!ms.some((m) => m.text.includes('.'))) return ms;
  const addresses = cardAddresses(text);
  if (!addresses.length) return ms;
  const at = new Set(addresses.map((a) => a.start));
  return ms.filter((m) => !at.has(m.start));
}

/** `Learn more at Emerj.`, `Read more at The Observer.` (its `The` left to the masthead's rules): the source a round-up's item points to, a name closing its line. */
const MORE_AT = /\b(?:Learn|Read|Find out) more (?:at|on|from) (?:The )?(\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3})\.?[ \t]*$/gmu;

/** The source after `Learn more at`, a body whatever its words read as (`Observer`). */
export function moreAtSources(ms: DocMention[], text: string): DocMention[] {
  if (!/ more (?:at|on|from) \p{Lu}/u.test(text)) return ms;
  const added: DocMention[] = [];
  for (const x of text.matchAll(MORE_AT)) {
    const name = x[1].replace(/\.$/, '');
    const start = x.index + x[0].indexOf(x[1]);
    added.push({ ...mention(start, start + name.length, name, 'ORG', 2, 'the source a round-up’s item points to: `Learn more at`'), initial: false });
  }
  if (!added.length) return ms;
  return [...ms.filter((m) => !added.some((a) => m.start < a.end && a.start < m.end)), ...added].sort((a, b) => a.start - b.start);
}
