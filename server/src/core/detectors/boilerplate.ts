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

export const boilerplateDetector: Detector = {
  name: 'boilerplate',
  labels: ['BOILERPLATE'],
  detect(ctx) {
    const paras = ctx.doc.paragraphs;
    // The memo is this detector's own: its keys are paragraph texts, its values LineInfo.
    const lines = paras.map((p) => ctx.memo.get<LineInfo>(p.text, () => classifyLine(p.text)));
    const page = readPage(lines, personLines(paras, ctx.found));
    const repeats = findRepeats(ctx.doc.uri, paras, lines, page, ctx.workspace);
    const out: Span[] = [];
    for (let i = 0; i < paras.length; i++) {
      const mark = page.marks[i];
      const repeat = repeats.get(i);
      if (!mark && !repeat) continue;
      const p = paras[i];
      const span: Span = { start: p.start, end: p.end, label: 'BOILERPLATE', text: p.text, reason: repeat?.reason ?? mark?.reason };
      if (repeat?.twins.length) span.duplicateOf = repeat.twins;
      out.push(span);
    }
    return out;
  },
};

/** Which lines are nothing but a PERSON mention found by the entity detector (a signature). */
function personLines(paras: readonly Paragraph[], found: readonly Span[]): (i: number) => boolean {
  const persons = new Set<string>();
  for (const s of found) if (s.label === 'PERSON') persons.add(`${s.start}:${s.end}`);
  return (i) => {
    if (persons.size === 0) return false;
    const p = paras[i];
    const lead = p.text.length - p.text.trimStart().length;
    const start = p.start + lead;
    return persons.has(`${start}:${start + p.text.trim().length}`);
  };
}
