/**
 * QUOTE spans with their speakers. Paragraph by paragraph (cached on the paragraph's
 * text and its entity mentions): quote marks are paired, lost marks recovered and
 * terms told from quotations (quotes/paragraph.ts); then one pass over the document
 * links each quote's attribution to a PERSON/ORG mention found by the entities
 * detector (quotes/speakers.ts) and settles quotes that run over several paragraphs.
 *
 * Multi-paragraph quotes: by the English convention each paragraph of a long quote
 * reopens with a mark and only the last one closes. Each paragraph's part is its own
 * QUOTE span, from its opening mark to the end of the paragraph; nothing was lost, so
 * such a part is neither `unmarked` nor `unbalanced`, and it takes the speaker of the
 * part that names one (usually the last). An opening mark that is never closed and
 * not continued by the next paragraph is a lost closing mark: the span runs to the
 * paragraph's end, `unmarked` (as the gold marks it) and `unbalanced` for the diagnostic.
 */
import type { Detector, DetectContext } from '../detector';
import type { Span } from '../types';
import { startsWithOpening } from '../quotes/marks';
import { analyseParagraph, type ParaQuote } from '../quotes/paragraph';
import { SpeakerLinker } from '../quotes/speakers';
import type { Attribution, ParaMention } from '../quotes/subjects';

const ENTITY = new Set(['PERSON', 'ORG', 'PLACE', 'NORP']);

export const quotesDetector: Detector = {
  name: 'quotes',
  labels: ['QUOTE'],
  detect: detectQuotes,
};

function detectQuotes(ctx: DetectContext): Span[] {
  const { doc } = ctx;
  const entities = ctx.found.filter((s) => ENTITY.has(s.label)).sort((a, b) => a.start - b.start);
  const linker = new SpeakerLinker(entities.filter((s) => s.label === 'PERSON' || s.label === 'ORG'));
  const paragraphs = doc.paragraphs;
  const out: Span[] = [];
  /** Indices in `out` of parts that continue in the next paragraph. */
  const continued: number[] = [];
  /** The previous paragraph's closing `X said:`, for a paragraph that opens with a quote. */
  let lead: { attribution: Attribution; paragraph: number; byStart: Map<number, Span> } | undefined;
  let e = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    while (e < entities.length && entities[e].start < p.start) e++;
    const mine: Span[] = [];
    for (let j = e; j < entities.length && entities[j].end <= p.end; j++) mine.push(entities[j]);
    const rel: ParaMention[] = mine.map((m) => ({ start: m.start - p.start, end: m.end - p.start, label: m.label }));
    const key = `${p.text}\u0000${rel.map((m) => `${m.start}:${m.end}:${m.label}`).join(',')}`;
    const a = ctx.memo.get(key, () => analyseParagraph(p.text, rel));
    const byStart = new Map(mine.map((m) => [m.start - p.start, m]));
    let seen = 0;
    const seeUpTo = (pos: number) => {
      for (; seen < a.persons.length && a.persons[seen].start < pos; seen++) {
        const person = a.persons[seen];
        const mention = byStart.get(person.start);
        if (mention && !a.teaser) linker.see(mention, person.subject, person.titles);
      }
    };
    for (const [qi, q] of a.quotes.entries()) {
      seeUpTo(q.start);
      const span = toSpan(doc.text, p.start, q);
      if (q.unclosed) {
        const next = paragraphs[pi + 1];
        if (next && startsWithOpening(next.text)) {
          span.reason = 'continues in the next paragraph (reopened there)';
          continued.push(out.length);
        } else {
          span.unmarked = true;
          span.unbalanced = true;
          span.reason = `Opening ${q.open ?? '“'} has no closing mark`;
        }
      }
      let attribution = q.attribution;
      let explicit = attribution.kind === 'mention' ? byStart.get(attribution.start) : undefined;
      if (attribution.kind === 'none' && qi === 0 && q.start === 0 && lead?.paragraph === pi - 1) {
        attribution = lead.attribution;
        if (attribution.kind === 'mention') explicit = lead.byStart.get(attribution.start);
      }
      const who = a.teaser && attribution.kind !== 'mention' ? undefined : linker.resolve(attribution, span, explicit);
      if (who) span.speaker = { start: who.start, end: who.end, text: who.text, canonical: who.canonical };
      out.push(span);
    }
    seeUpTo(Infinity);
    lead = a.leadOut ? { attribution: a.leadOut, paragraph: pi, byStart } : undefined;
  }
  // A part that continues in the next paragraph takes the speaker of the part after it.
  for (let i = continued.length - 1; i >= 0; i--) {
    const part = out[continued[i]];
    const next = out[continued[i] + 1];
    if (!part.speaker && next?.speaker) part.speaker = { ...next.speaker };
  }
  return out;
}

function toSpan(text: string, offset: number, q: ParaQuote): Span {
  const start = offset + q.start;
  const end = offset + q.end;
  const span: Span = { start, end, label: 'QUOTE', text: text.slice(start, end), reason: q.reason };
  if (q.unmarked) span.unmarked = true;
  return span;
}
