/**
 * Test helpers for the quote detector: documents written with their entity mentions
 * inline, `[[Xi|PERSON]]` or `[[Xi|PERSON|Xi Jinping]]` (canonical name last), as the
 * entities detector would report them in `ctx.found`.
 */
import { Doc } from '../../../server/src/core/document';
import { Memo } from '../../../server/src/core/memo';
import { WorkspaceIndex } from '../../../server/src/core/workspace-index';
import { quotesDetector } from '../../../server/src/core/detectors/quotes';
import type { Label, Span } from '../../../server/src/core/types';

export interface Marked {
  text: string;
  found: Span[];
}

export function unmark(src: string): Marked {
  const found: Span[] = [];
  let text = '';
  let at = 0;
  const re = /\[\[([^\]|]+)\|(\w+)(?:\|([^\]]+))?\]\]/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    text += src.slice(at, m.index);
    found.push({ start: text.length, end: text.length + m[1].length, label: m[2] as Label, text: m[1], canonical: m[3] ?? m[1] });
    text += m[1];
    at = m.index + m[0].length;
  }
  return { text: text + src.slice(at), found };
}

/** What a test compares: the quote's text, its flags, and its speaker as `Name#n` (n-th mention of that text). */
export interface QuoteView {
  text: string;
  unmarked?: true;
  unbalanced?: true;
  speaker?: string;
}

export function quotesOf(src: string, memo = new Memo()): { views: QuoteView[]; spans: Span[]; doc: Doc } {
  const { text, found } = unmark(src);
  const doc = new Doc('test.txt', text);
  const spans = quotesDetector.detect({ doc, found, workspace: new WorkspaceIndex(), memo });
  const views = spans.map((q) => {
    const v: QuoteView = { text: q.text };
    if (q.unmarked) v.unmarked = true;
    if (q.unbalanced) v.unbalanced = true;
    if (q.speaker) {
      const sp = q.speaker;
      const n = found.filter((f) => f.text === sp.text && f.start <= sp.start).length;
      v.speaker = `${sp.text}#${n}`;
    }
    return v;
  });
  return { views, spans, doc };
}
