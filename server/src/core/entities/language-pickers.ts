/**
 * A language picker printed one language a line, each with its English name first and its own name
 * after (`Albanian Shqip`, `Chinese (Simplified) 简`, `Serbian Српски/Srpski`, `Hausa Hausa`): the
 * languages are no peoples and their own names no bodies, so four such lines in a row hold no entity.
 */
import type { Mention } from './mention';
import { lineRanges } from '../text';

/** A capitalised word, a script's note, then one to three words more, alone on the line and ending no sentence. */
const ITEM = /^(\p{Lu}\p{Ll}+)(?: \((?:Simplified|Traditional|Latin|Cyrillic)\))? (\S+(?: \S+){0,2})(?<![.!?])$/u;
/** How many items in a row make a picker. */
const MIN_ITEMS = 4;

/** Is the line a picker's item: a people's name first, or a language's own name after in another script, with marks, or the same? */
function isItem(line: string, start: number, peoples: ReadonlySet<number>): boolean {
  const x = ITEM.exec(line);
  if (!x) return false;
  return peoples.has(start) || x[2] === x[1] || /[^\p{Script=Latin}\p{P}\p{N}\s]|[^\p{ASCII}]/u.test(x[2]);
}

/**
 * Languages' own names in the Latin script, as a picker lists them (`Français`, `Bahasa Indonesia`, `Tiếng Việt`); a
 * line in another script alone is one too (`日本語`, `Русский`, `عربي`).
 */
const OWN_NAMES = new Set(['English', 'Français', 'Deutsch', 'Español', 'Italiano', 'Português', 'Nederlands', 'Polski', 'Türkçe', 'Svenska', 'Norsk', 'Dansk', 'Suomi',
  'Čeština', 'Magyar', 'Română', 'Hrvatski', 'Srpski', 'Slovenčina', 'Bahasa Indonesia', 'Bahasa Melayu', 'Tiếng Việt', 'Filipino', 'Kiswahili', 'Hausa', 'Català', 'Galego', 'Euskara']);
const OTHER_SCRIPT = /^[^\p{Script=Latin}\p{N}]+$/u;
/** How many such lines in a row make a picker, and how many of them in the Latin script. */
const MIN_OWN_NAMES = 5;
const MIN_LATIN_OWN_NAMES = 3;

/** The lines of pickers that list languages by their own names alone, one a line (`English`, `Français`, `日本語`, `Tiếng Việt`). */
function ownNamePickers(text: string): [number, number][] {
  const pickers: [number, number][] = [];
  let first = -1;
  let last = -1;
  let items = 0;
  let latin = 0;
  const close = () => {
    if (items >= MIN_OWN_NAMES && latin >= MIN_LATIN_OWN_NAMES) pickers.push([first, last]);
    items = latin = 0;
  };
  for (const { start, end } of lineRanges(text)) {
    const line = text.slice(start, end).trim();
    const own = OWN_NAMES.has(line);
    if (own || (line.length > 0 && line.length <= 12 && OTHER_SCRIPT.test(line))) {
      if (!items) first = start;
      items++;
      if (own) latin++;
      last = end;
    } else close();
  }
  close();
  return pickers;
}

/** The mentions but those on a language picker's lines. */
export function withoutLanguagePickers<M extends Mention>(ms: M[], text: string): M[] {
  // Cheap first: no picker of own names without two of them written.
  const own = text.includes('Français') || text.includes('Español') || text.includes('Deutsch') ? ownNamePickers(text) : [];
  if (own.length) ms = ms.filter((m) => !own.some(([a, b]) => m.start >= a && m.end <= b));
  const peoples = new Set(ms.filter((m) => m.label === 'NORP').map((m) => m.start));
  if (peoples.size < MIN_ITEMS - 1) return ms;
  const pickers: [number, number][] = [];
  let first = -1;
  let last = -1;
  let items = 0;
  let named = 0;
  const close = () => {
    if (items >= MIN_ITEMS && named >= MIN_ITEMS - 1) pickers.push([first, last]);
    items = named = 0;
  };
  for (const { start, end } of lineRanges(text)) {
    const line = text.slice(start, end);
    if (isItem(line, start, peoples)) {
      if (!items) first = start;
      items++;
      if (peoples.has(start)) named++;
      last = end;
    } else close();
  }
  close();
  return pickers.length ? ms.filter((m) => !pickers.some(([a, b]) => m.start >= a && m.end <= b)) : ms;
}
