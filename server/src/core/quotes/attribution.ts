/**
 * Who a quote is attributed to, read from its paragraph: an attribution right after
 * it (`…,” Tokayev said`, `…," said Xi`, `…” he has pointed out`), a verb of saying
 * earlier in its sentence (`Xi said, stressing that "…"`, `according to X`,
 * `X reaffirmed his “…”`), or in one of the three sentences before it in the paragraph
 * (`X underlined that … . "…`). Quoted text is masked so its own words never count.
 */
import { AUX, SAY_VERB, SPEECH_VERB, TELLING_VERB } from './lexicon';
import { countWords, sentenceIndexAt, type Range } from './sentences';
import { coordinatedSubject, mentionAttribution, subjectAhead, subjectBehind, type Attribution, type Mentions, type ParaMention, type Subject } from './subjects';

const TRAILING_VERB = new RegExp(`^,?\\s+(?:${AUX}\\s+){0,3}${SPEECH_VERB}\\b`, 'i');
/** An auxiliary of the passive right before a verb of saying (`has been criticised`, `was told`). */
const PASSIVE_BEFORE = /\b(?:been|being|be|was|were|is|are)\s+$/i;
/** A verb of saying in the passive (`has been criticised`), not `was quoted as saying`, whose subject still speaks. */
const inPassive = (before: string, verb: string): boolean => PASSIVE_BEFORE.test(before) && !/^(?:quoted|cited)$/i.test(verb);
/** A verb in the passive right after a name (`has been criticised`, `was praised`). */
const PASSIVE_AFTER_NAME = /^\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+\p{Ll}+ed\b/u;
/** Verbs of saying proper, whose passive still reports words (`is said to be`, `was told`). */
const PASSIVE_SAY = new RegExp(`^${SAY_VERB}$`, 'i');
/** Right after a quote, verbs that are nouns elsewhere say it too (`…," comments Robin Biesbroek`, `…," notes Smith`). */
const LEADING_VERB = new RegExp(`^[\\s,]*(?:${SPEECH_VERB}|comments|notes|states|claims|quips|jokes|shared)\\b`, 'i');
const CUE = new RegExp(`\\b(?:${SPEECH_VERB}|according to)\\b`, 'gi');
/** A verb after a subject: a verb of saying, a regular or common irregular past, a present in -s (not `his`, `its`, `this`). */
const VERBISH = new RegExp(`^\\s+(?:${AUX}\\s+){0,3}(?:${SPEECH_VERB}|sent|made|gave|took|went|met|left|put|got|brought|began|became|came|kept|held|saw|won|lost|heard|seen|(?!(?:his|its|this|thus|plus|us|yes|less|unless|across|always|perhaps)\\b)[a-z]+(?:ed|es|s))\\b`, 'i');

/** A comma, a role opening in small letters, and the words up to a verb of saying (its closing comma left out). */
const UNCLOSED_APPOSITION = new RegExp(`^,\\s+\\p{Ll}[^,"“”«»\\n.]{1,120}?(?=\\s+(?:told|said|says|added|explained|noted)\\b)`, 'u');

/** An attribution right after `from` (a closing mark or the comma of a lost one). */
const WITH_THEIR_PEOPLE = /^\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|coauthors|co-workers|fellow researchers|researchers|students)(?=\s)/;

export function trailingAttribution(text: string, from: number, mentions: Mentions): Attribution | undefined {
  // `"…" — Jane Doe, mayor of Springfield`: a sign-off after a dash, the name and perhaps a role ending the line.
  const dash = /^[ \t]*[\u2013\u2014-][ \t]*/.exec(text.slice(from, from + 4));
  if (dash) {
    const s = subjectAhead(text, from + dash[0].length, mentions);
    if (s && s.attribution.kind === 'mention' && SIGN_OFF_END.test(text.slice(s.end, s.end + 100))) return s.attribution;
  }
  let p = from;
  while (p < text.length && /[\s,\u2013\u2014-]/.test(text[p])) p++;
  // `…," she recalls him saying.`: the one heard saying it, named by the pronoun after the verb of memory.
  const heard = HEARD_SAYING.exec(text.slice(p, p + 60));
  if (heard) return { kind: 'pronoun', word: heard[1].toLowerCase() };
  // `…," as NPR's Debbie Elliot reported.`: the speaker after `as`.
  const as = /^as\s+(?=\S)/.exec(text.slice(p, p + 4));
  if (as) p += as[0].length;
  const verb = LEADING_VERB.exec(text.slice(p, p + 40));
  if (verb) {
    // `…," said a report from Kotak Institutional Equities.`: the body whose report it is speaks.
    const report = REPORT_FROM.exec(text.slice(p + verb[0].length, p + verb[0].length + 50));
    const s = subjectAhead(text, p + verb[0].length + (report?.[0].length ?? 0), mentions);
    return s?.attribution;
  }
  let s = subjectAhead(text, p, mentions);
  // `…?" Mr Kashyap's lawyer Mihir Desai said.`: a name's possessive and a role before the name that speaks.
  const owner = s && /^['’]s\s+(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu})/u.exec(text.slice(s.end, s.end + 60));
  if (s && owner) s = subjectAhead(text, s.end + owner[0].length, mentions) ?? s;
  // `…to sit and rest," the patient described in the case report`: someone the text does not name spoke; no one else did.
  if (!s) return /[,?!]["”’'»]$/.test(text.slice(Math.max(0, from - 2), from)) && UNNAMED_SUBJECT_VERB.test(text.slice(p, p + 60)) ? { kind: 'unknown' } : undefined;
  // `Smith, 54, said` / `Smith, the company's chief, said`: an apposition between.
  // The apposition may be long (`Robin Rönnlund, PhD student in … at the University of Gothenburg and leader of the fieldwork, said`).
  // `Paganini and his team wrote`: the named one and the people with them; the named one speaks.
  // A role whose words list with commas (`Nathaniel Pieper, senior vice president of fleet, finances and alliances at Alaska, said`)
  // is stepped over where no verb follows the first comma's part.
  const rest = text.slice(s.end, s.end + 200);
  let after = rest.replace(/^,[^,"“”«»\n]{1,150},/, '').replace(WITH_THEIR_PEOPLE, '');
  if (!TRAILING_VERB.test(after)) after = rest.replace(/^,[^,"“”«»\n]{1,150}(?:,[^,"“”«»\n]{1,80}){1,2},/, '').replace(WITH_THEIR_PEOPLE, '');
  // `Callan Spicher, vice president of Spicher’s Appliance & Security told us`: a role in apposition whose closing comma was
  // left out, then the verb of saying.
  const unclosed = TRAILING_VERB.test(after) ? null : UNCLOSED_APPOSITION.exec(rest);
  if (unclosed) after = rest.slice(unclosed[0].length);
  const verbAfter = TRAILING_VERB.exec(after);
  // `“… in our waters,” Augusto Reyes, Director of the Caribbean Air and Marine Branch.`: a quote going on at its comma, then a
  // name and its role ending the sentence, no verb: the verb of saying was lost, the named one speaks.
  if (!verbAfter) return /,["”’'»]$/.test(text.slice(Math.max(0, from - 2), from)) && s.attribution.kind === 'mention' && ROLE_ENDS_SENTENCE.test(rest) && !CUE_IN_CLAUSE.test(rest.slice(0, rest.search(/[.!?](?:\s|$)/) + 1)) ? s.attribution : undefined;
  // `…now." Laporte has been criticised for …`: in the passive the subject is spoken of, not speaking (not `was quoted`).
  const saying = /\S+$/.exec(verbAfter[0])![0];
  if (inPassive(verbAfter[0].slice(0, -saying.length), saying)) return undefined;
  // `…the facts." Mourinho added that the match …`: after a finished sentence, a verb that
  // goes on into a clause of its own opens the next sentence; it attributes other words.
  const finished = /[.!?]["”’'»]?\s*$/.test(text.slice(Math.max(0, from - 3), from));
  if (finished && COMPLEMENT.test(after.slice(verbAfter[0].length))) return undefined;
  // `…Thanou." His lawyer, Gregory Ioannidis, said: "The decision …`: a verb and a colon after a finished sentence introduce the next quote.
  // So does one whose listener runs on to a colon and the next quote's mark (`Guti told private Spanish radio station Cadena Ser: "…"`).
  if (finished && /^(?:\s*:|[^.!?"“”«»\n]{1,80}:\s*["“«])/.test(after.slice(verbAfter[0].length))) return undefined;
  return s.attribution;
}

/** After a name: a comma, a role in a few words and the sentence's end (`, Director of the Caribbean Air and Marine Branch.`). */
const ROLE_ENDS_SENTENCE = /^,\s+(?:the\s+|a\s+|an\s+)?\p{Lu}?[^,;:"“”«»\n.!?]{2,100}[.!?](?:\s|$)/u;

/** Someone remembering another saying the quote: `she recalls him saying`, `I remember her telling`. */
const HEARD_SAYING = /^(?:he|she|they|I|we)\s+(?:recalls|remembers|recalled|remembered|heard)\s+(him|her)\s+(?:saying|say|telling|tell)\b/i;

/** A written piece and who wrote it, after a verb of saying (`said a report from`, `says a note by`). */
const REPORT_FROM = /^\s+(?:a|an|the)\s+(?:new\s+|recent\s+|research\s+)?(?:report|note|statement|study|survey|analysis|memo)\s+(?:from|by)(?=\s)/i;

/** A common noun's phrase and a verb of saying (`the patient described`, `a witness told`). */
const UNNAMED_SUBJECT_VERB = new RegExp(`^(?:the|a|an|one)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+\\s+(?:${AUX}\\s+){0,2}${SPEECH_VERB}\\b`, 'u');

/** What may follow the name of a sign-off: the end of the line, or a role after a comma or in brackets. */
const SIGN_OFF_END = /^(?:[ \t]*(?:\n|$)|,[^\n"“”«»]{1,80}(?:\n|$)|[ \t]*\([^)\n]{1,60}\)[ \t]*(?:\n|$))/;

const COMPLEMENT = /^\s+(?:that|if|to|how|what|why|whether|his|her|its|their|the|a|an|he|she|it|they|we|I|you|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|both)\b/i;

/** A name's possessive and what it said, before a colon: `Ailes’s reply`, `the minister’s answer`. */
const OWNED_WORDS = /['’]s?\s+(?:reply|response|answer|retort|words|message|statement|verdict|warning)\s*$/;

/** `Biden: "…"` — a speaker and a colon right before the quote (headline style). */
export function colonAttribution(text: string, q: Range, mentions: Mentions): Attribution | undefined {
  const m = /:\s*$/.exec(text.slice(Math.max(0, q.start - 8), q.start));
  if (!m) {
    // `Senator Tim Scott Shows His True Colors Over …, ‘We Need to Let This Play Out’`: a headline's last words after a comma, too.
    const comma = /,\s*$/.exec(text.slice(Math.max(0, q.start - 4), q.start));
    return comma && /^\s*(?:\n|$)/.test(text.slice(q.end, q.end + 2)) ? headlineSubject(text, Math.max(0, q.start - 4) + comma.index, mentions) : undefined;
  }
  const colon = Math.max(0, q.start - 8) + m.index;
  // `She remembers Ailes’s reply: “…”`: the one whose reply, answer or words they are.
  const owner = OWNED_WORDS.exec(text.slice(Math.max(0, q.start - 40), colon));
  const replier = owner && mentions.endingAt(colon - owner[0].length);
  if (replier && (replier.label === 'PERSON' || replier.label === 'ORG')) return mentionAttribution(replier);
  const s = subjectBehind(text, colon, mentions);
  // `X told BBC Sport: "…"`: the name before the colon is who was told; X spoke.
  // (`Mr Thorpe told Sir Edward: "…"`: a title between the verb and the name told.)
  // (`Guti told private Spanish radio station Cadena Ser: "…"`: words describing the one told between.)
  const told = s && /\b(?:told|tells|telling|said to|says to)\s+(?:the\s+)?(?:(?!(?:that|how|why|what|when|where|whether|and|but|as|if)\s)[\p{L}-]+\s+){0,4}?(?:(?:Sir|Lord|Lady|Dame|Mr|Mrs|Ms|Dr|President|Prime Minister|Minister|Senator)\.?\s+)?$/iu.exec(text.slice(Math.max(0, s.start - 64), s.start));
  if (s && told) return subjectBehind(text, s.start - told[0].length, mentions)?.attribution ?? { kind: 'unknown' };
  // `Bill Bowtell said on Twitter: "…"`: the name before the colon is where it was said; who said it stands before the verb.
  const medium = s && /\b(?:said|says|wrote|writes|posted|posts|tweeted|tweets|added|adds)\s+(?:on|via)\s+$/i.exec(text.slice(Math.max(0, s.start - 24), s.start));
  if (s && medium) return subjectBehind(text, s.start - medium[0].length, mentions)?.attribution ?? { kind: 'unknown' };
  // `Bernie On Why Trump Won: ‘…’`: the person a headline opens with speaks on what follows `on`, names in it too.
  const on = speakerOnTopic(text, colon, mentions);
  if (on) return on;
  if (s && s.attribution.kind !== 'unknown') return s.attribution;
  // `Mr Blair told the Parliamentary Labour Party (PLP) on Monday: "…"`: who told, further back in the clause.
  const clause = text.slice(Math.max(0, colon - 160), colon);
  const verbs = [...clause.matchAll(/\b(?:told|tells|said to|says to)\s/gi)];
  const last = verbs[verbs.length - 1];
  const verbAt = last ? colon - clause.length + last.index : -1;
  const teller = last && !/[.!?]["”’]?\s/.test(clause.slice(last.index)) ? (subjectBehind(text, verbAt, mentions) ?? coordinatedSubject(text, verbAt, mentions)) : undefined;
  // `Smith posted on Instagram: "…"`: a name before the colon that is no speaker leaves the clause's verb to tell.
  const found = teller?.attribution ?? (s?.attribution.kind === 'unknown' && CUE_IN_CLAUSE.test(clause) ? undefined : s?.attribution);
  return found && found.kind !== 'unknown' ? found : (headlineSubject(text, colon, mentions) ?? found);
}

/**
 * `Joe Biden Signs …, Praises Jon Stewart For Role In Passage: "We Owe You Big, Man"`: in a headline in title case,
 * the words after a colon (or, ending the line, after a comma) are those of the person the headline opens with (after a list's number).
 */
/** Before the person a headline opens with: a list's number, a title (`Senator`, `Gov.`). */
const HEADLINE_LEAD = /^\s*(?:\d{1,2}\s+)?(?:(?:Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|President|Prime Minister|Minister|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Judge|Mayor)\s+)?$/;

/** The person a headline opens with, when its line has one (after a list's number, a title, or a teaser card's section and date). */
function headlinePerson(text: string, colon: number, mentions: Mentions): ParaMention | undefined {
  const lineStart = text.lastIndexOf('\n', colon) + 1;
  const first = mentions.startingIn(lineStart, colon)[0];
  const lead = text.slice(lineStart, first?.start ?? lineStart).replace(TEASER_CARD_LEAD, '');
  return first && first.label === 'PERSON' && HEADLINE_LEAD.test(lead) ? first : undefined;
}
/** A teaser card's section and date before its headline (`Opinion 2016-12-13 `). */
const TEASER_CARD_LEAD = /^\s*\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*)?\s+\d{4}-\d{2}-\d{2}\s+/u;

/** `Antonio Banderas on his new girlfriend: "…"`, `Bernie On Why Trump Won: ‘…’`: a person and what they speak on, in any case. */
function speakerOnTopic(text: string, colon: number, mentions: Mentions): Attribution | undefined {
  const first = headlinePerson(text, colon, mentions);
  return first && ON_TOPIC.test(text.slice(first.end, colon)) ? { kind: 'mention', start: first.start, end: first.end } : undefined;
}
/** `on` and what is spoken on, between a headline's person and its colon. */
const ON_TOPIC = /^\s+[Oo]n\s+[^:\n]{1,60}$/;

function headlineSubject(text: string, colon: number, mentions: Mentions): Attribution | undefined {
  const lineStart = text.lastIndexOf('\n', colon) + 1;
  const head = text.slice(lineStart, colon);
  const first = headlinePerson(text, colon, mentions);
  if (!first) return undefined;
  if (ON_TOPIC.test(text.slice(first.end, colon))) return { kind: 'mention', start: first.start, end: first.end };
  const long = head.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length >= 3 && capitalised >= 0.8 * long.length ? { kind: 'mention', start: first.start, end: first.end } : undefined;
}

const CUE_IN_CLAUSE = new RegExp(`\\b${SPEECH_VERB}\\b`, 'i');

/**
 * The speaker named by a cue (verb of saying or `according to`) in `masked[start, end)`,
 * nearest cue first; a verb with no subject of its own (`and says`, `to assure`) falls
 * back on the sentence's subject. Undefined when the stretch has no cue at all.
 */
export function cueAttribution(
  masked: string,
  region: Range,
  sentence: Range,
  mentions: Mentions,
): Attribution | undefined {
  const part = masked.slice(region.start, region.end);
  const cues: { start: number; end: number; according: boolean }[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(part); m; m = CUE.exec(part)) {
    cues.push({ start: region.start + m.index, end: region.start + m.index + m[0].length, according: /^according/i.test(m[0]) });
  }
  if (cues.length === 0) return undefined;
  /** A pronoun found first: a name as subject of an earlier cue of the same sentence is better (`Irons … said he had wondered`). */
  let pronoun: Attribution | undefined;
  let passive = 0;
  let naming = 0;
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i];
    if (c.according) {
      const s = subjectAhead(masked, c.end, mentions);
      if (s) return s.attribution;
      continue;
    }
    const quotedAs = quotedAsSaying(masked, c, mentions);
    if (quotedAs) return quotedAs;
    // `Laporte has been criticised for …`: a verb of saying in the passive names who is spoken of.
    if (inPassive(masked.slice(Math.max(0, c.start - 8), c.start), masked.slice(c.start, c.end))) {
      // `has been praised by police for`: the agent speaks (named, or someone the text does not name).
      const by = /^\s+by\s+/.exec(masked.slice(c.end, c.end + 6));
      if (by) return subjectAhead(masked, c.end + by[0].length, mentions)?.attribution ?? { kind: 'unknown' };
      if (PASSIVE_SAY.test(masked.slice(c.start, c.end))) passive++;
      else naming++;
      continue;
    }
    const finite = !/ing$/i.test(masked.slice(c.start, c.end));
    const behind = subjectBehind(masked, c.start, mentions) ?? (finite ? subjectBehind(masked, c.start, mentions, true) : undefined);
    // `posted to Twitter asking …`: a participle's subject is the sentence's, not the word before it.
    // `Howard sent Mr Bush his "warmest congratulations", saying: "…"`: after a comma too, unless a name stands right before it.
    const loose = !finite && behind?.attribution.kind !== 'pronoun' && (!/,\s*$/.test(masked.slice(Math.max(0, c.start - 3), c.start)) || (!!behind && !/^[\s,]*$/.test(masked.slice(behind.end, c.start))));
    if (behind && behind.start >= sentence.start && !loose) {
      if (behind.attribution.kind !== 'pronoun') return pronoun && behind.attribution.kind !== 'mention' ? pronoun : behind.attribution;
      pronoun ??= behind.attribution;
      continue;
    }
    const ahead = subjectAhead(masked, c.end, mentions);
    // `said NOAA head Jane Lubchenco at a press briefing.`: the name after the verb, then a comma, a colon, the sentence's end
    // or where and when it was said.
    const inverted = INVERTED_SAYING.test(masked.slice(c.start, c.end));
    // `Benioff weighed in, telling Cook, "…"`: the name after a verb of telling is who was told.
    if (TELLING.test(masked.slice(c.start, c.end).trim())) continue;
    if (ahead && (inverted ? /^(?:\s*[,:]|\s*[.!?](?:\s|$)|\s+(?:at|in|on|during|after|before|ahead of)\s)/ : /^\s*[,:]/).test(masked.slice(ahead.end, ahead.end + 12)) && ahead.end <= region.end) return ahead.attribution;
  }
  if (pronoun) return pronoun;
  // Only verbs in the passive: `is said to be "low"`, someone unnamed speaks of the sentence's subject; `was described as
  // “unprecedented”`, `has been criticised`: the subject is named or judged, no one is quoted.
  if (passive + naming === cues.length) return passive ? { kind: 'unknown' } : undefined;
  return sentenceSubject(masked, sentence, mentions)?.attribution;
}

const TELLING = new RegExp(`^(?:${TELLING_VERB})$`, 'i');

/** Verbs of saying a speaker's name follows (`said NOAA head Jane Lubchenco.`), not of telling or naming (`told Associated Press.`, `called E-slates.`). */
const INVERTED_SAYING = /^(?:said|says|added|adds|explained|continued|noted|wrote|writes|recalled|recalls)$/i;

/** `AP quoted prosecutor Russell McGuire as saying`: the name quoted is the speaker, not the one who quotes. */
function quotedAsSaying(masked: string, c: Range, mentions: Mentions): Attribution | undefined {
  if (!/^saying$/i.test(masked.slice(c.start, c.end))) return undefined;
  const as = /\sas\s+$/.exec(masked.slice(Math.max(0, c.start - 8), c.start));
  const named = as ? mentions.endingAt(c.start - as[0].length) : undefined;
  if (!named || (named.label !== 'PERSON' && named.label !== 'ORG')) return undefined;
  // Only role words between (`quoted prosecutor X`); `X was quoted in The Australian as saying` names the paper there.
  const before = masked.slice(Math.max(0, named.start - 70), named.start);
  return /(?<!\b(?:was|were|is|are|been|being)\s)\bquot(?:ed|es|ing)\s+(?:(?!in\b|by\b)\p{Ll}[\p{Ll}-]*\s+){0,4}$/u.test(before) ? { kind: 'mention', start: named.start, end: named.end } : undefined;
}

/** A relative clause set off by commas right after a name (`, which regulates campaign finances,`). */
const RELATIVE_AFTER = /^,\s+(?:which|who)\s[^,;.!?"“”«»\n]{1,200},/;

/** The first thing in the sentence that reads as a subject: a name, pronoun or role followed by a verb. */
export function sentenceSubject(masked: string, sentence: Range, mentions: Mentions, apposition = false): Subject | undefined {
  const starts = new Set<number>();
  for (const m of mentions.startingIn(sentence.start, sentence.end)) starts.add(m.start);
  const words = /\b(?:he|she|the)\b/gi;
  const part = masked.slice(sentence.start, sentence.end);
  for (let m = words.exec(part); m; m = words.exec(part)) starts.add(sentence.start + m.index);
  for (const p of [...starts].sort((a, b) => a - b)) {
    let s = subjectAhead(masked, p, mentions);
    if (!s || s.end > sentence.end) continue;
    // `Robertson, the U.S. commander, said`: a role set off by commas after a person's name is that person's.
    const from = Math.max(sentence.start, p - 3);
    const comma = s.attribution.kind === 'role' && masked[s.end] === ',' ? /,\s*$/.exec(masked.slice(from, p)) : null;
    const holder = comma && mentions.endingAt(from + comma.index);
    if (holder?.label === 'PERSON') s = { attribution: mentionAttribution(holder), start: holder.start, end: s.end };
    // `One fiction judge, Stewart O'Nan, carried …`: with `apposition`, a name set off by commas before the verb.
    // `Gov. Phil Murphy (D) told …`: a party's initials in brackets after the name stand between it and its verb.
    const after = masked.slice(s.end, s.end + 80).replace(/^[ \t]*\([^()\n]{1,16}\)/, '');
    const setOff = apposition && after.startsWith(',') && /,\s*$/.test(masked.slice(Math.max(sentence.start, s.start - 3), s.start));
    if (VERBISH.test(setOff ? after.slice(1) : after)) return s;
    // `the Electoral Commission, which regulates campaign finances, issued a statement warning that …`: the verb after a
    // relative clause set off by commas.
    const relative = RELATIVE_AFTER.exec(masked.slice(s.end, Math.min(sentence.end, s.end + 220)));
    if (relative && VERBISH.test(masked.slice(s.end + relative[0].length, s.end + relative[0].length + 60))) return s;
  }
  return undefined;
}

/**
 * Verbs left out of the verbs of saying as nouns (`the states`, `a claim`), which are verbs right before a quote:
 * `Emery states, “…”`, `what Apple calls “…”`, and a headline's verb in title case (`Trump Talks "Retaliation"`).
 */
const NOUN_VERB_BEFORE = /\s(?:(?:states|claims|notes|comments|tweets|posts)\s*[,:]|(?:calls|(?:is|are|was|were)\s+calling)(?:\s+(?:it|them|this|that))?|(?:Talks|Slams|Warns|Vows|Says|Urges|Hails|Threatens|Promises|Pledges|Demands|Calls|Blasts|Praises|Mocks)(?:\s+(?:Of|Off|Up))?)\s*$/;

/** A body's written piece and the verb giving its words, right before the quote (`report states:`, `study concluded that`). */
const BODY_PAPER_SAYS = /\s(?:report|study|statement|survey|paper|document|analysis|memo|release)\s+(?:says|said|states|stated|notes|noted|reads|read|concludes|concluded|warns|warned)(?:\s+that)?\s*[,:]?\s*$/;

/** `Emery states, “…”`, `what Apple calls “…”`: the subject of such a verb right before the quote. */
export function nounVerbAttribution(masked: string, q: Range, mentions: Mentions, text: string): Attribution | undefined {
  // `The tweet from Vulture magazine reads, “…”`: the author of the message that reads.
  const reads = MESSAGE_READS.exec(masked.slice(Math.max(0, q.start - 120), q.start));
  if (reads) {
    const author = mentions.startingAt(q.start - reads[0].length + reads[1].length);
    if (author && (author.label === 'PERSON' || author.label === 'ORG')) return { kind: 'mention', start: author.start, end: author.end };
  }
  // `The IPCC report states: “…”`: the body whose report, study or statement it is.
  const paper = BODY_PAPER_SAYS.exec(masked.slice(Math.max(0, q.start - 60), q.start));
  if (paper) {
    const body = mentions.endingAt(q.start - paper[0].length);
    if (body?.label === 'ORG') return { kind: 'mention', start: body.start, end: body.end };
  }
  const from = Math.max(0, q.start - 24);
  const nounVerb = NOUN_VERB_BEFORE.exec(masked.slice(from, q.start));
  return (nounVerb && subjectBehind(masked, from + nounVerb.index + 1, mentions))?.attribution ?? quotedPredicate(text, q, mentions);
}

/** `The tweet from X (magazine) reads, `: a message, its author, and the verb that gives its words. */
const MESSAGE_READS = /\b((?:tweet|post|statement|message|letter|note|e-?mail|caption|sign|banner)\s+(?:from|by)\s+)(?=\p{Lu})[^,.;:!?"“”]{1,60}?\s+(?:reads|read|said|says|stated|states)\s*[,:]?\s*$/u;

/** A quote opening on a finite verb in small letters: `deeply regrets`, `has never taken`, `was embarrassed`. */
const PREDICATE_OPENING = /^["“”'‘](?:[a-z]+ly\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|does|did|[a-z]{3,}(?:es|ed|s))\b/;

/**
 * `Comair "deeply regrets the inconvenience to all of our customers"`: a name right before a quote that is its
 * predicate, speaking of itself in the first person (without it the writer may be quoting someone about the name:
 * `Obama said … Abbas “has put aside efforts …”`).
 */
function quotedPredicate(text: string, q: Range, mentions: Mentions): Attribution | undefined {
  if (!/^\s$/.test(text[q.start - 1] ?? '') || !PREDICATE_OPENING.test(text.slice(q.start, q.start + 30))) return undefined;
  // In a headline the name before the words says them (`Abbas 'will not tolerate' attacks`).
  if (!/\b(?:I|me|my|we|us|our|ours)\b/.test(text.slice(q.start, q.end)) && !isHeadline(text)) return undefined;
  const named = mentions.endingAt(q.start - 1);
  return named && (named.label === 'PERSON' || named.label === 'ORG') ? { kind: 'mention', start: named.start, end: named.end } : undefined;
}

/** A paragraph of one short line with no sentence's end: a headline. */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && countWords(t) <= HEADLINE_WORDS && !/[.!?:;,]$/.test(t);
}

const HEADLINE_WORDS = 14;

/** `In Dr. Shadlen's words, ` right before a quote: what follows the owner's name. */
const IN_WORDS = /['’]s?\s+(?:own\s+)?words,?\s*$/;

const BY = /^[\s,]*by\s+/i;
const PASSIVE_CUE = new RegExp(`\\b(?:${SPEECH_VERB})\\s+(?:as\\s+)?$`, 'i');

/** `described as “heartbreaking” by the conservation department`: the agent of a passive verb of saying. */
function passiveAgent(text: string, masked: string, q: Range, sentences: readonly Range[], mentions: Mentions): Attribution | undefined {
  const by = BY.exec(text.slice(q.end, q.end + 12));
  if (!by) return undefined;
  const sentence = sentences[sentenceIndexAt(sentences, q.start)] ?? { start: 0, end: text.length };
  if (!PASSIVE_CUE.test(masked.slice(Math.max(sentence.start, q.start - 40), q.start))) return undefined;
  return subjectAhead(text, q.end + by[0].length, mentions)?.attribution;
}

/**
 * `'They're going to be huge' Amy Childs thinks …`, `'They can f*** off': Bob Geldof hits back …`: a quote opening a
 * headline's line, then a person's name and a verb: the person said it, whatever the verb.
 */
function quoteThenSubject(text: string, q: Range, mentions: Mentions): Attribution | undefined {
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, q.start - 40), q.start))) return undefined;
  const gap = /^:?[ \t]+/.exec(text.slice(q.end, q.end + 4));
  if (!gap) return undefined;
  const who = mentions.startingIn(q.end + gap[0].length, q.end + gap[0].length + 1)[0];
  if (!who || who.label !== 'PERSON' || !VERBISH.test(text.slice(who.end, who.end + 30))) return undefined;
  // `"We will win." Laporte has been criticised by the press.`: in the passive the person is spoken of.
  if (PASSIVE_AFTER_NAME.test(text.slice(who.end, who.end + 40))) return undefined;
  return { kind: 'mention', start: who.start, end: who.end };
}

/** Words in the first person: `I`, `me`, `my`, `I'm` … */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|me|my|myself|I['’](?:m|ve|d|ll))(?![\p{L}'’])/u;
/** A pronoun standing for one person. */
const PERSON_PRONOUN = /\b(?:he|she)\b/gi;

function firstPersonVoice(text: string, masked: string, q: Range, sentence: Range, mentions: Mentions): Attribution | undefined {
  const lead = masked.slice(sentence.start, q.start);
  if (!/\p{L}/u.test(lead) || !FIRST_PERSON.test(text.slice(q.start, q.end))) return undefined;
  const people = mentions.startingIn(sentence.start, q.start).filter((m) => m.label === 'PERSON');
  const pronouns = [...lead.matchAll(PERSON_PRONOUN)];
  if (people.length + pronouns.length === 0 || new Set(people.map((m) => text.slice(m.start, m.end))).size > 1) return undefined;
  const last = people[people.length - 1];
  const pro = pronouns[pronouns.length - 1];
  if (pro && (!last || sentence.start + pro.index! > last.start)) return { kind: 'pronoun', word: pro[0].toLowerCase() };
  return last && { kind: 'mention', start: last.start, end: last.end };
}

/**
 * The attribution of the quote `q` (`masked`: the paragraph with its quotes blanked):
 * trailing words first, then `Name:` before it, cues before it in its sentence, cues
 * after it in its sentence, then the sentences before.
 */
export function attributeQuote(
  text: string,
  masked: string,
  q: Range & { attributionFrom?: number },
  sentences: readonly Range[],
  mentions: Mentions,
): Attribution {
  const trailing = trailingAttribution(text, q.attributionFrom ?? q.end, mentions);
  if (trailing) {
    // `Kate Hoey told crowds: "We will prevail." Judith Moritz, in Melton Mowbray, said …`: a quote a colon led in and
    // that ends its sentence is the lead-in's; the name after it opens a sentence of its own.
    const led = /[.!?]["”’'»]$/.test(text.slice(q.end - 2, q.end)) ? colonAttribution(masked, q, mentions) : undefined;
    return led?.kind === 'mention' ? led : trailing;
  }
  const headline = quoteThenSubject(text, q, mentions);
  if (headline) return headline;
  const agent = passiveAgent(text, masked, q, sentences, mentions);
  if (agent) return agent;
  const colon = colonAttribution(masked, q, mentions);
  if (colon && colon.kind !== 'unknown') return colon;
  const at = sentenceIndexAt(sentences, q.start);
  const sentence = sentences[at] ?? { start: 0, end: text.length };
  // `De Miranda evokes neon in his introduction: “…”`: a lead-in ending in a colon quotes its subject.
  if (/:\s*$/.test(masked.slice(Math.max(sentence.start, q.start - 8), q.start))) {
    const subject = sentenceSubject(masked, { start: sentence.start, end: q.start }, mentions, true);
    if (subject && subject.attribution.kind !== 'unknown') return subject.attribution;
  }
  if (colon) return colon;
  const nounSubject = nounVerbAttribution(masked, q, mentions, text);
  if (nounSubject) return nounSubject;
  // `In Dr. Shadlen's words, "…"`: the owner of the words.
  const words = IN_WORDS.exec(masked.slice(Math.max(sentence.start, q.start - 24), q.start));
  const owner = words && mentions.endingAt(q.start - words[0].length);
  if (owner && /\b[Ii]n\s+(?:the\s+)?\S*\s*$/.test(masked.slice(Math.max(sentence.start, owner.start - 12), owner.start))) return { kind: 'mention', start: owner.start, end: owner.end };
  const before = cueAttribution(masked, { start: sentence.start, end: q.start }, sentence, mentions);
  if (before) return before;
  const after = cueAttribution(masked, { start: q.end, end: sentence.end }, sentence, mentions);
  if (after) return after;
  // `Working on La La Land allowed Gosling to "do the dances I wish I had …"`: words in the first person finishing a sentence
  // begun about one person are that person's, the one named last before them (or `he`, `she`), where no one else is.
  const voice = firstPersonVoice(text, masked, q, sentence, mentions);
  if (voice) return voice;
  // Up to three sentences back: an attribution further away is not this quote's.
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const s = sentences[i];
    const found = cueAttribution(masked, s, s, mentions);
    if (found) return found;
  }
  return { kind: 'none' };
}
