/**
 * Generic English cue words for quoted speech: verbs of saying, role nouns that stand
 * for a person or organisation, pronouns, and words that introduce a term rather than
 * a quotation. Nothing here names a particular person, place or outlet.
 */
import { gazetteer } from '../entities/gazetteer';
import { nameKey } from '../entities/keys';

/**
 * Verbs of saying and stance, inflections as regex alternatives. Forms that are also
 * common nouns (`state`, `states`, `note`, `call`, `term`, `comment`, `claim`) are
 * left out: they would make any sentence look attributed.
 */
const SPEECH_STEMS = [
  'sa(?:y|ys|id|ying)',
  't(?:ell|ells|old|elling)',
  'stat(?:ed|ing)',
  // (`… states on its annual report`, `states in his letter`: a verb before where it is written.)
  '(?<!United )states(?=\\s*:| the following| as follows|\\s+(?:in|on)\\s+(?:its|his|her|their)\\b)',
  'not(?:ed|ing)',
  'stress(?:es|ed|ing)?',
  'add(?:s|ed|ing)',
  'underlin(?:e|es|ed|ing)',
  'emphasi[sz](?:e|es|ed|ing)',
  'highlight(?:ed|ing)',
  // (`highlights` is a noun too: a verb only before `that`.)
  'highlights(?=\\s+that\\b)',
  'point(?:s|ed|ing)? out',
  'describ(?:e|es|ed|ing)',
  'call(?:s|ed|ing)? for',
  'called',
  'urg(?:e|es|ed|ing)',
  '(?:re)?affirm(?:s|ed|ing)?',
  'reiterat(?:e|es|ed|ing)',
  'recall(?:s|ed|ing)?',
  'argu(?:e|es|ed|ing)',
  'claimed',
  'assert(?:s|ed|ing)?',
  'declar(?:e|es|ed|ing)',
  'announc(?:e|es|ed|ing)',
  'warn(?:s|ed|ing)?',
  'insist(?:s|ed|ing)?',
  'explain(?:s|ed|ing)?',
  'maintain(?:s|ed|ing)?',
  'believ(?:e|es|ed|ing)',
  'critici[sz](?:e|es|ed|ing)',
  'wr(?:ite|ites|ote|iting)',
  'promised',
  'vow(?:s|ed|ing)',
  'accus(?:e|es|ed|ing)',
  'den(?:y|ies|ied|ying)',
  'prais(?:es|ed|ing)',
  'condemn(?:s|ed|ing)?',
  'hail(?:s|ed|ing)',
  'ask(?:s|ed|ing)?',
  'answered',
  'repl(?:y|ies|ied|ying)',
  'respond(?:s|ed|ing)?',
  'commented',
  'remarked',
  'observ(?:es|ed|ing)',
  'acknowledg(?:e|es|ed|ing)',
  'admit(?:s|ted|ting)?',
  'suggest(?:s|ed|ing)?',
  'propos(?:e|es|ed|ing)',
  'conclud(?:e|es|ed|ing)',
  'confirm(?:s|ed|ing)?',
  'express(?:es|ed|ing)?',
  'mention(?:s|ed|ing)',
  'assur(?:e|es|ed|ing)',
  'recogni[sz](?:e|es|ed|ing)',
  'tweet(?:ed|ing)',
  'quoted',
  'cit(?:es|ed|ing)',
  'characteri[sz](?:e|es|ed|ing)',
  'labell?ed',
  'termed',
  'spok(?:e|en)|speaks',
  'reported',
  'continued',
  'exclaim(?:s|ed)',
  'cautioned',
  'predict(?:s|ed|ing)?',
  'conced(?:e|es|ed|ing)',
  'complain(?:s|ed|ing)?',
  'boasted',
  'joked',
  'quipped',
  'advised',
  'simpered',
  'scoffed',
  'fumed',
  'gushed',
  'countered',
  'retorted',
  'recounted',
  'describ(?:es|ed)',
  'lamented',
  'plead(?:s|ed|ing)?|pled',
  'reckon(?:s|ed)?',
  'mused',
  'shouted',
  'whispered',
  'instructed',
  'yelled',
  'screamed',
  'muttered',
  'grumbled',
  'snapped',
  'chuckled',
  'bragged',
  'demanded',
  'sighed',
  'confid(?:es|ed|ing)',
  'blurt(?:s|ed)?',
  'laughed',
  'wondered',
  'reveal(?:s|ed|ing)?',
  'disclos(?:e|es|ed|ing)',
  'contend(?:s|ed|ing)?',
  'countered',
  'retorted',
  'protested',
  'remind(?:s|ed|ing)?',
  'pledged',
  'testif(?:y|ies|ied|ying)',
  'agreed',
  'posted(?= on)',
  'dismiss(?:es|ed|ing)',
  'put it|puts it',
  'confess(?:es|ed|ing)?',
  'mock(?:s|ed|ing)',
  'ridicul(?:e|es|ed|ing)',
  'poking fun at|pokes fun at|poked fun at',
];

/** A verb of saying as a whole word (case-insensitive use). */
/** Verbs of telling: the name after them is who was told (`he told Cook`, `telling Cook`), no speaker. */
export const TELLING_VERB = 'told|tells|tell|telling';

export const SPEECH_VERB = `(?:${SPEECH_STEMS.join('|')})`;
/** The core verbs that introduce or close a direct quotation. */
export const SAY_VERB = '(?:said|says|say|stated|states|noted|notes|stressed|stresses|added|adds|underlined|emphasi[sz]ed|declared|explained|told|asked|replied|continued|concluded|insisted|remarked|observed|argued|pointed out|maintained|recalled|wrote|writes|warned|announced|affirmed|highlighted|commented|urged|went on)';

/** Auxiliaries and adverbs that may stand between a subject and its verb. */
export const AUX = '(?:has|have|had|was|is|can|may|must|be|been|also|then|later|further|again|once again|once more|recently|previously|earlier|already|repeatedly|separately|additionally|moreover|would|will|could|might|should|reportedly)';

/** Head nouns of role phrases that stand for a person (`the President`, `the Kazakh leader`). */
const PERSON_ROLES = [
  'president', 'vice[- ]president', 'prime minister', 'premier', 'minister', 'deputy minister', 'foreign minister',
  'chancellor', 'leader', 'head of state', 'head of government', 'head', 'king', 'queen', 'prince', 'princess',
  'emperor', 'monarch', 'pope', 'pontiff', 'ambassador', 'envoy', 'diplomat', 'spokes(?:person|man|woman)',
  'secretary[- ]general', 'secretary', 'chair(?:man|woman|person)?', 'chief', 'chief executive', 'ceo', 'director',
  'governor', 'mayor', 'senator', 'congress(?:man|woman)', 'lawmaker', 'deputy', 'general', 'commander', 'official',
  'founder', 'speaker', 'foreign secretary', 'ruler', 'sheikh', 'emir', 'sultan', 'cardinal', 'bishop', 'patriarch',
  'coach', 'manager', 'captain', 'judge', 'prosecutor', 'lawyer', 'attorney', 'professor', 'scientist', 'expert',
  'analyst', 'economist', 'author', 'politician', 'candidate', 'negotiator', 'representative', 'mediator', 'statesman',
  'counsel(?:l)?or', 'adviser', 'advisor', 'aide', 'akim', 'commissioner', 'ombudsman', 'researcher', 'doctor', 'officer',
  'writer', 'journalist', 'columnist', 'presenter', 'actor', 'actress', 'singer', 'campaigner', 'activist', 'player', 'mp', 'mep', 'msp',
  'detective', 'sergeant', 'lieutenant', 'sheriff', 'constable', 'inspector', 'superintendent', 'trooper', 'colonel',
  'co-?ordinator', 'organi[sz]er', 'trainer', 'facilitator', 'administrator', 'supervisor', 'co-?founder', 'co-?owner', 'owner',
  'planner', 'designer',
];
/** Kinds of business a company is called by once named (`The airline said …`). */
const KINDS_OF_BUSINESS = ['airline', 'carrier', 'retailer', 'manufacturer', 'carmaker', 'automaker', 'insurer', 'lender', 'publisher', 'chain', 'supermarket', 'charity', 'club', 'watchdog', 'zoo', 'museum', 'hospital'];
const ORG_ROLES = [
  'ministry', 'agency', 'company', 'firm', 'government', 'office', 'department', 'organi[sz]ation', 'party',
  'committee', 'council', 'commission', 'embassy', 'court', 'police', 'army', 'military', 'bank', 'group', 'union',
  'alliance', 'administration', 'cabinet', 'parliament', 'service', 'bureau', 'authority', 'authorities', 'board',
  'institute', 'university', 'association', 'federation', 'corporation', 'newspaper', 'channel', 'broadcaster',
  ...KINDS_OF_BUSINESS,
];
export const PERSON_ROLE = `(?:${PERSON_ROLES.join('|')})`;
/** The kinds of business a company is called by (`airline`, `zoo`), as one pattern. */
export const KINDS_OF_BUSINESS_ROLE = `(?:${KINDS_OF_BUSINESS.join('|')})`;
export const ORG_ROLE = `(?:${ORG_ROLES.join('|')})`;

/** Words just before a quoted term that name it rather than cite someone (`the motto "…"`, `a holiday called “…”`). */
export const NAMING_CUE = new RegExp(
  '\\b(?:so[- ]called|(?:what(?:’s|\'s| is| are)|is|are|was|were|been)\\s+(?:(?:now|also|often|sometimes|originally|first|later|commonly|usually|formally|informally|officially)\\s+)?called(?:\\s+(?:a|an|the))?|(?:a|an|the|this|its|his|her|their)\\s+(?:[a-z-]+\\s+){1,5}called|dubbed|titled|entitled|named|nicknamed|code-?named|motto|slogan|hashtag|branded|known as|' +
    'the (?:(?:central|main|overall|official|new|old|year’s|year\'s|festival’s|festival\'s)\\s+)?(?:term|word|words|phrase|name|title|label|concept|notion|expression|brand|programme|program|project|operation|campaign|initiative|series|film|book|song|album|show|festival|exhibition|ship|vessel|theme|motto|slogan|tagline))\\s*$',
  'i',
);

/** Words before marks that voice what no one said (`as if to say "You think you got me?"`). */
/** After words in marks, what they name: `the “Meth. We’re on it.” campaign`, `its ‘Stay Safe’ slogan`. */
export const NAMED_AFTER = /^\s*(?:campaign|slogan|motto|tagline|ad|ads|advert|adverts|initiative|programme|program|project|series|brand|logo|hashtag|theme|contest|competition|exhibition|festival|tour|album|song|show)\b/;

export const IMAGINED_CUE = /\b(?:as if|as though|seem(?:s|ed|ing)?|appear(?:s|ed|ing)?)\s+to\s+(?:say|ask|wonder|shout|scream)\s*[:,]?\s*$/i;

/**
 * An apposition whose words list with commas, between its commas (`, senior vice president of fleet, finances and alliances
 * at Alaska,`): up to three parts, no sentence's end nor quote mark inside.
 */
export const LISTED_APPOSITION = String.raw`[^,;:.!?"“”«»\n]{1,110}(?:,[^,;:.!?"“”«»\n]{1,60}){1,2}`;

/** First-person words: their presence marks a clause as direct speech. */
export const FIRST_PERSON_RE = /\b(?:I|I'm|I’m|I've|I’ve|me|my|mine|we|We|we're|we’re|we've|we’ve|us|our|Our|ours)\b/;

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'hon', 'rev', 'cllr', 'supt', 'insp', 'det', 'cpl', 'maj', 'brig', 'adm', 'amb', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'jr', 'sr', 'inc',
  'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'nos', 'vol', 'fig', 'approx', 'dept', 'est', 'mt', 'ft', 'e.g', 'i.e',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

/** A paragraph that is a teaser of another article: its names are no antecedents. */
export const TEASER_RE = /^\s*(?:read(?: more| also)?|see also|related|also read|more|watch|listen)\s*[:|–—-]/i;

/**
 * A regex source made case-insensitive letter by letter (`ab` → `[aA][bB]`), for
 * patterns that also hold `\p{Lu}` — which the `i` flag would fold to any letter.
 */
export function ci(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ']') {
      inClass = false;
      out += c;
    } else if (/[a-z]/i.test(c) && !(source[i - 1] === '?' && source[i - 2] === '(')) {
      const pair = c.toLowerCase() + c.toUpperCase();
      out += inClass ? pair : `[${pair}]`;
    } else out += c;
  }
  return out;
}

/** A people's adjective or name (`Russian`, `kazakh`), from the gazetteer. */
export const isPeopleWord = (w: string): boolean => w.length > 2 && gazetteer().get(nameKey(w[0].toUpperCase() + w.slice(1)))?.label === 'NORP';

/** Heads that name no organisation by themselves: `the company` is whichever company was just named. */
export const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'corporation', 'organisation', 'organization', ...KINDS_OF_BUSINESS]);
