/**
 * Everything the quote detector learns from one paragraph alone (offsets relative to
 * it), so that it can be cached on the paragraph's text and its entity mentions:
 * the quotes with their marks' state and attribution, the named subjects that may be
 * antecedents of a later `he` or `the President`, and whether the paragraph is a teaser.
 */
import { AUX, IMAGINED_CUE, LISTED_APPOSITION, NAMED_AFTER, NAMING_CUE, PERSON_ROLE, SAY_VERB, SPEECH_VERB, TEASER_RE, TELLING_VERB } from './lexicon';
import { findMarks, pairMarks, type RawQuote } from './marks';
import { attributeQuote, colonAttribution, cueAttribution, isHeadline, nounVerbAttribution, trailingAttribution } from './attribution';
import { countWords, maskQuotes, sentenceAt, sentenceRanges, type Range } from './sentences';
import { Mentions, subjectBehind, type Attribution, type ParaMention } from './subjects';
import { leadInStart, lostBothMarks } from './unmarked';
import { blockFeatures, COMMA_LEAD, type BlockFeatures } from './block-quotes';
import { isCommonWord } from '../entities/lexicon';

export interface ParaQuote extends Range {
  /** A mark was lost: the span covers the words only on the lost side. */
  unmarked: boolean;
  /** An opening mark never closed in this paragraph (a continuation or an unbalanced mark). */
  unclosed: boolean;
  /** The mark that opens an unclosed quote. */
  open?: string;
  reason: string;
  attribution: Attribution;
}

/** A PERSON mention outside quotes: whether it stands as a subject, and the words before it. */
export interface ParaPerson extends Range {
  subject: boolean;
  titles: string[];
}

export interface ParaAnalysis {
  quotes: ParaQuote[];
  persons: ParaPerson[];
  teaser: boolean;
  /** The paragraph ends with `X said:` — the next paragraph's opening quote is X's. */
  leadOut?: Attribution;
  /** Outside its quotes the paragraph has a verb of saying (`he admitted that …`): a bare quote paragraph after it goes on in that voice. */
  reports: boolean;
  /** What the document's block-quote reading needs of this paragraph. */
  block: BlockFeatures;
}

/** A quoted stretch before the checks: marks' state, and where a lost quote's attribution starts. */
type Candidate = Range & { unmarked: boolean; unclosed: boolean; open?: string; reason: string; attributionFrom?: number };

const CUE = new RegExp(`\\b(?:${SPEECH_VERB}|according to)\\b`, 'i');

/** Quoted terms this short need an attribution in their sentence to count as quotes. */
const SHORT_WORDS = 4;

export function analyseParagraph(text: string, paraMentions: readonly ParaMention[], spacedOpening = false): ParaAnalysis {
  const mentions = new Mentions(paraMentions);
  const raw = pairMarks(text, findMarks(text, spacedOpening));
  const kept: Candidate[] = [];
  const pairs = raw.filter((q) => q.kind === 'pair');
  const baseSentences = sentenceRanges(text, pairs);
  for (const q of raw) addRaw(text, q, baseSentences, kept);
  const lost = lostBothMarks(text, mentions, kept);
  if (lost) kept.push({ ...lost, unmarked: true, unclosed: false, reason: 'both quote marks lost before the attribution' });
  // Nested quotes belong to the outer one.
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: Candidate[] = [];
  for (const q of kept) if (outer.length === 0 || q.start >= outer[outer.length - 1].end) outer.push(q);
  const sentences = sentenceRanges(text, outer);
  const masked = maskQuotes(text, outer);
  const quotes: ParaQuote[] = [];
  for (const q of outer) {
    if (!isQuotation(text, masked, q, sentences, mentions) && !joinedToQuote(text, q, quotes[quotes.length - 1])) continue;
    const attribution = attributeQuote(text, masked, q, sentences, mentions);
    // A short term in marks whose sentence names no one who said it (`described as “unprecedented”`) is no quotation.
    if (attribution.kind === 'none' && isShortTerm(text, q)) continue;
    quotes.push({ start: q.start, end: q.end, unmarked: q.unmarked, unclosed: q.unclosed, open: q.open, reason: q.reason, attribution });
  }
  const lead = leadOut(masked, sentences, mentions);
  const block = blockFeatures(text);
  // `Now ask yourself these questions:` names no one who speaks: no quotation follows. `Someone else wrote:`, `Here’s the
  // full statement:` do, with no one named: the verb or the writing right before the colon says it.
  // Those quote one paragraph only. A comment's header (`Jamie Cassidy on November 15, 2018 at 10:12 am said:`) leads a reader's
  // comment, no quotation.
  if (block.leadsQuote && (!lead || lead.kind === 'none' || lead.kind === 'unknown')) {
    if (SAID_OR_WRITING_BEFORE_COLON.test(text.trimEnd())) block.leadsOne = true;
    else block.leadsQuote = false;
  }
  if (block.leadsQuote && COMMENT_HEADER.test(text)) block.leadsQuote = false;
  return {
    quotes,
    persons: findPersons(masked, sentences, mentions),
    teaser: TEASER_RE.test(text),
    leadOut: lead,
    reports: CUE.test(masked),
    block,
  };
}

const COMMENT_HEADER = /\d[^\n]*\b(?:said|says|wrote)\s*:\s*$/i;
const SAID_OR_WRITING_BEFORE_COLON = /\b(?:wrote|writes|said|says|statement|write-up|letter|e-?mail|memo)\s*:$/i;

/** `Teachers chanted, “Fund our schools,” and “Put kids first,”`: words of a sentence's length joined by `and` to a quotation are one too. */
function joinedToQuote(text: string, q: Candidate, prev: ParaQuote | undefined): boolean {
  return prev !== undefined && !q.unmarked && /^[ \t]*,?[ \t]*(?:and|or)[ \t]+$/.test(text.slice(prev.end, q.start)) && countWords(text.slice(q.start + 1, q.end - 1)) >= 3;
}

/** Turn a stretch found from the marks into a candidate (a dangling mark gets its start). */
function addRaw(text: string, q: RawQuote, sentences: readonly Range[], kept: Candidate[]): void {
  if (q.kind === 'pair') {
    kept.push({ start: q.start, end: q.end, unmarked: false, unclosed: false, reason: `quoted between ${q.open} and ${q.close}` });
  } else if (q.kind === 'unclosed') {
    // `… Boudreau said. "We are playing a lot...` ending a teaser: the words were cut there; the ellipsis is the page's,
    // not the speaker's (a headline's quote keeps it, as the headline is written: `Speaks Out: "There Are Many Sides to This…`).
    const cut = /\s*(?:\.{3}|…)$/.exec(text.slice(q.start, q.end));
    const end = cut && q.end === text.trimEnd().length && q.end - cut[0].length > q.start + 1 && !isHeadline(text) ? q.end - cut[0].length : q.end;
    kept.push({ start: q.start, end, unmarked: false, unclosed: true, open: q.open, reason: `opening ${q.open} never closed in the paragraph` });
  } else {
    const start = leadInStart(text, q.start, sentences);
    if (countWords(text.slice(start, q.start)) === 0) return;
    kept.push({ start, end: q.end, unmarked: true, unclosed: false, reason: `closing ${q.close} with no opening mark: the opening was lost` });
  }
}

/** A quoted stretch right before, in the same list (`“Black Water,” “What A Fool Believes,”`): its words. */
const TITLE_BEFORE = /[“"]([^“”"\n]{1,50})[”"],?[ \t]*(?:and[ \t]+)?$/;
/** A quoted stretch right after, in the same list: its words. */
const TITLE_AFTER = /^,?[ \t]*(?:and[ \t]+)?[“"]([^“”"\n]{1,50})[”"]/;

/**
 * Is this quoted stretch a quotation rather than a term? Short ones (scare quotes,
 * names, mottos) count only when their sentence attributes them to someone.
 */
function isQuotation(text: string, masked: string, q: Candidate, sentences: readonly Range[], mentions: Mentions): boolean {
  if (q.unmarked) return true;
  const inner = text.slice(q.start + 1, q.end - 1);
  const words = countWords(inner);
  if (words === 0) return false;
  // `"https://www.npr.org/player/embed/…"`: a web address in marks (an embedded player's code) says nothing.
  if (/^\s*(?:https?:\/\/|www\.)\S+\s*$/i.test(inner)) return false;
  // `console.log("Cannot pretend to be a bank!")`, `{ body: "firstName=…" }`: a string in a program's code, an argument right
  // after a function's name and its bracket, a variable's value after `=`, or an object's value after its key, quoted or not (a brace opened on the line:
  // `{ "name": "Real 1 Player" }`), is no one's statement.
  if ((text[q.start] === '"' || text[q.start] === "'") && CODE_STRING_BEFORE.test(text.slice(Math.max(0, q.start - 120), q.start))) return false;
  // `“One girl can be silenced, but …” slideshow` on a line of its own: the title of a teased work named by its kind.
  if (!q.unclosed && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, q.start - 4), q.start)) && WORK_KIND_ENDS_LINE.test(text.slice(q.end, q.end + 16))) return false;
  // Words put in someone's mouth by the writer are no statement (`as if to say "…"`).
  if (IMAGINED_CUE.test(text.slice(Math.max(0, q.start - 40), q.start))) return false;
  // `the 2017 article "The Case for Colonialism," argued`, `Re. “Prop. 13 proves costly …,” Page A8`: a piece of writing's
  // title, named after its kind or cited with its page, is no statement.
  if (!q.unclosed && /^\p{Lu}/u.test(inner) && words <= 15 && (PIECE_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start)) || PAGE_AFTER.test(text.slice(q.end, q.end + 12)))) return false;
  // `hits including “Listen To The Music,” “Black Water,” and others`: titles in a list, each in title case, name songs or works.
  if (!q.unclosed && words <= 8 && isTitleCase(inner) && [TITLE_BEFORE.exec(text.slice(Math.max(0, q.start - 60), q.start)), TITLE_AFTER.exec(text.slice(q.end, q.end + 60))].some((x) => x && isTitleCase(x[1]))) return false;
  // `McCarthy, Tom; Smith, David. “Ukraine Ambassador Describes …”`: a title after its authors in a list of sources is cited, no statement.
  if (!q.unclosed && /^[\p{Lu}\p{N}]/u.test(inner) && CITED_AUTHORS_BEFORE.test(text.slice(Math.max(0, q.start - 120), q.start))) return false;
  // `CoinDesk. "Coinbase Institutional, Retail Trading Volume Grew …"` on a line of its own: a source and its title, cited in a list.
  if (!q.unclosed && /^[\p{Lu}\p{N}]/u.test(inner) && CITED_SOURCE_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start)) && /^[ \t]*(?:\n|$)/.test(text.slice(q.end, q.end + 2))) return false;
  // `… Called A ‘Condescending And Arrogant’ Slam`, `… Over 'Early' and 'Unexpected' Deaths`: in a headline, a few words of
  // the language in marks are someone's words (not a work's title: `Apple TV+’s ‘The Morning Show’`, `in ‘Madden NFL 17’`).
  if (headlineWords(text, q)) return true;
  // `'Sick and terrible': VH1 reality show slammed`, `'Go make some laws': Swing state voters see …`: in a headline, words
  // in marks before a colon are what the rest of the headline reports someone said.
  if (words >= 2 && !q.unmarked && !q.unclosed && isHeadline(text) && /^[ \t]*:/.test(text.slice(q.end, q.end + 3)) && !isTitleCase(inner)) return true;
  // `the options of “Ding,” “Boing,” “Woah!” and even “Knock Brush”`: short words in marks one after another are a list of names.
  // (Words of the language in small letters are no names: `says it was “despicable” and “underhanded”` quotes him.)
  if (words <= 2 && inSeries(text, q) && !/^\p{Ll}/u.test(inner)) return false;
  // (`He called the film "pornographic and sensational"`: words in small letters after a verb of calling and its object judge it, someone's words.)
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  if (NAMING_CUE.test(before) && !(/^\p{Ll}/u.test(inner) && CALLED_OBJECT.test(before))) return words > SHORT_WORDS * 2;
  // `While the “Meth. We’re on it.” campaign did not appeal`: words in marks after a determiner and before what they name are a name.
  if (words <= 10 && !q.unclosed && /\b(?:the|a|an|its|their|his|her|our|this|that)\s*$/i.test(text.slice(Math.max(0, q.start - 8), q.start)) && NAMED_AFTER.test(text.slice(q.end, q.end + 20))) return false;
  // `to perform “Takin’ It to the Streets.”`, `hit singles like 1978’s “What a Fool Believes.”`: after a verb of performing or a
  // year's possessive, a title in title case is a song's, its full stop the sentence's.
  if (words >= 2 && !q.unclosed && isTitleCase(inner) && SONG_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start))) return false;
  // A title in title case (`"The Art of the Deal"`) is a name, however long.
  if (words > SHORT_WORDS && !(words <= 10 && isTitleCase(inner))) return true;
  if (trailingAttribution(text, q.end, mentions) || colonAttribution(masked, q, mentions) || nounVerbAttribution(masked, q, mentions, text)) return true;
  // `Amri screamed “Allah Akbar”`: words cried out are an utterance, whatever their case.
  if (UTTERED_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start))) return true;
  // … and a sentence after a quotative (`were like, “You like comic books?”`).
  if (/^\p{Lu}/u.test(inner) && QUOTATIVE_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start))) return true;
  // `‘Dragon Quest Heroes II’`, `‘Star Wars: The Last Jedi’`: a title in title case is a work's name, whatever the sentence says;
  // not words that speak in the first person or to someone (`'I Wanted To Keep My Job'`, `"We Owe You Big, Man"`).
  if (words >= 2 && !q.unclosed && isTitleCase(inner) && !/[.!?,…]$/.test(inner) && !(words >= 3 && PERSONAL_WORDS.test(inner))) return false;
  // `signs with sayings such as, “Less Money on Testing, More Money on Students.”`: a sentence in title case, with its full stop, is a slogan said;
  // a title after its article keeps the sentence's full stop inside the marks (`heralded “The World of Tomorrow.”`).
  if (words >= 4 && !q.unclosed && isTitleCase(inner) && (/[!?]$/.test(inner) || (/\.$/.test(inner) && !/^(?:The|A|An)\s/.test(inner)))) return true;
  // `Abbas 'will not tolerate' attacks`, `EU China arms ban 'to be lifted'`: words of several in a headline are someone's.
  if (words >= 2 && /^\p{Ll}/u.test(inner) && isHeadline(text)) return true;
  const sentence = sentenceAt(sentences, q.start);
  // A whole short sentence in marks (`"No doubt."`) is an utterance, not a term.
  if (sentence.start === q.start && /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner)) return true;
  return CUE.test(masked.slice(sentence.start, sentence.end));
}

/** A teased work's kind ending the line after its title in marks (`“…” slideshow`). */
const WORK_KIND_ENDS_LINE = /^[ \t]*(?:slide ?shows?|galler(?:y|ies)|videos?|photos|podcast|quiz)[ \t]*(?:\n|$)/i;

/** A function's name and its opening bracket, or an object's key and its colon after a brace opened on the line (no space before the colon), right before a string in code. */
const CODE_STRING_BEFORE = /(?:[\p{L}\p{N}_$]\(|[\p{L}\p{N}_$\]][ \t]*\+?=[ \t]*|\{(?:[^\n]*,)?[ \t]*(?:[\p{L}_$][\p{L}\p{N}_$]*|"[\p{L}_$][\p{L}\p{N}_$-]*")[ \t]*:[ \t]*)$/u;

/** A verb of calling and what it calls, right before words in marks (`called the film`, `labelled the court`). */
const CALLED_OBJECT = /\b(?:call(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|describ(?:e|es|ed|ing))\s+(?:the|this|that|its|his|her|their)\s+[\p{L}-]+\s*$/u;

/** A source list's authors opening the line, each `Surname, Given` and a semicolon or the full stop before the title. */
/** A line opening with a source's name and a full stop (`CoinDesk. `, `FDIC. `). */
const CITED_SOURCE_BEFORE = /(?:^|\n)\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}\.[ \t]+$/u;
const CITED_AUTHORS_BEFORE = /(?:^|\n)(?:\p{Lu}[\p{L}'’-]+, (?:\p{Lu}[\p{L}.'’-]*[ \t]?)+[;.][ \t]*)+$/u;

/** A verb of performing or a song's kind, or a year's possessive, right before a song's title in marks. */
const SONG_BEFORE = /(?:\b(?:perform|performs|performed|performing|sing|sings|sang|singing|play|plays|played|playing|cover|covers|covered|hits?|singles?|songs?|anthem|tune|track)|\b\d{4}['’]s)\s*$/i;
/** A piece of writing's or a recording's kind, `author of`, or a letter's `Re.`, right before its title in marks. */
const PIECE_BEFORE = /(?:\b(?:article|essay|column|op-ed|editorial|story|piece|paper|report|study|book|novel|poem|author of|video|film|movie|documentary|podcast|album|song|episode)|(?:^|\s)Re\.)\s*$/i;
/** A newspaper's page after a cited article's title (`, Page A8`, `(Page B1`). */
const PAGE_AFTER = /^\s*[,(]?\s*Page\s+\p{Lu}?\d/u;

/** What introduces a work's title in a headline: an owner's possessive, `in`, `of`, a kind of work, `called`. */
const WORK_BEFORE = /(?:['’]s|\b(?:in|of|on|at|star|stars|starring|film|movie|show|series|book|novel|album|song|single|game|season|episode|play|musical|sequel|remake|reboot|called|titled|named|dubbed|as))\s*$/i;

/** A headline's few words of the language in marks that say something, or one such word: someone's words, no work's title. */
function headlineWords(text: string, q: Candidate): boolean {
  if (q.unmarked || q.unclosed || !isHeadline(text)) return false;
  const inner = text.slice(q.start + 1, q.end - 1);
  const words = countWords(inner);
  return words >= 1 && words <= 5 && wordsOfTheLanguage(inner) && (words === 1 || (!/^(?:The|A|An)\s/.test(inner) && SPOKEN_WORD.test(inner))) && !WORK_BEFORE.test(text.slice(Math.max(0, q.start - 14), q.start));
}

/** A word that says something rather than names it: a negation, a pronoun, an auxiliary, a participle or an adverb (`Not A Done Deal`, `Condescending And Arrogant`; not `Penguin Post Office`). */
const SPOKEN_WORD = /\b(?:No|Not|Never|I|We|You|He|She|They|Her|Him|His|Me|Us|My|Our|Your|Is|Are|Was|Were|Do|Does|Did|Will|Can|Must|Should|Would|\p{L}{3,}(?:ing|ed|ly))\b/iu;

/** Every word a word of the language, no digit, no word in capitals (`Madden NFL 17` is a title's). */
function wordsOfTheLanguage(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => !/[\p{N}-]/u.test(w) && !(w.length > 1 && w === w.toUpperCase()) && (MINOR.has(w.toLowerCase()) || isCommonWord(w.toLowerCase().replace(/['’]s$/, ''))));
}

/** One or two words in marks right next to others as short, a space or `and`/`or` between (`“Ding,” “Boing,”`). */
function inSeries(text: string, q: Candidate): boolean {
  const shortAfter = /^\s+(?:(?:and|or)\s+(?:even\s+)?)?[“"‘][^”"’\s]+(?:[ \t][^”"’\s]+)?[”"’]/.test(text.slice(q.end, q.end + 48));
  const shortBefore = /[“"‘][^“"‘\s]+(?:[ \t][^“"‘\s]+)?[”"’]\s+(?:(?:and|or)\s+(?:even\s+)?)?$/.test(text.slice(Math.max(0, q.start - 48), q.start));
  return shortAfter || shortBefore;
}

/** One or two words in marks, no sentence of their own. */
function isShortTerm(text: string, q: Candidate): boolean {
  if (q.unmarked || q.unclosed) return false;
  const inner = text.slice(q.start + 1, q.end - 1);
  return countWords(inner) <= 2 && !/[.!?]$/.test(inner.trim());
}

/** A verb of crying out right before the quote (`screamed “…”`, `chanted '…'`). */
const UTTERED_BEFORE = /\b(?:screamed|screaming|shouted|shouting|yelled|yelling|chanted|chanting|exclaimed|cried|whispered)\s*,?\s*$/;
/** Speech's quotatives before a comma (`He was like, “Wow.”`, `the network goes, “We don’t want that.”`): what follows is said. */
const QUOTATIVE_BEFORE = /\b(?:(?:was|were|is|are|am|be|been|being|I['’]m|we['’]re|they['’]re|he['’]s|she['’]s)\s+(?:all\s+)?like|goes|went)\s*,\s*$/;

/** Words of someone speaking, in title case: the first person, or the person spoken to. */
const PERSONAL_WORDS = /\b(?:I|We|You|My|Our|Me|Us|Your)\b/;

const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'le']);

/** Every word capitalised but the minor ones (`The Art of the Deal`). */
function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  return words.length > 0 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.has(w)));
}

/** Common irregular past forms, so that `Putin met …` reads as a subject. */
const IRREGULAR = 'met|made|took|gave|went|came|saw|held|led|left|spoke|told|wrote|said|became|began|brought|chose|drew|felt|found|got|heard|kept|knew|lost|meant|paid|put|ran|read|sent|set|sat|stood|thought|won|hit|cut|let|shut|sought|taught|understood|undertook|withdrew|oversaw|rose|fell|flew|stole|struck|swore|spent|built|bought|caught|fought';
// (`Ryan Suter, who joked …, could see`: a modal then any verb.)
const VERB_AFTER = new RegExp(`^\\s+(?:(?:${AUX}\\s+){0,3}(?:${SPEECH_VERB}|${IRREGULAR}|[a-z]+(?:ed|es|s))|(?:${AUX}\\s+){0,2}(?:(?:can|could|will|would|may|might|should|must)(?:n['’]t)?|won['’]t|can['’]t)\\s+(?:not\\s+)?[a-z]{2,})\\b`);
/** A verb past doubt: of speech, irregular past or in -ed (not a plural noun in -s: `, representatives from …`). */
const STRICT_VERB_AFTER = new RegExp(`^\\s+(?:${AUX}\\s+){0,3}(?:${SPEECH_VERB}|${IRREGULAR}|[a-z]+ed)\\b`);
/** `he told Cook`: the name after a verb of telling is who was told, no subject. */
const TOLD_BEFORE = new RegExp(`\\b(?:${TELLING_VERB})\\s+(?:the\\s+)?$`, 'i');
const INVERTED = new RegExp(`(?:\\b${SPEECH_VERB}|according to)\\s+(?:the\\s+)?$`, 'i');
/** `according to media and PR strategist Glen Yearwood`: a description between `according to` and the name (not `a report by`). */
const ACCORDING_DESCRIBED = /\baccording to\s+(?:(?:the|a|an)\s+)?(?:(?!(?:by|in|of|from|with|for|at|on|to)\s)(?:[\p{Ll}-]+|\p{Lu}{2,4})\s+){1,4}$/u;
/** The agent of a passive verb is the one who acts: `were echoed by Christine Rush`. */
/** `says certified personal trainer Sergio Pedemonte`, `as noted by registered dietitian Trista Best`: an inverted verb of saying, then the speaker's role in small letters. */
const INVERTED_DESCRIBED = new RegExp(`\\b(?:says|said|explains|explained|notes|noted|adds|added|warns|warned|cautions|cautioned|(?:noted|explained|stated|suggested|recommended|advised) by)\\s+(?:(?:the|a|an)\\s+)?(?:(?!(?:to|his|her|their|its|our|my|your|for|with|that|by|of)\\s)[\\p{Ll}-]+\\s+){0,3}(?:${PERSON_ROLE}|[\\p{Ll}-]+(?:ist|ian))\\s+$`, 'u');
const PASSIVE_BY = /\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?[a-z]+(?:ed|en)\s+by\s+$/i;
/** `, director of civil liberties pressure group Liberty,` right after a name. */
/** An apposition whose words list with commas, before a verb. */
const APPOSITION_LIST_AFTER = new RegExp(`^,${LISTED_APPOSITION},\\s`);
const APPOSITION_AFTER = /^,(?:[^,;:.!?"“”«»]|\.(?=\s?\d))(?:[^,;:.!?"“”«»]|\.(?=\s?\d)){0,109},\s/;
const TITLE_RUN = /(?:\p{Lu}[\p{L}.’'-]*\s+)+$/u;

/**
 * PERSON mentions outside quotes, each with the words before it in its sentence
 * (`Russian President`) and whether it stands as a subject: followed by a verb
 * (`Xi said`, `Putin met`) or after an inverted verb (`said Putin`, `according to X`).
 */
function findPersons(masked: string, sentences: readonly Range[], mentions: Mentions): ParaPerson[] {
  const out: ParaPerson[] = [];
  for (const m of mentions.list) {
    if (m.label !== 'PERSON' || masked[m.start] === ' ') continue; // inside a quote
    const sentence = sentenceAt(sentences, m.start);
    const before = masked.slice(Math.max(sentence.start, m.start - 60), m.start);
    const bare = before.replace(TITLE_RUN, '');
    // `citing President Tokayev’s speech`: an owner is no subject.
    const possessive = /^['’]s?\b/.test(masked.slice(m.end, m.end + 3));
    // `Shami Chakrabarti, director of Liberty, said …`: the verb after an apposition set off by commas.
    const after = masked.slice(m.end, m.end + 170);
    // (A role whose words list with commas: `Nathaniel Pieper, senior vice president of fleet, finances and alliances at Alaska, said`.)
    const short = APPOSITION_AFTER.exec(after);
    const listed = short && VERB_AFTER.test(after.slice(short[0].length - 1)) ? null : APPOSITION_LIST_AFTER.exec(after);
    const apposition = listed && VERB_AFTER.test(after.slice(listed[0].length - 1)) ? listed : short;
    // `The head of that tribunal, Kostas Panagopoulos, said …`: a name set off by commas before its verb.
    // `The Minister for Immigration, …, Senator Robert Ray, said …`: a title between the comma and the name too, before a verb that is surely one.
    const offset = /^,\s/.test(after) && (/,\s+$/.test(before) || (/,\s+$/.test(bare) && STRICT_VERB_AFTER.test(after.slice(1))));
    // `he and Lord Callaghan became friends`: a name joined to a pronoun that stands for someone else is no antecedent of its own.
    const withPronoun = /\b(?:he|she|I|we) and\s+$/i.test(bare);
    // `Detective Inspector Paul Miller of Thames Valley Police said …`: the verb after the body the person is of.
    const of = /^\s+of\s+(?:the\s+)?/.exec(after);
    const body = of ? mentions.startingAt(m.end + of[0].length) : undefined;
    const ofBody = body?.label === 'ORG' && VERB_AFTER.test(masked.slice(body.end, body.end + 170));
    // `Gosling also confirms rumors that Ford punched him`: the subject of a clause after `that`, in a sentence whose own subject
    // is a person named before, is no antecedent: `he` after it is still that person.
    const embedded = /\bthat\s+$/.test(bare) && out.some((o) => o.subject && o.start >= sentence.start);
    const subject = !possessive && !withPronoun && !embedded && (VERB_AFTER.test(after) || ofBody || (offset && VERB_AFTER.test(after.slice(1))) || (apposition !== null && VERB_AFTER.test(after.slice(apposition[0].length - 1))) || (INVERTED.test(bare) && !TOLD_BEFORE.test(bare)) || ACCORDING_DESCRIBED.test(bare) || INVERTED_DESCRIBED.test(bare) || PASSIVE_BY.test(bare));
    const titles = before.split(/[\s,]+/).filter(Boolean).slice(-4).map((w) => w.toLowerCase());
    // … and the post the sentence opened with is the person's (`the Minister` later is Senator Ray).
    const post = offset ? /^\s*The\s+(\p{Lu}\p{Ll}+)\b/u.exec(masked.slice(sentence.start, m.start)) : null;
    if (post) titles.push(post[1].toLowerCase());
    out.push({ start: m.start, end: m.end, subject, titles });
  }
  return out;
}

/** `… a quote from a beloved American author, Mark Twain.`, `in the words of X.`: the name closing the sentence says the next paragraph. */
const QUOTE_FROM = /\b(?:(?:a|one|this|the|my|favou?rite) (?:quote|quotation|line|saying) (?:from|of|by)|in the words of)\b[^.!?]*?\S(\s*[.:]\s*)$/u;

/** A verb of saying or a clause's verb in a heading makes it a sentence (`Smith said:`, `Here is what Smith told us:`), read as such. */
const SAYING_IN_HEADING = new RegExp(`\\b(?:${SAY_VERB}|tells|is|was|are|were|has|had)\\b`);

/** `…, Xi said:` closing the paragraph: who speaks in the next one. */
function leadOut(masked: string, sentences: readonly Range[], mentions: Mentions): Attribution | undefined {
  const last = sentences[sentences.length - 1];
  if (!last) return undefined;
  // `I'm going to close with a quote from a beloved American author, Mark Twain.`: the name the quote is from, ending it.
  const from = QUOTE_FROM.exec(masked.slice(last.start, last.end));
  if (from) {
    const named = mentions.endingAt(last.start + from.index + from[0].length - from[1].length);
    if (named && (named.label === 'PERSON' || named.label === 'ORG')) return { kind: 'mention', start: named.start, end: named.end };
  }
  // (A comma ends a lead too, where the paragraph leads a quotation set apart: `Collins argues that,`.)
  if (!/:\s*$/.test(masked.slice(last.start, last.end)) && !(/,\s*$/.test(masked) && COMMA_LEAD.test(masked.slice(last.start, last.end)))) return undefined;
  // `Richard Hayden, Senior Director of Horticulture at the High Line:`, `Jeff Lorenz and Kayla Fell of Refugia:`: a heading
  // that opens with a person's name (and gives their post), one short sentence, over the words they say.
  const first = mentions.startingAt(masked.length - masked.trimStart().length);
  if (sentences.length === 1 && first?.label === 'PERSON' && countWords(masked) <= 25 && !SAYING_IN_HEADING.test(masked)) return { kind: 'mention', start: first.start, end: first.end };
  const a = cueAttribution(masked, last, last, mentions);
  if (a) return a;
  const s = subjectBehind(masked, masked.replace(/\s+$/, '').length - 1, mentions);
  return s?.attribution;
}
