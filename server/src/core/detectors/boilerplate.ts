/**
 * BOILERPLATE: lines that are not the article's own content — navigation labels,
 * calls to subscribe, teasers, credits, source lines, rating widgets, ads — and
 * paragraphs repeating earlier text (with their twins, brat attribute `Duplicate`).
 * Each line is classified once per distinct text (memo); the page-level reading and
 * the repeat search are linear in the number of lines.
 */
import type { Detector } from '../detector';
import type { Paragraph, Span } from '../types';
import { classifyLine, type LineInfo } from '../boilerplate/line-kinds';
import { readPage } from '../boilerplate/page';
import { findRepeats } from '../boilerplate/repeats';
import { wrappedProse } from '../boilerplate/wrapped-prose';
import { citations } from '../cited-sources';

export const boilerplateDetector: Detector = {
  name: 'boilerplate',
  labels: ['BOILERPLATE'],
  detect(ctx) {
    const paras = ctx.doc.paragraphs;
    // The memo is this detector's own: its keys are paragraph texts, its values LineInfo.
    const lines = paras.map((p) => ctx.memo.get<LineInfo>(p.text, () => classifyLine(p.text)));
    const page = readPage(lines, signatureLines(paras, ctx.found), citationLines(paras, ctx.doc.text));
    const repeats = findRepeats(ctx.doc.uri, paras, lines, page, ctx.workspace);
    const out: Span[] = [];
    const prose = wrappedProse(paras, ctx.doc.text);
    const walled = walledIn(paras.map((p, i) => (p.text.trim() ? (page.marks[i] !== undefined && !prose.has(i)) || repeats.has(i) : undefined)), lines);
    for (let i = 0; i < paras.length; i++) {
      if (page.tables.has(i)) continue; // a table inside the article, though walled in by menus
      const mark = prose.has(i) ? undefined : page.marks[i]; // hard-wrapped prose's lines, whatever each looks like alone
      const repeat = repeats.get(i);
      if (!mark && !repeat && !walled.has(i)) continue;
      const p = paras[i];
      const span: Span = { start: p.start, end: p.end, label: 'BOILERPLATE', text: p.text, reason: repeat?.reason ?? mark?.reason ?? 'inside a run of boilerplate' };
      if (repeat?.twins.length) span.duplicateOf = repeat.twins;
      out.push(span);
    }
    return out;
  },
};

/** The lines of a round-up's citations (`[The Verge]` under an excerpt), read as the entities and the quotes read them. */
function citationLines(paras: readonly Paragraph[], text: string): ReadonlySet<number> {
  const cited = citations(text);
  if (!cited.length) return new Set();
  const at = new Set(cited.map((c) => c.name.start - 1));
  const out = new Set<number>();
  paras.forEach((p, i) => {
    if (at.has(p.start + p.text.length - p.text.trimStart().length)) out.add(i);
  });
  return out;
}

/**
 * Which lines are nothing but a PERSON mention found by the entity detector (a signature), or a PLACE
 * in capitals (a release's place of issue under its text: `CANBERRA`); not three such lines in a row (a list).
 */
function signatureLines(paras: readonly Paragraph[], found: readonly Span[]): (i: number) => boolean {
  const persons = new Set<string>();
  for (const s of found) if (s.label === 'PERSON' || (s.label === 'PLACE' && s.text.length > 3 && s.text === s.text.toUpperCase())) persons.add(`${s.start}:${s.end}`);
  const only = (i: number): boolean => {
    const p = paras[i];
    if (!p) return false;
    const lead = p.text.length - p.text.trimStart().length;
    const start = p.start + lead;
    return persons.has(`${start}:${start + p.text.trim().length}`);
  };
  // Three names or more in a row are a list (a site's writers, a menu), not one author signing.
  const inList = (i: number) => (only(i - 1) && only(i + 1)) || (only(i - 1) && only(i - 2)) || (only(i + 1) && only(i + 2));
  return (i) => persons.size > 0 && only(i) && !inList(i);
}

/** Lines of boilerplate needed on each side of a line for it to be one too. */
const WALL = 3;

/**
 * `Toronto, ON` / `1-866-306-4636` amid a footer's links, a teaser amid teasers: an unmarked
 * line with boilerplate on both sides (the `WALL` non-blank lines before and after it), itself
 * no long paragraph of prose, belongs to the run. `bp[i]` is undefined for blank lines.
 */
function walledIn(bp: readonly (boolean | undefined)[], lines: readonly LineInfo[]): Set<number> {
  const out = new Set<number>();
  const filled = bp.map((b, i) => (b === undefined ? -1 : i)).filter((i) => i >= 0);
  for (let k = WALL; k + WALL < filled.length; k++) {
    const i = filled[k];
    if (bp[i] || lines[i].words > LONG_PROSE) continue;
    let walled = true;
    for (let d = 1; d <= WALL && walled; d++) walled = !!bp[filled[k - d]] && !!bp[filled[k + d]];
    if (walled) out.add(i);
  }
  return out;
}

/** Words beyond which a line is a paragraph of prose, never filled in. */
const LONG_PROSE = 40;
