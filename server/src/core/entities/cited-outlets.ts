/**
 * A round-up's citations (see core/cited-sources.ts): the outlet named in square brackets under each excerpt is a
 * body (`[The Verge]`, `[Tom's Guide]`, `[PC World]`), its `The` included, whatever its words would make it elsewhere.
 */
import { citations } from '../cited-sources';
import { mention } from './mention';
import type { DocMention } from './resolve';

export function citedOutlets(ms: DocMention[], text: string): DocMention[] {
  const cited = citations(text);
  if (!cited.length) return ms;
  const out = ms.filter((m) => !cited.some((c) => m.start < c.name.end && c.name.start < m.end));
  for (const { name } of cited) out.push({ ...mention(name.start, name.end, text.slice(name.start, name.end), 'ORG', 2, 'an outlet cited under its excerpt'), initial: false });
  return out.sort((a, b) => a.start - b.start);
}
