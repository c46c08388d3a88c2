/**
 * A round-up of others' reporting: each excerpt, a paragraph or a few of prose, then its outlet alone on the next
 * line in square brackets (`[The Verge]`, `[Tom's Guide]`). Two such citations after prose make the page a round-up:
 * the outlets are bodies (entities), the excerpts their words (quotes, their marks lost), the citations the article's
 * (no boilerplate). Read by all three detectors, from the same lines.
 */
import { lineRanges } from './text';

/** A name of one to four capitalised words in square brackets, alone on its line. */
export const CITED_NAME = /^\[(\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3})\]$/u;
/** Citations after prose a page needs to be read as a round-up (one bracketed word may be a link's or a player's). */
export const CITED_SOURCES = 2;
/** A test for a citation's line anywhere, after a quicker one (analysis runs on every keystroke); the first line is never one. */
const CITATION_LINE = /(?:^|\n)[ \t]*\[\p{Lu}[^\]\n]{0,60}\][ \t]*(?:\r?\n|$)/u;
/** Paragraphs of one excerpt at most, above its citation. */
const EXCERPT_PARAGRAPHS = 3;

/** Reads as prose: a sentence of some length, or a long line (as the boilerplate's line kinds read content). */
export function isProse(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return (words >= 12 && /[.!?…"”’»)]$/u.test(t)) || words >= 25;
}

export interface Citation {
  /** The outlet's name inside the brackets. */
  name: { start: number; end: number };
  /** The excerpt's paragraphs above it, first to last, each trimmed. */
  excerpt: { start: number; end: number }[];
}

/** The page's citations, when it is a round-up (none otherwise). */
export function citations(text: string): Citation[] {
  if (!text.includes('\n[') || !CITATION_LINE.test(text)) return [];
  const lines = lineRanges(text).map((r) => {
    const raw = text.slice(r.start, r.end);
    const lead = raw.length - raw.trimStart().length;
    return { start: r.start + lead, end: r.start + raw.trimEnd().length };
  });
  const out: Citation[] = [];
  for (let i = 1; i < lines.length; i++) {
    const x = CITED_NAME.exec(text.slice(lines[i].start, lines[i].end));
    if (!x) continue;
    const excerpt: { start: number; end: number }[] = [];
    for (let j = i - 1; j >= 0 && excerpt.length < EXCERPT_PARAGRAPHS; j--) {
      const l = lines[j];
      if (l.start === l.end) continue;
      const t = text.slice(l.start, l.end);
      if (!isProse(t) || CITED_NAME.test(t)) break;
      excerpt.unshift(l);
    }
    if (excerpt.length) out.push({ name: { start: lines[i].start + 1, end: lines[i].end - 1 }, excerpt });
  }
  return out.length >= CITED_SOURCES ? out : [];
}
