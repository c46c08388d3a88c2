/**
 * A publisher's list of its sites under a heading of its own (`Our Sites`, `Our Brands`, `Our Network`): each line
 * after the heading, up to the first line that is a page's link or no name, names one of its publications, a body
 * (`Variety`, `Gold Derby`, `She Knows`, `Above The Law`), whatever its words would make it elsewhere.
 */
import { mention } from './mention';
import type { DocMention } from './resolve';

/** What a publisher calls its list of sites. */
const KINDS = '(?:Sites|Brands|Network|Networks|Publications|Titles|Websites)';
const HEADING = new RegExp(`^(?:Our|More From Our|Other)[ \\t]+${KINDS}[ \\t]*:?$`, 'i');
const HAS_KIND = new RegExp(`\\b${KINDS}\\b`, 'i');
/** A page's link or a bar's word, which ends the list (`Privacy Policy`, `Advertise`, `Close the menu`). */
const NO_SITE = /\b(?:privacy|policy|terms|cookies?|contact|advertis\w*|subscribe|subscriptions?|newsletters?|rss|about|tips|close|menu|sign|log|careers|help|accessibility|sitemap|copyright|rights)\b|©/i;
/** A call to the reader in the list (`Learn Arabic`, `Watch Live`): a link, no site's name. */
const CALL = /^(?:Learn|Watch|Read|Listen|Shop|Find|Get|Buy|Play|Download|Follow|Join|Explore|Discover|Visit|Try|See|View)\b/;
/** How many lines a list may hold. */
const MAX_SITES = 30;

export function siteLists(ms: DocMention[], text: string): DocMention[] {
  if (!HAS_KIND.test(text)) return ms;
  const lines = text.split('\n');
  let offset = 0;
  let inList = 0;
  const sites: { start: number; end: number }[] = [];
  for (const line of lines) {
    const start = offset + (line.length - line.trimStart().length);
    const item = line.trim();
    offset += line.length + 1;
    if (HEADING.test(item)) {
      inList = MAX_SITES;
      continue;
    }
    if (!inList) continue;
    if (!item || item.length > 40 || item.split(/\s+/).length > 6 || !/^[\p{Lu}\p{N}]/u.test(item) || /[.!?:,;]$/.test(item) || NO_SITE.test(item)) {
      inList = 0;
      continue;
    }
    inList--;
    if (!CALL.test(item)) sites.push({ start, end: start + item.length });
  }
  if (!sites.length) return ms;
  const out = [...ms];
  for (const s of sites) {
    const inside = out.filter((m) => m.start < s.end && s.start < m.end);
    // A line holding a body already read (`Al Jazeera Forum`) or a people's name (`Learn Arabic`) keeps its reading.
    if (inside.some((m) => m.label === 'ORG' || m.label === 'NORP' || m.start < s.start || m.end > s.end)) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ ...mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a site in its publisher’s list of sites'), initial: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
