/**
 * Posts embedded in a scraped page: a social network's post keeps its text on the lines
 * above its author's sign-off (`— Elon Musk (@elonmusk) September 9, 2016`), with no
 * quote marks. Those lines are the author's words: an unmarked QUOTE each, without the
 * link the post ends with, spoken by the name the sign-off gives. A line ending with the post's
 * links is its first: the line above is the story's. A phrase quoted inside a post's line is
 * part of the post (`… woken up by "join our paranoia …"`): the post's span replaces it.
 */
import type { Paragraph, Span } from '../types';
import { postSignOff, withoutPostLinks } from '../posts';
import { FIRST_PERSON_RE } from './lexicon';

const SENTENCE_END = /[.!?…"”’)]$/u;
/** A post's length at most: what the lines above one sign-off may hold together. */
const POST_CHARS = 280;

/**
 * The posts' lines above each sign-off of the document, as QUOTE spans, and the quotes found inside them that they
 * replace; a line quoted whole is left alone.
 */
export function embeddedPosts(text: string, paragraphs: readonly Paragraph[], speakers: readonly Span[], quotes: readonly Span[]): { posts: Span[]; replaced: Set<Span> } {
  const out: Span[] = [];
  const replaced = new Set<Span>();
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
      // Above the post's last line, a line of the post speaks as its author does (`What do I know …`); the story's line
      // that leads into it does not (`Some criticized the city’s decision.`).
      if (lines.length > 0 && !FIRST_PERSON_RE.test(words)) break;
      const start = line.start + line.text.indexOf(body);
      const end = start + words.length;
      const inside = quotes.filter((q) => q.start < end && start < q.end);
      // A quote running past the line, or the line quoted whole, stays as it is.
      if (inside.some((q) => q.start < start || q.end > end || (q.start - start <= 1 && end - q.end <= 1))) break;
      for (const q of inside) replaced.add(q);
      const span: Span = { start, end, label: 'QUOTE', text: text.slice(start, end), unmarked: true, reason: 'an embedded post above its author’s sign-off' };
      if (author) span.speaker = { start: author.start, end: author.end, text: author.text, canonical: author.canonical };
      lines.unshift(span);
      // The line that ends with the post's links is its first: the story's paragraph comes above it.
      if (words.length < body.length) break;
    }
    out.push(...lines);
  }
  return { posts: out, replaced };
}
