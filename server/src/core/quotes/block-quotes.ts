/**
 * Block quotes whose marks were lost with the page's layout: a scraped page sets a long
 * quotation apart as its own paragraph, and the plain text keeps only its words
 * (`I've been building relationships … for years with the founders …`). Such a
 * paragraph is in the first person, has no quote mark and no verb of saying, and comes
 * right after a paragraph that reports someone's speech (`…, Zuckerberg said at the
 * trial.`) or after another such block.
 *
 * A paragraph ending `X wrote in a blog post:` opens one too: the paragraphs after it
 * with no mark and no verb of saying are the quotation, until the narration resumes.
 *
 * A writer's own first person must not be taken for one: when any first-person
 * paragraph of the document does not follow reported speech, the document is written
 * in the first person (a column, a letter) and none of its paragraphs is a block quote;
 * nor in a transcript, whose turns open with the speakers' names (`JON SIEBEN: …`).
 */
import { FIRST_PERSON_RE, SPEECH_VERB } from './lexicon';
import { countWords } from './sentences';

const ANY_MARK = /["“”„«»‹›]|(?:^|[\s([{])['‘]|['’](?=[\s.,;:!?)\]}]|$)/u;
const QUOTED = /["“„«][^"“”„«»]*["”»]|‘[^‘’]*’/gu;
const LAST_SENTENCE = /(?:^|[.!?]["”’]?\s+)([^.!?]*)$/u;
/** The last clause of a sentence, after its last comma: `While the tweet claimed that …, users have offered estimates:` leads nothing. */
const LAST_CLAUSE = /(?:^|,\s)([^,]*)$/u;
const REPORTS = new RegExp(`\\b(?:${SPEECH_VERB}|according to)\\b`, 'i');

/** Fewer words than this is a caption, a heading or a pull quote, not a quoted passage. */
const MIN_WORDS = 12;

/** How many paragraphs a quotation introduced by `X wrote:` may run over. */
const MAX_LED = 12;

/** What the block-quote reading needs of one paragraph (cacheable on its text). */
export interface BlockFeatures {
  empty: boolean;
  words: number;
  /** Ends with a full stop, `!` or `?`. */
  ends: boolean;
  /** Ends with a colon after a verb of saying in its last sentence (`Askar wrote in a blog post:`). */
  leadsQuote: boolean;
  /** Leads a quotation of one paragraph only (`Someone else wrote:`, `Here’s the full statement:`: no one named). */
  leadsOne?: boolean;
  anyMark: boolean;
  /** Opens with a quote mark. */
  opensWithMark: boolean;
  /** A verb of saying anywhere, and outside its quoted stretches. */
  reports: boolean;
  reportsOutside: boolean;
  /**
   * Its verbs of saying are all the writer's own, in the present or to come (`I urge Labor Members …`, `We will also
   * inform Members …`, `I am writing to inform you`, `Please inform my office`), or qualify a noun (`any proposed
   * release`): a letter's words, no narration of speech.
   */
  reportsOwn: boolean;
  /** First-person words outside its quoted stretches. */
  firstPerson: boolean;
  /** Code or data (`rekt: { list: [ … ] }`), not words: quoted passages carry such lines. */
  code: boolean;
  /** A web form's instruction to the reader (`Save my name, email, and website in this browser …`): the page's, no one's quote. */
  form: boolean;
  /** Opens with a speaker's name in capitals and a colon (`JON SIEBEN: It is a shame …`): a transcript's turn. */
  turn: boolean;
}

/** A transcript's turn: a name in capitals (one to four words) and a colon opening the paragraph. */
const TURN = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}: /u;

/** Paragraphs opening with a speaker's name that make a document a transcript (a broadcast's, an interview's). */
const TRANSCRIPT_TURNS = 3;

/** `Here’s the full statement:`, `in a recently-published write-up:`: a writing named (an embedded post’s lead-in is read with the post) before a colon ending the line. */
const WRITING_BEFORE_COLON = /\b(?:statement|write-up|letter|note|e-?mail|message|memo)\s*:$/i;

/**
 * A paragraph ending with a comma after a verb of saying (the verbs of speech, and `remarks`, `puts it`) in its last
 * sentence leads the quotation set apart after it
 * (`Thomas Nagel says in The Last Word (Oxford University Press, 1997),`, `Collins argues that,`, `Nagel remarks in this
 * connection,`).
 */
export const COMMA_LEAD = new RegExp(`\\b(?:${SPEECH_VERB}|remarks|puts it)\\b`, 'i');

const REPORTS_ALL = new RegExp(REPORTS.source, 'gi');
/** Before a verb of saying, what makes it the writer's own act: `I` or `we` (three words between at most), `please`. */
const OWN_BEFORE = /\b(?:(?:I|[Ww]e)(?:\s+\p{Ll}+){0,3}|[Pp]lease)\s+$/u;
/**
 * A determiner or a possessive before a participle (`any proposed release`). Wider than entities/determiners.ts's
 * `afterDeterminer` (articles and demonstratives only), which names no `any` nor possessives.
 */
const DETERMINER_BEFORE = /\b(?:the|a|an|any|this|that|its|their|our|your|his|her)\s+$/i;
/** A verb of saying in the past: narration. */
const PAST_SAYING = /(?:ed|said|told|wrote|spoke|gave|made|put it)$/i;

function ownSaying(text: string): boolean {
  for (const m of text.matchAll(REPORTS_ALL)) {
    // (`any proposed release`: a participle after a determiner qualifies a noun, says nothing.)
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (PAST_SAYING.test(m[0]) || !OWN_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  }
  return true;
}

/** Verbs a web form's instructions open with. */
const FORM_INSTRUCTION = /^(?:Save|Sign|Subscribe|Log|Register|Enter|Click|Tap|Notify|Remember|Check)\b/;

export function blockFeatures(text: string): BlockFeatures {
  const t = text.trim();
  const outside = t.replace(QUOTED, ' ');
  const reports = REPORTS.test(t);
  return {
    empty: t.length === 0,
    words: countWords(t),
    ends: /[.!?]["”’)]*$/.test(t),
    leadsQuote: (t.endsWith(':') && (REPORTS.test(LAST_CLAUSE.exec(LAST_SENTENCE.exec(outside)?.[1] ?? '')?.[1] ?? '') || WRITING_BEFORE_COLON.test(t))) || (t.endsWith(',') && COMMA_LEAD.test(LAST_SENTENCE.exec(outside)?.[1] ?? '')),
    // (A comma's lead quotes one paragraph: the narration takes up again after it.)
    leadsOne: t.endsWith(',') || undefined,
    opensWithMark: /^["“„«‘']/.test(t),
    anyMark: ANY_MARK.test(t),
    reports,
    reportsOutside: REPORTS.test(outside),
    // (Quoted words count too: a verb of saying inside quote marks is someone else's. Read only when there is one.)
    reportsOwn: !reports || ownSaying(t),
    firstPerson: FIRST_PERSON_RE.test(outside),
    code: /[{}[\]=<>;]/.test(t) && !/[.!?]$/.test(t),
    form: FORM_INSTRUCTION.test(t),
    turn: TURN.test(t),
  };
}

/** Indices of the paragraphs that are block quotes with their marks lost. */
export function blockQuoteParagraphs(paras: readonly (string | BlockFeatures)[]): Set<number> {
  const fs = paras.map((p) => (typeof p === 'string' ? blockFeatures(p) : p));
  const out = firstPersonBlocks(fs);
  // `Askar wrote in a blog post:` and then paragraphs with no mark: the post, quoted, until the narration resumes.
  for (let i = 0; i + 1 < fs.length; i++) {
    const lead = fs[i];
    if (!lead.leadsQuote || lead.words < 2) continue;
    for (let j = i + 1; j < fs.length && j <= i + MAX_LED; j++) {
      const f = fs[j];
      if (f.empty) continue;
      // The first paragraph after the colon is what was written however short (`Someone else wrote:` / `You didn't try vlc!`),
      // with words quoted inside it (not one that opens with a mark: a quote of its own); the next ones, while they read as its prose.
      const first = j === i + 1 || fs.slice(i + 1, j).every((x) => x.empty);
      if ((first ? f.opensWithMark : f.anyMark) || (f.reports && !f.reportsOwn) || f.form || f.words < (first ? 3 : LED_MIN_WORDS) || !f.ends) break;
      out.add(j);
      // A short first one is a remark quoted alone: what follows is the writer's answer.
      if (first && (f.words < LED_MIN_WORDS || lead.leadsOne)) break;
    }
  }
  return out;
}

/** A paragraph shorter than this after `X wrote:` is a heading or a caption, and ends the quotation. */
const LED_MIN_WORDS = 6;

function firstPersonBlocks(fs: readonly BlockFeatures[]): Set<number> {
  const out = new Set<number>();
  // In a transcript every turn is someone speaking in the first person, set down as the text, not quoted.
  if (fs.filter((f) => f.turn).length >= TRANSCRIPT_TURNS) return out;
  // Inside a run that reported speech opened; `pending` are paragraphs without the first person since its last block.
  let chain = false;
  let blocks = 0;
  let pending: number[] = [];
  let skipped = 0;
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i];
    const prose = f.ends && f.words >= MIN_WORDS && !f.form;
    if (f.empty) continue;
    // A line of code inside a quoted passage neither opens nor ends its run; any other short line (a page's widget) ends it.
    if (!prose && !f.anyMark && !f.reports) {
      if (!f.code || ++skipped > MAX_SKIPPED) chain = false;
      continue;
    }
    skipped = 0;
    const plain = prose && !f.anyMark && !f.reports;
    if (f.firstPerson && prose && !chain && !f.reportsOutside) return new Set();
    if (plain && f.firstPerson && chain) {
      // The quoted passage goes on over a few paragraphs without `I` or `we` between two with them.
      for (const k of pending) out.add(k);
      pending = [];
      out.add(i);
      blocks++;
      continue;
    }
    if (plain && chain && blocks > 0 && pending.length < MAX_GAP) {
      pending.push(i);
      continue;
    }
    chain = f.reportsOutside && !f.firstPerson;
    blocks = 0;
    pending = [];
  }
  return out;
}

/** How many paragraphs without the first person a block quotation may run over between two with it. */
const MAX_GAP = 2;
/** How many lines of code in a row a run may pass over. */
const MAX_SKIPPED = 2;
