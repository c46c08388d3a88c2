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
import type { Paragraph, Span } from '../types';
import { SPACED_OPENING, startsWithOpening } from '../quotes/marks';
import { analyseParagraph, type ParaAnalysis, type ParaQuote } from '../quotes/paragraph';
import { blockQuoteParagraphs } from '../quotes/block-quotes';
import { SpeakerLinker, entityKey } from '../quotes/speakers';
import { FIRST_PERSON_RE, SAY_VERB } from '../quotes/lexicon';
import { isHeadline } from '../quotes/attribution';
import { embeddedPosts } from '../quotes/embedded-posts';
import { postSignOff } from '../posts';
import { aloneOnLine } from '../text';
import { citations } from '../cited-sources';
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
  const linker = new SpeakerLinker(entities.filter((s) => s.label === 'PERSON' || s.label === 'ORG'), doc.text);
  const paragraphs = doc.paragraphs;
  const out: Span[] = [];
  /** Indices in `out` of parts that continue in the next paragraph. */
  const continued: number[] = [];
  /** The previous paragraph's closing `X said:`, for a paragraph that opens with a quote. */
  let lead: { attribution: Attribution; paragraph: number; byStart: Map<number, Span> } | undefined;
  /** Per quote in `out`: its text names no speaker at all (it may take one from its neighbours). */
  const bare: boolean[] = [];
  /** Per quote in `out`: it opens its paragraph; it stands in a teaser. */
  const opening: boolean[] = [];
  const teasers: boolean[] = [];
  /** The speaker of the previous paragraph's last quote, or 'said' when it reported speech without quoting. */
  let before: { paragraph: number; speaker?: Span['speaker']; reported: boolean; persons: Span[] } | undefined;
  const byStartAll = new Map(entities.map((m) => [m.start, m]));
  /** The voice the paragraph before spoke in: its last quote's speaker, or whose words it reported (`he admitted that …`). */
  const voiceBefore = (span: Span, reported: boolean): Span | undefined => {
    const prev = before?.speaker && byStartAll.get(before.speaker.start);
    if (prev) return linker.nearest(prev, span.start, span.end);
    return reported ? linker.resolve({ kind: 'pronoun', word: 'he' }, span, undefined) : undefined;
  };
  // Each paragraph read alone (cached on its text and mentions), then the document read as a whole.
  const read: { a: ParaAnalysis; mine: Span[] }[] = [];
  // Paragraphs in a run of two or more that each open with a spaced straight mark (` " The Coalition …`).
  const spaced = paragraphs.map((p) => SPACED_OPENING.test(p.text));
  const inSpacedRun = (i: number) => spaced[i] && (spaced[i - 1] || spaced[i + 1]);
  let e = 0;
  for (const [pi, p] of paragraphs.entries()) {
    while (e < entities.length && entities[e].start < p.start) e++;
    const mine: Span[] = [];
    for (let j = e; j < entities.length && entities[j].end <= p.end; j++) mine.push(entities[j]);
    const rel: ParaMention[] = mine.map((m) => ({ start: m.start - p.start, end: m.end - p.start, label: m.label }));
    const run = inSpacedRun(pi);
    const key = `${p.text}\u0000${rel.map((m) => `${m.start}:${m.end}:${m.label}`).join(',')}${run ? '\u0000spaced' : ''}`;
    read.push({ a: ctx.memo.get(key, () => analyseParagraph(p.text, rel, run)), mine });
  }
  const blocks = blockQuoteParagraphs(read.map((r) => r.a.block));
  /** Quotes in a headline that name no speaker there. */
  const headlineQuotes: { index: number; paragraph: number }[] = [];
  /** The paragraph a quote left open at a line's end goes on in, with no mark of its own (a text typed double-spaced). */
  let wrappedInto = -1;
  /**
   * Whether a quote left open at the end of paragraph `pi` goes on down the lines of a text typed double-spaced and is
   * closed there: by a closing mark opening a line (its opening lost with the line break) or reopened in the paragraph
   * after the lines. (Closed by nothing, its closing mark may as well have been lost at its own line's end.)
   */
  const closedDownTheLines = (pi: number): boolean => {
    for (let j = pi; j + 1 < paragraphs.length && wrapsOnAfterBlank(paragraphs[j], paragraphs[j + 1]); j++) {
      const first = read[j + 1].a.quotes[0];
      if (first) return first.unmarked && !/\S/.test(paragraphs[j + 1].text.slice(0, first.start));
      if (paragraphs[j + 2] && startsWithOpening(paragraphs[j + 2].text)) return true;
    }
    return false;
  };
  /**
   * A quote left open at its paragraph's end: reopened in the next paragraph (the convention of a quote over several),
   * going on in the next line of a text typed double-spaced (`"Because of the unemployment position in Australia the` /
   * `migration program this year …` / `… and their families," Mr. Cameron said.`; each line its own part, the marks it lacks
   * lost with the line breaks), or closed by no mark.
   */
  const goesOn = (span: Span, pi: number, open: string | undefined) => {
    // The next paragraph, past photo captions and subheadings standing between (`… (Image: GETTY )`).
    let k = pi + 1;
    while (k < paragraphs.length && k <= pi + MAX_CAPTIONS_BETWEEN && !startsWithOpening(paragraphs[k].text) && !inSpacedRun(k) && !read[k].a.quotes.length && isCaptionLike(paragraphs[k].text)) k++;
    const next = paragraphs[k];
    if (next && (startsWithOpening(next.text) || inSpacedRun(k))) {
      span.reason = 'continues in the next paragraph (reopened there)';
      continued.push(out.length);
      return;
    }
    if (closedDownTheLines(pi)) {
      span.unmarked = true;
      span.reason = 'goes on in the next line of the text typed double-spaced';
      continued.push(out.length);
      if (!read[pi + 1].a.quotes.length) wrappedInto = pi + 1;
      return;
    }
    span.unmarked = true;
    span.unbalanced = true;
    span.reason = `Opening ${open ?? '“'} has no closing mark`;
  };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const { a, mine } = read[pi];
    const byStart = new Map(mine.map((m) => [m.start - p.start, m]));
    const wrapped = wrappedInto === pi;
    if (wrapped) {
      // The whole line is the open quote's words.
      const lead = p.text.length - p.text.trimStart().length;
      const start = p.start + lead;
      const end = p.start + p.text.trimEnd().length;
      const span: Span = { start, end, label: 'QUOTE', text: doc.text.slice(start, end) };
      goesOn(span, pi, undefined);
      if (span.unbalanced) span.reason = 'the words of a quote opened on the line above, closed by no mark';
      bare.push(true);
      opening.push(false);
      teasers.push(false);
      out.push(span);
    }
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
      if (q.unclosed) goesOn(span, pi, q.open);
      let attribution = q.attribution;
      let explicit = attribution.kind === 'mention' ? byStart.get(attribution.start) : undefined;
      // The quote opens the paragraph (after any indent, as OCR text has).
      const opens = qi === 0 && !/\S/.test(p.text.slice(0, q.start));
      if (attribution.kind === 'none' && opens && lead?.paragraph === pi - 1) {
        attribution = lead.attribution;
        if (attribution.kind === 'mention') explicit = lead.byStart.get(attribution.start);
      }
      let who = a.teaser && attribution.kind !== 'mention' ? undefined : linker.resolve(attribution, span, explicit);
      if (!who && attribution.kind === 'none' && opens && before?.paragraph === pi - 1 && !a.teaser) {
        // A paragraph that is only a quote goes on with the speaker of the paragraph before:
        // the last one quoted there, or the one whose words it reported (`he admitted that …`).
        who = voiceBefore(span, before.reported);
        // `But for Parata the deaths are personal.` then `“It’s very emotional. We need to listen.”`: the one person just written about.
        // `Mr Ruddock congratulated Mr Block and Professor Johnston.` then `“… to retain Mr Block and Professor Johnston …”`:
        // of the people just written about, the one the quote does not speak of.
        if (!who) {
          const named = new Set(mine.filter((m) => m.label === 'PERSON' && m.start >= span.start && m.end <= span.end).map(entityKey));
          const rest = before.persons.filter((m) => !named.has(entityKey(m)));
          const solo = soloPerson(rest);
          if (solo && (FIRST_PERSON_RE.test(span.text) || rest.length < before.persons.length)) who = linker.nearest(solo, span.start, span.end);
        }
      }
      if (who) span.speaker = { start: who.start, end: who.end, text: who.text, canonical: who.canonical };
      else if (isHeadline(p.text)) headlineQuotes.push({ index: out.length, paragraph: pi });
      if (who?.label === 'PERSON' && !a.teaser) linker.see(who, true, []);
      bare.push(attribution.kind === 'none');
      opening.push(opens);
      teasers.push(!!a.teaser);
      out.push(span);
    }
    seeUpTo(Infinity);
    // `…, a spokeswoman for the Service Employees International Union said.` then `"…," she said.`: an unnamed
    // spokesperson speaks for the body, which a later `he` or `she` means while no one else is named.
    if (!a.teaser) for (const org of unnamedSpokespersons(p.text, mine, p.start)) linker.see(org, true, []);
    if (blocks.has(pi) && !a.quotes.length && !a.teaser && !wrapped) {
      // A block quote whose marks went with the layout: the voice of the speech reported just before.
      const span = blockQuote(doc.text, p.start, p.text);
      const led = lead?.paragraph === pi - 1 ? lead : undefined;
      // `Here’s the full statement:` naming no one: a body's statement, the body just named (as `it said` would).
      const statement = pi > 0 && read[pi - 1].a.block.leadsOne && STATEMENT_LEAD.test(paragraphs[pi - 1].text) ? linker.resolve({ kind: 'pronoun', word: 'it' }, span, undefined) : undefined;
      const who = statement ?? (led ? linker.resolve(led.attribution, span, led.attribution.kind === 'mention' ? led.byStart.get(led.attribution.start) : undefined) : voiceBefore(span, true));
      if (who) span.speaker = { start: who.start, end: who.end, text: who.text, canonical: who.canonical };
      bare.push(true);
      opening.push(true);
      teasers.push(false);
      out.push(span);
    }
    const last = out.length && out[out.length - 1].start >= p.start ? out[out.length - 1] : undefined;
    // A photo caption or a subheading between two paragraphs of one voice does not interrupt it.
    // A hard-wrapped line that goes on with the sentence the line before left open keeps that paragraph's voice
    // (`Jackie Kelly said that she had spoken with Soccer` / `Australia and was confident …`).
    // So does a wrapped line going on with a quote's words (the quote's own span ends with its line, `“The way is open … to`).
    if (!a.quotes.length && before?.paragraph === pi - 1 && wrapsOn(paragraphs[pi - 1], p)) before = { ...before, paragraph: pi, reported: before.reported || (!before.speaker && a.reports), persons: [...before.persons, ...personsOf(a.persons, byStart)] };
    // (A wrapped paragraph's first line, its sentence left open, is no caption.)
    else if (!a.quotes.length && before?.paragraph === pi - 1 && isCaptionBetween(p.text) && !(paragraphs[pi + 1] && wrapsOn(p, paragraphs[pi + 1]))) before = { ...before, paragraph: pi };
    else before = { paragraph: pi, speaker: last?.speaker, reported: !last && a.reports, persons: last || a.teaser ? [] : personsOf(a.persons, byStart) };
    // A picture's caption under a heading that names who speaks (`Above: Jasper at the Turtle Pond …`) keeps the heading's voice for
    // the quote after it.
    if (a.leadOut) lead = { attribution: a.leadOut, paragraph: pi, byStart };
    else lead = lead?.paragraph === pi - 1 && !a.quotes.length && isCaptionBetween(p.text) ? { ...lead, paragraph: pi } : undefined;
  }
  headlineSpeakers(paragraphs, read, headlineQuotes, out);
  signedQuotes(paragraphs, out, byStartAll);
  // A part that continues in the next paragraph takes the speaker of the part after it.
  /** The mention of a quote's speaker nearest to another quote (`Tokayev` said it there, `he` here). */
  const nearestMention = (sp: NonNullable<Span['speaker']>, q: Span): Span['speaker'] => {
    const m = byStartAll.get(sp.start);
    const n = m ? linker.nearest(m, q.start, q.end) : undefined;
    return n ? { start: n.start, end: n.end, text: n.text, canonical: n.canonical } : { ...sp };
  };
  // A paragraph of a quote that runs over several takes the speaker of its last part, named by the mention nearest to it.
  for (let i = continued.length - 1; i >= 0; i--) {
    const part = out[continued[i]];
    const next = out[continued[i] + 1];
    if (!part.speaker && next?.speaker) part.speaker = nearestMention(next.speaker, part);
  }
  const unnamed = shareSpeakers(doc.text, out, bare, nearestMention);
  oneVoice(out, bare.map((b, i) => b && !unnamed.has(i)), opening, teasers, nearestMention);
  pullQuotes(doc.text, out, bare, nearestMention);
  const all = signedParagraphs(paragraphs, out, byStartAll);
  const { posts, replaced } = embeddedPosts(doc.text, paragraphs, entities.filter((s) => s.label === 'PERSON' || s.label === 'ORG'), all);
  const quotes = posts.length ? [...all.filter((q) => !replaced.has(q)), ...posts].sort((a, b) => a.start - b.start) : all;
  return citedExcerpts(doc.text, quotes, byStartAll);
}

/** A quote's words alone, for comparing two quotes: small letters, no marks, no punctuation. */
const quoteWords = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The fewest characters of words a pull quote must repeat to be taken for its twin (and the length of the key they share). */
const PULL_QUOTE_CHARS = 20;

/**
 * `“I put lipstick on a pig.”` set apart in a page, and `“I put lipstick on a pig,” he told …` in its text: a quote
 * naming no speaker whose words open another quote of the document, attributed (or, set apart on its own line, stand
 * anywhere in it), is that one's speaker's (a pull quote), named by the mention nearest to it, whoever spoke before it.
 */
function pullQuotes(text: string, out: Span[], bare: readonly boolean[], nearestMention: (sp: NonNullable<Span['speaker']>, q: Span) => Span['speaker']): void {
  if (!bare.some(Boolean)) return;
  // The attributed quotes by the first characters of their words.
  const said = new Map<string, { words: string; quote: Span }[]>();
  for (const [i, q] of out.entries()) {
    if (bare[i] || !q.speaker) continue;
    const words = quoteWords(q.text);
    if (words.length < PULL_QUOTE_CHARS) continue;
    const key = words.slice(0, PULL_QUOTE_CHARS);
    said.set(key, [...(said.get(key) ?? []), { words, quote: q }]);
  }
  if (!said.size) return;
  let all: { words: string; quote: Span }[] | undefined;
  for (const [i, q] of out.entries()) {
    if (!bare[i]) continue;
    const words = quoteWords(q.text);
    if (words.length < PULL_QUOTE_CHARS) continue;
    // A twin opening with its words; for a quote set apart on its own line, a twin holding them anywhere
    // (`“… Fares have increased to encourage more drivers …”` under the whole statement).
    const twin = said.get(words.slice(0, PULL_QUOTE_CHARS))?.find((x) => x.quote !== q && x.words.startsWith(words)) ?? (aloneOnLine(text, q.start, q.end) ? (all ??= [...said.values()].flat()).find((x) => x.quote !== q && x.words.includes(words)) : undefined);
    if (twin) q.speaker = nearestMention(twin.quote.speaker!, q);
  }
}

/** An unnamed spokesperson of a body, then (in the same sentence) a verb of saying: `a spokeswoman for the X said`. */
const SPOKESPERSON_FOR = /\b(?:an?|the|one)\s+(?:spokes(?:wo)?man|spokesperson|representative)\s+(?:for|of|at|with)\s+(?:the\s+)?$/i;

/** The bodies whose unnamed spokesperson speaks in the paragraph (no person named after them in it). */
function unnamedSpokespersons(text: string, mine: readonly Span[], offset: number): Span[] {
  const out: Span[] = [];
  for (const m of mine) {
    if (m.label !== 'ORG' || !SPOKESPERSON_FOR.test(text.slice(Math.max(0, m.start - offset - 40), m.start - offset))) continue;
    const rest = text.slice(m.end - offset).split(/(?<=[.!?])\s/)[0];
    if (!SAID_AFTER.test(rest) || mine.some((x) => x.label === 'PERSON' && x.start > m.end)) continue;
    out.push(m);
  }
  return out;
}
const SAID_AFTER = new RegExp(`\\b${SAY_VERB}\\b`);

/**
 * The line right under `prev`, which left its sentence open: one paragraph hard-wrapped (the line broken after a space,
 * or going on in small letters; not a list of teasers, each a line of its own).
 */
function wrapsOn(prev: Paragraph, p: Paragraph): boolean {
  return p.line === prev.line + 1 && !/[.!?:;"”’]\s*$/.test(prev.text) && (/^\s*\p{Ll}/u.test(p.text) || (/[ \t]$/.test(prev.text) && /^\s*\p{L}/u.test(p.text)));
}

/**
 * The line after a blank one under `prev`, going on in small letters with the sentence `prev` left open: a text typed
 * double-spaced, each line of a paragraph its own (`… in Australia the` / `` / `migration program this year …`). (A quote over a
 * single line break, in a paragraph hard-wrapped without blank lines, ends with its first line in every gold.)
 */
function wrapsOnAfterBlank(prev: Paragraph, p: Paragraph): boolean {
  return p.line === prev.line + 2 && !/[.!?:;"”’]\s*$/.test(prev.text) && /^\s*\p{Ll}/u.test(p.text);
}

/**
 * `EU China arms ban 'to be lifted'` over `… is likely to be lifted …, Jack Straw has said.`: a headline's
 * quote that names no speaker is said by the subject of the speech the next paragraph reports.
 */
function headlineSpeakers(paragraphs: readonly Paragraph[], read: readonly { a: ParaAnalysis; mine: Span[] }[], quotes: readonly { index: number; paragraph: number }[], out: Span[]): void {
  for (const { index, paragraph } of quotes) {
    let k = paragraph + 1;
    while (k < paragraphs.length && !paragraphs[k].text.trim()) k++;
    const next = read[k];
    if (!next || !next.a.reports || next.a.teaser) continue;
    const subject = next.a.persons.find((x) => x.subject);
    const m = subject && next.mine.find((x) => x.start - paragraphs[k].start === subject.start);
    if (m && !out[index].speaker) out[index].speaker = { start: m.start, end: m.end, text: m.text, canonical: m.canonical };
  }
}

/** A line signing what is above it with a dash (`— David McKinley on Sunday, October 13th, 2019 …`). */
const SIGNATURE = /^\s*[\u2014\u2013]\s*/;

/**
 * `"$53 million a week is coming across the border."` over `— David McKinley on Sunday, …`: a quote that is its
 * paragraph whole, signed on the next line with a dash and a name, is that one's, whoever spoke before.
 */
function signedQuotes(paragraphs: readonly Paragraph[], out: Span[], byStart: ReadonlyMap<number, Span>): void {
  let q = 0;
  for (let k = 1; k < paragraphs.length; k++) {
    const dash = SIGNATURE.exec(paragraphs[k].text);
    if (!dash) continue;
    const who = byStart.get(paragraphs[k].start + dash[0].length);
    if (!who || (who.label !== 'PERSON' && who.label !== 'ORG')) continue;
    const above = paragraphs[k - 1];
    while (q < out.length && out[q].start < above.start) q++;
    const quote = out[q];
    if (!quote || quote.start !== above.start + above.text.length - above.text.trimStart().length || quote.end !== above.start + above.text.trimEnd().length) continue;
    quote.speaker = { start: who.start, end: who.end, text: who.text, canonical: who.canonical };
  }
}

/** The fewest characters a paragraph signed under it must hold to be taken for words quoted (not a heading). */
const SIGNED_CHARS = 40;

/**
 * `Luboku takes off to astral new heights with his new EP …` over `– Michael Di Iorio, The Brag Magazine Editor`: a
 * paragraph of sentences quoting no one, signed on the line under it with a dash and a name, is that one's words, their
 * marks lost (a review's blurbs, a testimonial). A social post's sign-off is left to the posts' reading.
 */
function signedParagraphs(paragraphs: readonly Paragraph[], out: Span[], byStart: ReadonlyMap<number, Span>): Span[] {
  const added: Span[] = [];
  for (let k = 1; k < paragraphs.length; k++) {
    const dash = SIGNATURE.exec(paragraphs[k].text);
    if (!dash || postSignOff(paragraphs[k].text) !== undefined) continue;
    const who = byStart.get(paragraphs[k].start + dash[0].length);
    if (!who || (who.label !== 'PERSON' && who.label !== 'ORG')) continue;
    const above = paragraphs[k - 1];
    const body = above.text.trim();
    if (body.length < SIGNED_CHARS || !/[.!?…]$/.test(body) || /["“”«»]/.test(body) || SIGNATURE.test(above.text)) continue;
    const start = above.start + above.text.length - above.text.trimStart().length;
    const end = start + body.length;
    if (out.some((q) => q.start < end && start < q.end)) continue;
    added.push({ start, end, label: 'QUOTE', text: body, unmarked: true, reason: 'signed on the line under it with a dash and a name, its marks lost', speaker: { start: who.start, end: who.end, text: who.text, canonical: who.canonical } });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
}

/**
 * A round-up's excerpts (core/cited-sources.ts): each paragraph above an outlet's citation is the outlet's words, their
 * marks lost, whole (the quotes inside are the excerpt's own, no statements of their own).
 */
function citedExcerpts(text: string, quotes: Span[], byStart: ReadonlyMap<number, Span>): Span[] {
  const cited = citations(text);
  if (!cited.length) return quotes;
  const excerpts: Span[] = [];
  for (const { name, excerpt } of cited) {
    const outlet = byStart.get(name.start);
    for (const p of excerpt) {
      const span: Span = { start: p.start, end: p.end, label: 'QUOTE', text: text.slice(p.start, p.end), unmarked: true, reason: 'an excerpt, its outlet cited on the line under it' };
      if (outlet && outlet.end === name.end) span.speaker = { start: outlet.start, end: outlet.end, text: outlet.text, canonical: outlet.canonical };
      excerpts.push(span);
    }
  }
  const kept = quotes.filter((q) => !excerpts.some((x) => q.start < x.end && x.start < q.end));
  return [...kept, ...excerpts].sort((a, b) => a.start - b.start);
}

const CLOSING = /["”’'»]$/;

/** A lead-in naming a statement and no one (`Here’s the full statement:`). */
const STATEMENT_LEAD = /\bstatement\s*:\s*$/i;

/** The mentions of the people a paragraph names (outside quotes). */
function personsOf(persons: readonly { start: number }[], byStart: ReadonlyMap<number, Span>): Span[] {
  return persons.map((p) => byStart.get(p.start)).filter((m): m is Span => m !== undefined);
}

/** The one person of these mentions, however often named; none when they name two. */
function soloPerson(mentions: readonly Span[]): Span | undefined {
  let found: Span | undefined;
  for (const m of mentions) {
    if (found && entityKey(found) !== entityKey(m)) return undefined;
    found ??= m;
  }
  return found;
}

/** A short line that ends in no full stop, or in a picture's credit: a photo caption or a subheading, not a sentence of the story. */
function isCaptionLike(text: string): boolean {
  const trimmed = text.trim();
  const t = trimmed.endsWith(')') ? trimmed.replace(PICTURE_CREDIT, '') : trimmed;
  return t.length > 0 && !/[.!?…:;"”’'»)]$/.test(t) && (t.match(/\S+/g)?.length ?? 0) <= 30;
}
/** A caption's opening word: `Above: …`, `Pictured: …`. */
const CAPTION_OPENER = /^\s*(?:Above|Below|Top|Left|Right|Pictured|Photo|Photograph|Image|Caption)\s*:/;
/** A paragraph that stands between a voice's paragraphs without interrupting it: a caption by its shape or its opening word. */
const isCaptionBetween = (text: string): boolean => isCaptionLike(text) || CAPTION_OPENER.test(text);
/** A picture's credit ending its caption: `(Image: GETTY )`, `(Photo: AP)`. */
const PICTURE_CREDIT = /\s*\((?:Image|Images|Photo|Photos|Picture|Pic|Credit)s?:[^()]*\)$/i;
/** How many captions may stand between a quote's paragraphs. */
const MAX_CAPTIONS_BETWEEN = 3;

/**
 * Quotes of one utterance share its speaker: a sentence left open (`"A. "B," said X` —
 * the BBC's way of quoting sentence by sentence) and the quote right after it, and a
 * quote, its attribution and the quote that goes on after it (`"C," said X. "D.`).
 * Only quotes whose text names no speaker of their own take one. Returns the quotes that go on in the
 * voice of someone the text does not name (`…," the patient described. "I was …`), which no later rule gives a speaker.
 */
function shareSpeakers(
  text: string,
  out: Span[],
  bare: readonly boolean[],
  near: (speaker: NonNullable<Span['speaker']>, quote: Span) => Span['speaker'],
): Set<number> {
  const open = (i: number) => !CLOSING.test(out[i].text) && /^\s*$/.test(text.slice(out[i].end, out[i + 1].start));
  // Backwards: an open sentence takes the speaker of the quote that closes the utterance.
  for (let i = out.length - 2; i >= 0; i--) {
    if (!out[i].speaker && bare[i] && out[i + 1].speaker && open(i)) out[i].speaker = near(out[i + 1].speaker!, out[i]);
  }
  // Forwards: the quote after an open sentence, or after `," said X.`, goes on in X's voice.
  // After `," the patient described.` it goes on in the voice of someone unnamed: no one's (`unnamed`).
  const unnamed = new Set<number>();
  for (let i = 0; i + 1 < out.length; i++) {
    const sp = out[i].speaker;
    if (out[i + 1].speaker || !bare[i + 1]) continue;
    const gap = text.slice(out[i].end, out[i + 1].start);
    const oneSentence = gap.length <= 80 && /[.!?:]\s+$/.test(gap) && !/[.!?]\s/.test(gap.trimEnd().slice(0, -1));
    if (!sp) {
      if ((!bare[i] || unnamed.has(i)) && (open(i) || (oneSentence && /\p{Ll}/u.test(gap)))) unnamed.add(i + 1);
      continue;
    }
    const saidBetween = oneSentence && sp.start >= out[i].end && sp.end <= out[i + 1].start;
    if (open(i) || saidBetween) out[i + 1].speaker = near(sp, out[i + 1]);
  }
  return unnamed;
}

/**
 * `“The United States decision …` three paragraphs after `…,” Mr Anderson said.`: where every quote the document
 * attributes is one person's, twice or more, a paragraph that opens with a quote naming no speaker is that person's
 * (a minister's release, a profile), though a paragraph of narration came between; so is a quoted sentence in the
 * first person in the middle of a paragraph of narration (`… including Asia. "We have two executives …`).
 */
/** A quoted sentence of six words or more spoken in the first person (`"We have two executives travelling …`). */
const FIRST_PERSON_UTTERANCE = /^["“‘'«]?(?=\p{Lu})(?=(?:\S*\s+){5})[^]*?\b(?:I|I'm|I’m|we|We|our|Our|my|My|us)\b/u;

function oneVoice(out: Span[], bare: readonly boolean[], opening: readonly boolean[], teasers: readonly boolean[], near: (speaker: NonNullable<Span['speaker']>, quote: Span) => Span['speaker']): void {
  const voices = new Set(out.filter((q) => q.speaker).map((q) => q.speaker!.canonical ?? q.speaker!.text));
  const said = out.filter((q) => q.speaker);
  if (voices.size !== 1 || said.length < 2) return;
  for (let i = 0; i < out.length; i++) {
    if (out[i].speaker || !bare[i] || !(opening[i] || FIRST_PERSON_UTTERANCE.test(out[i].text)) || teasers[i]) continue;
    const nearest = said.reduce((a, b) => (Math.abs(b.start - out[i].start) < Math.abs(a.start - out[i].start) ? b : a));
    out[i].speaker = near(nearest.speaker!, out[i]);
  }
}

function blockQuote(text: string, offset: number, para: string): Span {
  const start = offset + (para.length - para.trimStart().length);
  const end = offset + para.trimEnd().length;
  return { start, end, label: 'QUOTE', text: text.slice(start, end), unmarked: true, reason: 'a block quote: a first-person paragraph after reported speech, its marks lost with the layout' };
}

function toSpan(text: string, offset: number, q: ParaQuote): Span {
  const start = offset + q.start;
  const end = offset + q.end;
  const span: Span = { start, end, label: 'QUOTE', text: text.slice(start, end), reason: q.reason };
  if (q.unmarked) span.unmarked = true;
  return span;
}
