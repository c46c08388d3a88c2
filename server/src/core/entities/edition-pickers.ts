/**
 * A site's picker of its national editions: four lines or more in a row, each only a country's code (`DE`, `US`, `UK`,
 * `AUS`, `SG`): each names its country, a place, whatever the letters would be alone.
 */
import { lineRanges } from '../text';
import { countryByCode } from './gazetteer';
import { mention } from './mention';
import type { DocMention } from './resolve';

/** Codes in a row a picker needs (two or three capitals on a line may be anything). */
const PICKER_CODES = 4;
const CODE_LINE = /\n[ \t]*[A-Z]{2,3}[ \t]*\n[ \t]*[A-Z]{2,3}[ \t]*\n/;

export function editionPickers(ms: DocMention[], text: string): DocMention[] {
  if (!CODE_LINE.test(text)) return ms; // (a pattern opening with a line break: quick to rule out)
  const found: DocMention[] = [];
  let run: { start: number; end: number; country: string }[] = [];
  const close = () => {
    if (run.length >= PICKER_CODES) for (const c of run) found.push({ ...mention(c.start, c.end, text.slice(c.start, c.end), 'PLACE', 2, 'a country’s code in a picker of editions', { canonical: c.country, gazKind: 'country' }), initial: false });
    run = [];
  };
  for (const r of lineRanges(text)) {
    const line = text.slice(r.start, r.end);
    const code = line.trim();
    const country = /^[A-Z]{2,3}$/.test(code) ? countryByCode(code) : undefined;
    if (!country) {
      close();
      continue;
    }
    const start = r.start + line.indexOf(code);
    run.push({ start, end: start + code.length, country });
  }
  close();
  if (!found.length) return ms;
  const out = ms.filter((m) => !found.some((f) => m.start < f.end && f.start < m.end));
  return [...out, ...found].sort((a, b) => a.start - b.start);
}
