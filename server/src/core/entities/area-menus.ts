/**
 * A site's menu of the places it covers, under a heading of its own (`News By Area`, `By Town`): each line
 * after the heading, up to the first that is no place's name (`See all locations`, `Rugby`), names a town or a
 * district (`Llanelli`, `Merthyr Tydfil`), whatever its words would make it elsewhere.
 */
import { mention } from './mention';
import type { DocMention } from './resolve';
import { isCommonWord } from './lexicon';
import { FUNCTION_WORDS } from './vocabulary';
import { lineRanges } from '../text';

const HEADING_WORDS = '(?:News )?By (?:Area|Location|Town)';
const HEADING = new RegExp(`^${HEADING_WORDS}$`, 'i');
const HAS_HEADING = new RegExp(`\\n${HEADING_WORDS}\\n`, 'i');
/** How many lines a menu may hold. */
const MAX_PLACES = 40;
/** One to three capitalised words (`Port Talbot`, `Vale of Glamorgan`), none of them a common word. */
const ITEM = /^\p{Lu}[\p{L}'’-]+(?: (?:of|upon|on|the|and|-) )?(?: ?\p{Lu}[\p{L}'’-]+){0,2}$/u;

/** Every word of the item, function words aside, is a common word (`See all locations`, `Rugby`). */
const commonWords = (item: string): boolean => item.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).every((w) => isCommonWord(w));

export function areaMenus(ms: DocMention[], text: string): DocMention[] {
  ms = townMenus(ms, text);
  if (!HAS_HEADING.test(text)) return ms;
  const places: { start: number; end: number }[] = [];
  let offset = 0;
  let inMenu = 0;
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const start = offset;
    offset += line.length + 1;
    const item = line.trim();
    if (HEADING.test(item)) {
      inMenu = MAX_PLACES;
      continue;
    }
    if (!inMenu) continue;
    // A town named like a common word (`Neath`) stays in the menu when a place's name follows it.
    if (!ITEM.test(item) || (commonWords(item) && !(ITEM.test(lines[k + 1]?.trim() ?? '') && !commonWords(lines[k + 1].trim())))) {
      inMenu = 0;
      continue;
    }
    inMenu--;
    const from = start + (line.length - line.trimStart().length);
    places.push({ start: from, end: from + item.length });
  }
  if (places.length < 2) return ms;
  const out = [...ms];
  for (const p of places) {
    const inside = out.filter((m) => m.start < p.end && p.start < m.end);
    // A body already read on the line (`Cardiff City`) keeps its reading.
    if (inside.some((m) => m.label === 'ORG' || m.start < p.start || m.end > p.end)) continue;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ ...mention(p.start, p.end, text.slice(p.start, p.end), 'PLACE', 2, 'a place in a site’s menu of areas'), initial: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Towns a run of menu lines must name for the run to be a menu of towns, and the share of its lines they must be. */
const MENU_TOWNS = 4;
const TOWN_SHARE = 0.6;

/**
 * A menu of towns without a heading (`Bolton` / `Bury` / `City Centre` / `Manchester` / `Oldham` …): between the first and
 * the last line naming a town the gazetteer knows, four such lines or more and most of the run's, the other lines of one
 * name's shape are towns too (`Oldham`, `Tameside`, `Bury` though a word of the language), but for those of common words
 * only (`City Centre`).
 */
function townMenus(ms: DocMention[], text: string): DocMention[] {
  const lines = lineRanges(text);
  /** The line's name, trimmed, and where it starts. */
  const itemAt = (k: number) => {
    const t = text.slice(lines[k].start, lines[k].end);
    return { from: lines[k].start + (t.length - t.trimStart().length), name: t.trim() };
  };
  // (Places the gazetteer knows, by where they start: a line is looked up, not every mention read for it.)
  const known = new Map(ms.filter((m) => m.label === 'PLACE' && m.gazKind && m.gazKind !== 'country').map((m) => [m.start, m.end]));
  const town = (k: number) => {
    const { from, name } = itemAt(k);
    return known.get(from) === from + name.length;
  };
  const item = (k: number) => {
    const { name } = itemAt(k);
    return name.length <= 30 && ITEM.test(name);
  };
  const added: DocMention[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!item(k) || !town(k)) continue;
    // The run of one-name lines from this town on; its part up to its last town.
    let j = k;
    while (j + 1 < lines.length && item(j + 1)) j++;
    let last = j;
    while (last > k && !town(last)) last--;
    let towns = 0;
    for (let i = k; i <= last; i++) if (town(i)) towns++;
    if (towns >= MENU_TOWNS && towns >= TOWN_SHARE * (last - k + 1)) {
      for (let i = k; i <= last; i++) {
        if (town(i)) continue;
        const { from, name } = itemAt(i);
        if (name.includes(' ') && commonWords(name)) continue;
        // (Not a line a name of its own stands in, with other words: `Australia News`.)
        if (ms.some((m) => m.start < from + name.length && from < m.end && m.label && ((m.label !== 'PLACE' && m.strength === 2) || m.start > from || m.end < from + name.length))) continue;
        added.push({ ...mention(from, from + name.length, name, 'PLACE', 2, 'a town in a menu of towns'), initial: false });
      }
    }
    k = j;
  }
  if (!added.length) return ms;
  return [...ms.filter((m) => !added.some((a) => m.start < a.end && a.start < m.end)), ...added].sort((a, b) => a.start - b.start);
}
