/**
 * Posts embedded in a scraped page: a social network's post keeps its text on the lines
 * above its author's sign-off (`— Elon Musk (@elonmusk) September 9, 2016`), with no
 * quote marks. Those lines are the author's words: an unmarked QUOTE each, without the
 * link the post ends with, spoken by the name the sign-off gives.
 */
import type { Paragraph, Span } from '../types';
import { postSignOff, withoutPostLinks } from '../posts';

const SENTENCE_END = /[.!?…"”’)]$/u;
/** A post's length at most: what the lines above one sign-off may hold together. */
const POST_CHARS = 280;

/** The posts' lines above each sign-off of the document, as QUOTE spans; lines that hold a quote already are left alone. */
export function embeddedPosts(text: string, paragraphs: readonly Paragraph[], speakers: readonly Span[], quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const name = postSignOff(paragraphs[pi].text);
    if (!name) continue;
    const p = paragraphs[pi];
    const nameStart = p.start + p.text.indexOf(name);
    const author = speakers.find((s) => s.start >= nameStart && s.end <= nameStart + name.length);
    const lines: Span[] = [];
    let chars = 0;
    for (let k = pi - 1; k >= 0; k--) {
      const line = paragraphs[k];
      const body = line.text.trim();
      if (!body) continue;
      const words = withoutPostLinks(body);
      chars += words.length;
      // Above the post's last line, only lines that end as sentences do (a teaser's headline above it is none of the post).
      if (!words || chars > POST_CHARS || body.endsWith(':') || postSignOff(body) !== undefined || (lines.length > 0 && !SENTENCE_END.test(words))) break;
      const start = line.start + line.text.indexOf(body);
      const end = start + words.length;
      if (quotes.some((q) => q.start < end && start < q.end)) break;
      const span: Span = { start, end, label: 'QUOTE', text: text.slice(start, end), unmarked: true, reason: 'an embedded post above its author’s sign-off' };
      if (author) span.speaker = { start: author.start, end: author.end, text: author.text, canonical: author.canonical };
      lines.unshift(span);
    }
    out.push(...lines);
  }
  return out;
}
