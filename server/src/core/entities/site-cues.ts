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

/** `Follow msnbc`, `Follow today`: a site's name written in small letters, as its logo, alone after `Follow`. */
const LOWERCASE_FOLLOW = /^[ \t]*Follow[ \t]+(\p{Ll}{3,})[ \t]*$/gmu;
/** What follows `Follow` in small letters and names no site. */
const NOT_A_SITE_WORD = /^(?:us|me|along|now|live|here|this|these|them|him|her)$/;

export function siteCueNames(ms: DocMention[], text: string): DocMention[] {
  if (!/(?:About|Follow|More [Ff]rom) \p{L}/u.test(text)) return ms;
  const out = [...ms];
  let added = false;
  const found = [...text.matchAll(CUE_LINE)];
  // The cues each name links to: a name of common words linked from all three kinds of cue (`About Quartz`, `Follow Quartz`,
  // `More from Quartz`) is the site's; a section's has one or two (`About Theater`, `Follow Theater`).
  const cues = new Map<string, Set<string>>();
  for (const x of found) cues.set(x[1], (cues.get(x[1]) ?? new Set()).add(x[0].trim().split(/\s/)[0]));
  for (const x of found) {
    const name = x[1];
    if (NOT_A_SITE.test(name) || /(?:\.\.\.|…)$/.test(name)) continue;
    if (!name.split(/\s+/).some((w) => w !== 'The' && !isCommonWord(w.toLowerCase())) && cues.get(name)!.size < 3) continue;
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
  // `Follow today` where the page writes `TODAY` as a name: the site's name, in small letters there and in capitals wherever written.
  for (const x of text.matchAll(LOWERCASE_FOLLOW)) {
    const word = x[1];
    if (NOT_A_SITE_WORD.test(word)) continue;
    const caps = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word.toUpperCase()}(?![\\p{L}\\p{N}])`, 'gu'))].map((c) => c.index);
    if (!caps.length) continue;
    const start = x.index + x[0].lastIndexOf(word);
    for (const [at, reason] of [[start, 'a site’s name in small letters after Follow'], ...caps.map((c) => [c, `the site’s name in capitals (“Follow ${word}”)`] as const)] as const) {
      const end = at + word.length;
      if (out.some((m) => m.start < end && at < m.end)) continue;
      out.push({ ...mention(at, end, text.slice(at, end), 'ORG', 2, reason), initial: false });
      added = true;
    }
  }
  return added ? out.sort((a, b) => a.start - b.start) : ms;
}
