/**
 * A site's menu of the places it covers, under a heading of its own (`News By Area`, `By Town`): each line
 * after the heading, up to the first that is no place's name (`See all locations`, `Rugby`), names a town or a
 * district (`Llanelli`, `Merthyr Tydfil`), whatever its words would make it elsewhere.
 */
import { mention } from './mention';
import type { DocMention } from './resolve';
import { isCommonWord } from './lexicon';
import { FUNCTION_WORDS } from './vocabulary';

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
