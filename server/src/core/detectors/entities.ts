/**
 * PERSON, ORG, PLACE and NORP, each with its canonical name. Per paragraph (memoised
 * on the text): capitalised chunks read with gazetteers, titles, organisation heads,
 * acronyms and context cues (entities/paragraph.ts). Per document, in one linear
 * pass: labels made consistent with the document and the workspace
 * (entities/resolve.ts), then canonical names (entities/canonical.ts).
 */
import type { Detector } from '../detector';
import type { Span } from '../types';
import { analyseParagraph } from '../entities/paragraph';
import type { ParagraphEntities, StateCandidate } from '../entities/mention';
import { resolveLabels, type DocMention } from '../entities/resolve';
import { assignCanonical } from '../entities/canonical';
import { WorkspaceNames } from '../entities/workspace-names';
import { foldInvisible, hasInvisible } from '../entities/invisible';

const NAMES_KEY = '\u0000workspace-names';

const NO_BREAK = /[\u00a0\u2007\u202f]/;
const NO_BREAK_ALL = /[\u00a0\u2007\u202f]/g;

export const entitiesDetector: Detector = {
  name: 'entities',
  labels: ['PERSON', 'ORG', 'PLACE', 'NORP'],
  detect(ctx) {
    const all: DocMention[] = [];
    const aliasPairs: [DocMention, DocMention][] = [];
    const states: StateCandidate[] = [];
    // (Most documents have neither: one scan of the document each instead of one for each paragraph.)
    const noBreaks = NO_BREAK.test(ctx.doc.text);
    const invisibles = hasInvisible(ctx.doc.text);
    for (const p of ctx.doc.paragraphs) {
      // Names are read without the invisible characters of web pages (soft hyphens) and with no-break spaces as
      // spaces (PDF text joins every word so); spans cover the text as written.
      const spaced = noBreaks && NO_BREAK.test(p.text) ? p.text.replace(NO_BREAK_ALL, ' ') : p.text;
      const folded = invisibles ? foldInvisible(spaced) : undefined;
      const read = folded?.text ?? spaced;
      const r = ctx.memo.get<ParagraphEntities>(read, () => analyseParagraph(read));
      const local = folded
        ? r.mentions.map((m) => ({ ...m, start: folded.toWritten(m.start) + p.start, end: folded.toWritten(m.end - 1) + 1 + p.start }))
        : r.mentions.map((m) => ({ ...m, start: m.start + p.start, end: m.end + p.start }));
      for (const a of r.aliases) aliasPairs.push([local[a.full], local[a.short]]);
      if (r.states) for (const c of r.states) states.push(folded ? { ...c, start: folded.toWritten(c.start) + p.start, end: folded.toWritten(c.end - 1) + 1 + p.start } : { ...c, start: c.start + p.start, end: c.end + p.start });
      for (const m of local) all.push(m);
    }
    const names = ctx.memo.get(NAMES_KEY, () => new WorkspaceNames());
    names.sync(ctx.workspace, ctx.doc.uri);
    const kept = resolveLabels(all, ctx.workspace, ctx.doc.uri, names, ctx.doc.text, states);
    assignCanonical(kept, aliasPairs.filter(([f, s]) => f.label && s.label), names, ctx.doc.text);
    return kept.map(
      // The text as written (a read-through name has fewer characters than its span, or spaces for no-break ones).
      (m): Span => ({ start: m.start, end: m.end, label: m.label!, text: ctx.doc.text.slice(m.start, m.end), canonical: m.canonical ?? m.text, reason: m.reason }),
    );
  },
};
