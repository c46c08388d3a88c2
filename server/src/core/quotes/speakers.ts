/**
 * Linking an attribution to an entity mention of the document, in one pass over the
 * paragraphs in order.
 *
 * - A named speaker (`Xi said`) is that mention.
 * - `he`/`she` is the person of the latest named subject before the quote (teaser
 *   paragraphs such as `Read: …` are skipped: their names are no antecedents); a role
 *   phrase (`the Russian President`, `the Kazakh leader`) prefers, among the recent
 *   subjects, the latest person whose title words seen so far share its distinctive
 *   word (`Russian`, `Kazakh`); the role noun alone fits too many people to count.
 * - For those two, the mention reported is the one of that person nearest to the quote,
 *   before or after it, by the characters between the spans: the gold's reading of
 *   "the nearest mention that names the speaker".
 * - `it` is the latest ORG mention shortly before the quote.
 * - The speaker of a quote becomes the latest antecedent (`…,” her mother, Fiona, said.
 *   She added: “…”`).
 * - An organisation role (`the ministry said`) is the latest ORG mention whose text has
 *   that word; a generic one (`the company`) is the organisation `it` would be.
 *   Nothing found means no speaker rather than a guess.
 */
import type { Span } from '../types';
import type { Attribution } from './subjects';
import { GENERIC_ORG_HEADS, isPeopleWord as isPeople } from './lexicon';
import { genderOfGivenName } from '../entities/given-names';

/** Titles (first four letters, as the linker keeps them) that tell a person's gender. */
const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prin', 'fath']);
const FEMALE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'quee', 'sist']);

const lastWord = (s: string) => s.trim().split(/\s+/).pop()!.toLowerCase();

/** The key under which mentions of one entity are grouped. */
export function entityKey(s: Span): string {
  return s.canonical ? `c:${s.canonical}` : `w:${lastWord(s.text)}`;
}

const ORG_VERB_AFTER = /^,?\s+(?:has\s+|have\s+|had\s+|also\s+|is\s+|was\s+)?(?:said|told|[a-z]+(?:ed|es|s))\b/;

/** How far before a quote (in characters) the organisation `it` stands for may be named. */
const IT_REACH = 400;

/** How far back (in named subjects) a role phrase may reach. */
const WINDOW = 12;

/** How far into the quote its body's name may start (`Everyone at the `). */
const SELF_NAMED_REACH = 20;
const SELF_NAMED_BEFORE = /^(?:The |(?:Everyone|All|We) at (?:the )?)?$/;
/** A government's bodies, whose ministers speak of them so (`The Turnbull Government is committed …`, Senator Cash said). */
const MINISTERS_SPEAK = /\b(?:Government|Ministry|Department|Administration|Cabinet)\b/;
const SELF_NAMED_AFTER = /^\s+(?:is|are|was|were|has|have|would|will|wishes|wish)\b/;

/**
 * `Abu Hatab said. He recounted …`, `Abu Hatab said he was able …`: a person's name as a subject (no possessive), then
 * `he` or `she` opening the next sentence or after the name's verb of saying (no other person nor a relative named
 * between), tells the person's gender.
 */
const PRONOUN_AFTER = /^(?![''’]s\b)[^.!?\n]{0,160}[.!?]["”’]?[ \t]+(He|She)\b|^(?:,[^,.\n]{1,60},)?\s+(?:said|says|told \w+|added|explained)\s+(he|she)\b/;
const RELATIVE = /\b(?:wife|husband|mother|father|mom|mum|dad|daughter|son|sister|brother|girlfriend|boyfriend|partner|fianc[ée]e?|widow|widower|woman|man|girl|boy|niece|nephew|aunt|uncle|grand\w+|patient|client|baby|child)\b/i;

/** The gender a personal pronoun tells (`he`, `her`), or undefined. */
function pronounGender(word: string): 'male' | 'female' | undefined {
  return /^(?:he|him)$/i.test(word) ? 'male' : /^(?:she|her)$/i.test(word) ? 'female' : undefined;
}

export class SpeakerLinker {
  private readonly byKey = new Map<string, Span[]>();
  private readonly orgs: Span[] = [];
  /** Starts of ORG mentions followed by a verb (`The Food Standards Agency warned …`). */
  private readonly orgSubjects = new Set<number>();
  private readonly antecedents: Span[] = [];
  /** Every PERSON mention seen, subject or not, for a pronoun whose gender the latest subject does not have. */
  private readonly persons: Span[] = [];
  private readonly titles = new Map<string, Set<string>>();
  /** Peoples' adjectives among the words before each entity's mentions (`Russian President …`). */
  private readonly peoples = new Map<string, Set<string>>();

  /** `mentions`: the PERSON and ORG mentions of the document, in order. */
  /** `text`: the document's, to tell organisations standing as subjects (`The Agency warned …`). */
  /** Genders the document's pronouns tell of its people (by entity key; `null` when they disagree). */
  private readonly told = new Map<string, 'male' | 'female' | null>();

  constructor(mentions: readonly Span[], private readonly text: string) {
    const persons = mentions.filter((m) => m.label === 'PERSON');
    persons.forEach((m, k) => {
      const bound = persons[k + 1]?.start ?? text.length;
      const after = text.slice(m.end, Math.min(bound, m.end + 220));
      const x = PRONOUN_AFTER.exec(after);
      if (!x || RELATIVE.test(after.slice(0, x.index + x[0].length))) return;
      const g = /^s/i.test(x[1] ?? x[2]) ? 'female' : 'male';
      const key = entityKey(m);
      const had = this.told.get(key);
      this.told.set(key, had === undefined || had === g ? g : null);
    });
    for (const m of mentions) {
      const k = entityKey(m);
      const list = this.byKey.get(k);
      if (list) list.push(m);
      else this.byKey.set(k, [m]);
      if (m.label === 'ORG') {
        this.orgs.push(m);
        if (ORG_VERB_AFTER.test(text.slice(m.end, m.end + 40))) this.orgSubjects.add(m.start);
      }
    }
  }

  /** Record a PERSON mention met in reading order (subjects become antecedents). */
  see(mention: Span, subject: boolean, titles: readonly string[]): void {
    const k = entityKey(mention);
    let set = this.titles.get(k);
    if (!set) this.titles.set(k, (set = new Set()));
    for (const t of titles) set.add(t.slice(0, 4));
    for (const t of titles) {
      if (!isPeople(t)) continue;
      let p = this.peoples.get(k);
      if (!p) this.peoples.set(k, (p = new Set()));
      p.add(t);
    }
    if (subject) this.antecedents.push(mention);
    this.persons.push(mention);
  }

  /** The mention standing for the speaker of `a`, or undefined. */
  resolve(a: Attribution, quote: { start: number; end: number }, explicit: Span | undefined): Span | undefined {
    switch (a.kind) {
      case 'mention':
        // The mention named in the attribution, unless another of the same entity stands nearer the quote.
        return explicit && this.nearest(explicit, quote.start, quote.end);
      case 'pronoun': {
        if (a.word === 'it') return this.itOrg(quote.start);
        let last: Span | undefined = this.byGender(a.word) ?? this.antecedents[this.antecedents.length - 1];
        // `“Taylor and I have always believed …,” she wrote`: one the quote names beside `I` speaks of them, no speaker;
        // the subject before them, of no other gender, is.
        if (last && this.namedBesideI(last, quote)) last = this.otherThan(last, a.word, quote);
        return last && this.nearest(last, quote.start, quote.end);
      }
      case 'role': {
        if (a.org) {
          for (let i = this.orgs.length - 1; i >= 0; i--) {
            const o = this.orgs[i];
            if (o.end <= quote.start && namesKind(o.text, a.head)) return o;
          }
          // `the company claims …`: a generic head stands for the organisation just named, as `it` does.
          const it = GENERIC_ORG_HEADS.has(a.head) ? this.itOrg(quote.start) : undefined;
          return it && this.nearest(it, quote.start, quote.end);
        }
        const pick = this.pickByRole(a.adjectives);
        return pick && this.nearest(pick, quote.start, quote.end);
      }
      default:
        return this.selfNamed(quote);
    }
  }

  /**
   * `A statement said: “The Elite Ice Hockey League is heartbroken to confirm …”`, `"Everyone at the Belfast Giants is
   * devastated …"`: words no one is said to speak that open with a body naming itself as their subject are its statement
   * (not a government's, which its ministers speak of so).
   */
  private selfNamed(quote: { start: number; end: number }): Span | undefined {
    const open = /^["“”'‘’«]?/.exec(this.text.slice(quote.start, quote.start + 1))![0].length;
    // The organisations in reading order: search for the first inside the quote (a long document has thousands).
    let lo = 0;
    for (let hi = this.orgs.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (this.orgs[mid].start < quote.start + open) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.orgs.length; k++) {
      const o = this.orgs[k];
      if (o.start > quote.start + open + SELF_NAMED_REACH) break;
      if (!SELF_NAMED_BEFORE.test(this.text.slice(quote.start + open, o.start)) || !SELF_NAMED_AFTER.test(this.text.slice(o.end, o.end + 12)) || MINISTERS_SPEAK.test(o.text)) continue;
      return o;
    }
    return undefined;
  }

  /**
   * `…,” it said in a statement`: an organisation named shortly before the quote, the
   * latest one standing as a subject (`The Agency warned …`) if any, else the latest.
   */
  private itOrg(before: number): Span | undefined {
    let latest: Span | undefined;
    for (let i = this.orgs.length - 1; i >= 0; i--) {
      const o = this.orgs[i];
      if (o.end > before) continue;
      if (before - o.end > IT_REACH) break;
      latest ??= o;
      if (this.orgSubjects.has(o.start)) return o;
    }
    return latest;
  }

  /** The quote names `m`'s person by a word of their name joined to `I` (`Taylor and I`, `me and Taylor`). */
  private namedBesideI(m: Span, quote: { start: number; end: number }): boolean {
    const said = this.text.slice(quote.start, quote.end);
    return (m.canonical ?? m.text).split(/\s+/).some((w) => {
      if (w.length < 3) return false;
      const name = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?:\\b${name} and I\\b|\\b(?:me|I) and ${name}\\b)`).test(said);
    });
  }

  /** The latest subject before `m` that the quote does not name beside `I`, of no other gender than the pronoun's. */
  private otherThan(m: Span, word: string, quote: { start: number; end: number }): Span | undefined {
    const want = pronounGender(word);
    const from = Math.max(0, this.antecedents.length - WINDOW);
    for (let i = this.antecedents.length - 1; i >= from; i--) {
      const c = this.antecedents[i];
      if (entityKey(c) === entityKey(m) || this.namedBesideI(c, quote)) continue;
      const g = this.genderOf(c);
      if (!want || !g || g === want) return c;
    }
    return undefined;
  }

  /** A person's gender as a title used with them (`Mr`, `Ms`) or their given name (the canonical name's first word) tells it. */
  private genderOf(s: Span): 'male' | 'female' | undefined {
    if (s.label !== 'PERSON') return undefined;
    const titles = this.titles.get(entityKey(s));
    if (titles) {
      const male = [...titles].some((t) => MALE_TITLES.has(t.toLowerCase()));
      const female = [...titles].some((t) => FEMALE_TITLES.has(t.toLowerCase()));
      if (male !== female) return male ? 'male' : 'female';
    }
    return genderOfGivenName((s.canonical ?? s.text).split(/\s+/)[0]) ?? this.told.get(entityKey(s)) ?? undefined;
  }

  /**
   * `she said` after `Michelle Obama …` and `Oprah Winfrey asked …`: the latest subject whose given name is of the
   * pronoun's gender, when the latest one is of the other gender. Undefined when the names tell nothing.
   */
  private byGender(word: string): Span | undefined {
    const want = pronounGender(word);
    const last = this.antecedents[this.antecedents.length - 1];
    const lastGender = last && this.genderOf(last);
    // Only when the latest subject is known to be of the other gender (the lists share many names: `Donald`).
    if (!want || !last || lastGender !== (want === 'male' ? 'female' : 'male')) return undefined;
    // Named as an object since (`John Smith met Angela Merkel. "…," she said`); none of the pronoun's gender so named, the
    // latest so named whose name tells none (`Ailes promoted Kelly … "…," she responded`), rather than a subject further
    // back; an owner is none (`citing President Tokayev’s speech`).
    let untold: Span | undefined;
    let owner: Span | undefined;
    for (let i = this.persons.length - 1; i >= 0 && this.persons[i].start > last.end; i--) {
      const p = this.persons[i];
      const g = this.genderOf(p);
      if (g === want) return p;
      if (g !== undefined) continue;
      if (!/^['’]s\b/.test(this.text.slice(p.end, p.end + 3))) untold ??= p;
      else owner ??= p;
    }
    if (untold) return untold;
    const from = Math.max(0, this.antecedents.length - WINDOW);
    for (let i = this.antecedents.length - 2; i >= from; i--) if (this.genderOf(this.antecedents[i]) === want) return this.antecedents[i];
    // (`She added: "…" Savage's future … "…," he said`: none named else, the latest owner whose name tells no gender, rather
    // than the subject of the other gender; where that subject's gender comes from a full name, not a surname read as a
    // given name: `Karin`.)
    return (last.canonical ?? last.text).includes(' ') ? owner : undefined;
  }

  private pickByRole(adjectives: readonly string[]): Span | undefined {
    const from = Math.max(0, this.antecedents.length - WINDOW);
    const last = this.antecedents[this.antecedents.length - 1];
    for (let i = this.antecedents.length - 1; i >= from; i--) {
      const t = this.titles.get(entityKey(this.antecedents[i]));
      if (t && adjectives.some((x) => t.has(x.slice(0, 4)))) return this.antecedents[i];
    }
    // `the Kazakh leader` is not the one just called `Russian President`: skip people of another nation.
    const nations = adjectives.filter(isPeople);
    if (nations.length) {
      for (let i = this.antecedents.length - 1; i >= from; i--) {
        const p = this.peoples.get(entityKey(this.antecedents[i]));
        if (!p || nations.some((n) => p.has(n))) return this.antecedents[i];
      }
    }
    return last;
  }

  /** The mention of the same entity as `m` nearest to the quote `[start, end)`. */
  nearest(m: Span, start: number, end: number): Span {
    const group = this.byKey.get(entityKey(m)) ?? [m];
    // Groups are in document order: the first mention at or after the quote's end,
    // and the last one ending at or before its start.
    let lo = 0;
    let hi = group.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (group[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    let best = m;
    let bestGap = gap(m, start, end);
    const consider = (c: Span | undefined) => {
      const g = c ? gap(c, start, end) : Infinity;
      if (c && g < bestGap) {
        best = c;
        bestGap = g;
      }
    };
    consider(group[lo]);
    for (let i = lo - 1; i >= 0; i--) {
      if (group[i].end <= start) {
        consider(group[i]);
        break;
      }
    }
    return best;
  }
}

function gap(m: Span, start: number, end: number): number {
  if (m.end <= start) return start - m.end;
  if (m.start >= end) return m.start - end;
  return Number.MAX_SAFE_INTEGER; // inside the quote: not a speaker mention
}

/** Words in a body's name that make it of a kind named otherwise (`the union said` of the `Writers Guild of America`). */
const DEPARTMENT = /\b(?:ministry|department)\b/i;
const KIND_WORDS: Record<string, RegExp> = {
  union: /\b(?:union|guild|federation|confederation|teamsters)\b/i,
  ministry: DEPARTMENT,
  department: DEPARTMENT,
};

/** The body's name says it is of that kind (`the ministry` → `Ministry of Health`, `the union` → `Writers Guild of America`). */
function namesKind(name: string, head: string): boolean {
  return name.toLowerCase().includes(head) || !!KIND_WORDS[head]?.test(name);
}
