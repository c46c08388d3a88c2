/**
 * `About Mashable`, `Follow Dawgs By Nature`, `More From Recode`: a page's links to its own site's pages name the site.
 * Such a line names a body unless it names the reader (`Follow Us`), the page (`About This Blog`), a person (an author's
 * note: `About Victor Davis Hanson`) or a place; and one of its words at least is in no dictionary: words of the language
 * only name a section as often (`About Theater`, `More from Breaking News`).
 */
import { mention } from './mention';
import type { DocMention } from './resolve';
import { isCommonWord } from './lexicon';
import { isGivenName } from './given-names';
import { gazetteer } from './gazetteer';
import { nameKey } from './keys';

const CUE_LINE = /^[ \t]*(?:About|Follow|More [Ff]rom)[ \t]+((?:The[ \t]+)?\p{Lu}[\p{L}\p{N}.&+'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&+'’-]*){0,2})[ \t]*$/gmu;
/** The reader, the page or the site's own pages: no body. */
const NOT_A_SITE = /^(?:Us|US|Me|Our|This|These|The Web|The Author|The Authors|The Writer)\b/;

export function siteCueNames(ms: DocMention[], text: string): DocMention[] {
  if (!/(?:About|Follow|More [Ff]rom) \p{Lu}/u.test(text)) return ms;
  const out = [...ms];
  let added = false;
  for (const x of text.matchAll(CUE_LINE)) {
    const name = x[1];
    if (NOT_A_SITE.test(name) || /(?:\.\.\.|…)$/.test(name)) continue;
    if (!name.split(/\s+/).some((w) => w !== 'The' && !isCommonWord(w.toLowerCase()))) continue;
    const first = name.replace(/^The\s+/, '').split(/\s+/)[0];
    if (isGivenName(first) || gazetteer().get(nameKey(name))?.label === 'PLACE') continue;
    const start = x.index + x[0].indexOf(name, x[0].search(/\s/));
    const end = start + name.length;
    const inside = out.filter((m) => m.start < end && start < m.end);
    if (inside.some((m) => m.label || m.start < start || m.end > end)) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ ...mention(start, end, name, 'ORG', 2, 'a site named in its own page’s links (About, Follow, More from)'), initial: false });
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start) : ms;
}
