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
/** `Ver en Español`, `Lee esto en Español`, `in Français`: a link to the page in a language, its own name after its word for `in`. */
const IN_LANGUAGE = /(?<!\p{L})(?:[Ee]n|[Ii]n|[Ee]m) $/u;
const OTHER_SCRIPT = /^[^\p{Script=Latin}\p{N}]+$/u;
/** How many such lines in a row make a picker, and how many of them in the Latin script. */
const MIN_OWN_NAMES = 5;
const MIN_LATIN_OWN_NAMES = 3;

/**
 * Runs of lines that are items (`item` says so, and whether the item counts as a strong one): the runs of at least
 * `items` lines, `strong` of them strong.
 */
function runs(text: string, item: (line: string, start: number) => 'strong' | 'weak' | undefined, items: number, strong: number): [number, number][] {
  const out: [number, number][] = [];
  let first = -1;
  let last = -1;
  let n = 0;
  let s = 0;
  const close = () => {
    if (n >= items && s >= strong) out.push([first, last]);
    n = s = 0;
  };
  for (const { start, end } of lineRanges(text)) {
    const kind = item(text.slice(start, end), start);
    if (!kind) {
      close();
      continue;
    }
    if (!n) first = start;
    n++;
    if (kind === 'strong') s++;
    last = end;
  }
  close();
  return out;
}

/** A picker's line of a language's own name (strong where written in the Latin script, weak in another). */
function ownName(raw: string): 'strong' | 'weak' | undefined {
  const line = raw.trim();
  if (OWN_NAMES.has(line)) return 'strong';
  return line.length > 0 && line.length <= 12 && OTHER_SCRIPT.test(line) ? 'weak' : undefined;
}

const outside = <M extends Mention>(ms: M[], spans: [number, number][]): M[] => (spans.length ? ms.filter((m) => !spans.some(([a, b]) => m.start >= a && m.end <= b)) : ms);

/** The mentions but those on a language picker's lines. */
export function withoutLanguagePickers<M extends Mention>(ms: M[], text: string): M[] {
  // Cheap first: no picker of own names without one of these written (`English`, `Français`, `日本語`, `Tiếng Việt` one a line).
  if (text.includes('Français') || text.includes('Español') || text.includes('Deutsch')) {
    ms = outside(ms, runs(text, ownName, MIN_OWN_NAMES, MIN_LATIN_OWN_NAMES));
    ms = ms.filter((m) => !(m.text !== 'English' && OWN_NAMES.has(m.text) && IN_LANGUAGE.test(text.slice(Math.max(0, m.start - 4), m.start))));
  }
  const norps = ms.filter((m) => m.label === 'NORP');
  const peoples = new Set(norps.map((m) => m.start));
  if (peoples.size < MIN_ITEMS - 1) return ms;
  ms = outside(ms, languageRows(text, norps));
  // English name first, own name after (`Albanian Shqip`): strong where the first is a people's name.
  return outside(ms, runs(text, (line, start) => (isItem(line, start, peoples) ? (peoples.has(start) ? 'strong' : 'weak') : undefined), MIN_ITEMS, MIN_ITEMS - 1));
}

/** A script's note after a language's name in a picker (`Chinese (Simplified)`). */
const SCRIPT_NOTE = / \((?:Simplified|Traditional|Latin|Cyrillic)\)/g;

/**
 * `Arabic Chinese (Simplified) Dutch English French German Italian`: a picker printed on one line, nothing on it but
 * languages' names (peoples' words) and their scripts' notes, four or more.
 */
function languageRows(text: string, norps: readonly Mention[]): [number, number][] {
  const out: [number, number][] = [];
  const byLine = new Map<number, number>();
  for (const m of norps) {
    const start = text.lastIndexOf('\n', m.start) + 1;
    byLine.set(start, (byLine.get(start) ?? 0) + 1);
  }
  for (const [start, n] of byLine) {
    if (n < MIN_ITEMS) continue;
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const words = text.slice(start, end).replace(SCRIPT_NOTE, '').trim().split(/\s+/);
    const names = new Set(norps.filter((m) => m.start >= start && m.end <= end).map((m) => m.text));
    if (words.length >= MIN_ITEMS && words.every((w) => names.has(w))) out.push([start, end]);
  }
  return out;
}
