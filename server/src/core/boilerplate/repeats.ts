/**
 * Repeated paragraphs. Within a document, a paragraph that repeats an earlier one
 * (after `paragraphKey` normalisation) is boilerplate from its second occurrence on.
 * Across documents, the workspace index says where else a paragraph occurs:
 * - a line that is boilerplate here anyway (a teaser, a footer) just gains its twins;
 * - a line in the page's tail, or a line that does not read as prose and is shared by
 *   two or more other documents (a template line), is boilerplate in every copy;
 * - shared article text is boilerplate only in the later copies: the original is the
 *   copy, among those that read as content in their own document, whose URI sorts
 *   first (a stable order, unlike the index's, which changes with every edit).
 */
import type { WorkspaceIndex } from '../workspace-index';
import type { Paragraph, Span, SpanRef } from '../types';
import type { LineInfo } from './line-kinds';
import type { PageReading } from './page';

export interface Repeat {
  reason?: string;
  twins: SpanRef[];
}

/** Twins listed per repeat, the earliest first: enough to navigate, and linear on pages that repeat a line hundreds of times. */
export const MAX_TWINS = 20;

/** Reasons given to copies of text found in other documents start with this. */
export const CROSS_DOCUMENT_REASON = 'repeats text of ';

export function findRepeats(
  uri: string,
  paras: readonly Paragraph[],
  lines: readonly LineInfo[],
  page: PageReading,
  workspace: WorkspaceIndex,
): Map<number, Repeat> {
  const out = new Map<number, Repeat>();
  const seen = new Map<string, number[]>();
  // Occurrences in other documents per key, looked up once however often the key recurs here.
  const elsewhere = new Map<string, SpanRef[]>();
  const contentAt = otherDocumentContent(workspace);
  for (let i = 0; i < paras.length; i++) {
    const key = lines[i].key;
    // A table's cells repeat (`Pos`, `DL`) as a menu's labels do; inside the article they are its content.
    if (!key || page.tables.has(i)) continue;
    const earlier = seen.get(key);
    if (earlier) earlier.push(i);
    else seen.set(key, [i]);
    let others = elsewhere.get(key);
    if (!others) elsewhere.set(key, (others = otherOccurrences(workspace.occurrences(key), uri)));
    if (i === page.head) others = [];
    // A post's sign-off repeats when its author posts twice the same day (`— N. K. Jemisin (@nkjemisin) September 19, 2016`): no copy.
    if (earlier && earlier.length > 1 && !lines[i].post) {
      const own = earlier.slice(0, Math.min(earlier.length - 1, MAX_TWINS)).map((j) => ref(uri, paras[j]));
      out.set(i, { reason: `repeats line ${paras[earlier[0]].line + 1}`, twins: [...own, ...others].slice(0, MAX_TWINS) });
      continue;
    }
    if (others.length === 0) continue;
    const docs = new Set(others.map((r) => r.uri)).size;
    if (page.marks[i]) out.set(i, { twins: others });
    else if (i > page.lastContent || (docs >= 2 && !lines[i].content)) {
      out.set(i, { reason: crossReason(docs), twins: others });
    } else {
      const originals = others.filter((r) => r.uri < uri && contentAt(r));
      if (originals.length) out.set(i, { reason: crossReason(new Set(originals.map((r) => r.uri)).size), twins: originals });
    }
  }
  return out;
}

/** Occurrences in other documents, at most MAX_TWINS of them, in URI order. */
function otherOccurrences(all: readonly SpanRef[], uri: string): SpanRef[] {
  const out: SpanRef[] = [];
  for (const r of all) if (r.uri !== uri) out.push(r);
  out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
  return out.length > MAX_TWINS ? out.slice(0, MAX_TWINS) : out;
}

function crossReason(docs: number): string {
  return `${CROSS_DOCUMENT_REASON}${docs === 1 ? 'another document' : `${docs} other documents`}`;
}

function ref(uri: string, p: Paragraph): SpanRef {
  return { uri, start: p.start, end: p.end };
}

/**
 * Whether an indexed paragraph reads as content in its own document: it was not marked
 * boilerplate there, or only for being a copy of text found elsewhere.
 */
function otherDocumentContent(workspace: WorkspaceIndex): (r: SpanRef) => boolean {
  const byUri = new Map<string, Map<number, Span>>();
  return (r) => {
    let starts = byUri.get(r.uri);
    if (!starts) {
      starts = new Map();
      for (const s of workspace.spansOf(r.uri)) if (s.label === 'BOILERPLATE') starts.set(s.start, s);
      byUri.set(r.uri, starts);
    }
    const s = starts.get(r.start);
    return !s || (s.reason?.startsWith(CROSS_DOCUMENT_REASON) ?? false);
  };
}
