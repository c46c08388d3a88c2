/**
 * What the clause around a date says about it: does it point forward (`will … on
 * Monday`, `are to mark on November 11`) or back (`stressed here Wednesday`), and is it
 * an annually recurring day (`the Day of Remembrance … on February 6`)?
 */

const FUTURE = new Set(['will', 'would', 'shall', 'll', 'upcoming', 'forthcoming', 'scheduled', 'next', 'tomorrow', 'planned', 'plans', 'intends', 'starts', 'begins', 'resumes', 'expires']);
/** Words that point forward only when they stand before the date (`before the bank concludes … Thursday`, `ahead of Friday`, `cancelling flights through mid-August`). */
const FUTURE_BEFORE = new Set(['before', 'until', 'till', 'through', 'ahead']);
const PAST_IRREGULAR = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'met', 'held', 'took', 'made', 'gave', 'came', 'went', 'saw',
  'began', 'spoke', 'rang', 'led', 'won', 'lost', 'sent', 'paid', 'left', 'brought', 'became', 'wrote', 'stood',
  'found', 'kept', 'ran', 'sat', 'grew', 'drew', 'threw', 'knew', 'flew', 'chose', 'fell', 'rose', 'sold',
  'bought', 'caught', 'taught', 'fought', 'sought', 'thought', 'heard', 'meant', 'felt', 'dealt', 'laid', 'struck',
  'built', 'spent', 'lent', 'broke', 'woke', 'drove', 'rode', 'wore', 'swore', 'tore', 'froze', 'hid',
  'got', 'forgot', 'understood', 'withdrew', 'overtook', 'undertook', 'ago',
  'yesterday', 'last', 'earlier', 'previously',
]);
const NOT_PAST = new Set([
  'united', 'limited', 'based', 'related', 'detailed', 'advanced', 'indeed', 'hundred', 'speed', 'embed', 'naked',
]);

function isPast(tok: string): boolean {
  if (PAST_IRREGULAR.has(tok)) return true;
  return tok.length >= 5 && tok.endsWith('ed') && !tok.endsWith('eed') && !NOT_PAST.has(tok);
}

function tenseOf(tokens: string[], i: number): 'past' | 'future' | undefined {
  const t = tokens[i];
  if (FUTURE.has(t)) return 'future';
  // `is to`, `are to` (`are to mark on November 11`), `due to`, `set to`, `expected to`, `going to`, `rumored to`, `slated to`.
  if (t === 'to' && i > 0 && /^(is|are|due|set|expected|going|likely|poised|rumored|rumoured|slated|tipped|scheduled|planned|aiming|hoping)$/.test(tokens[i - 1])) return 'future';
  if (t === 'to' && i + 1 < tokens.length && tokens[i + 1] === 'be' && i > 0 && !/^(was|were|had|has|have)$/.test(tokens[i - 1])) return 'future';
  // `will be held`, `is expected`: a participle after a form of `be` says nothing; read on.
  if (isPast(t)) return i > 0 && /^(be|been|being|is|are|am)$/.test(tokens[i - 1]) ? undefined : 'past';
  return undefined;
}

/** The clause bounds around [start, end): from the last sentence or clause break before it to the next after it. */
export function clauseBounds(text: string, start: number, end: number): [number, number] {
  const lo = Math.max(0, start - 300);
  const hi = Math.min(text.length, end + 300);
  let s = start;
  while (s > lo && !(/[.!?;:\u2022]/.test(text[s - 2] ?? '') && /\s/.test(text[s - 1]))) s--;
  let e = end;
  while (e < hi && !(/[.!?;]/.test(text[e]) && (e + 1 >= text.length || /\s/.test(text[e + 1])))) e++;
  return [s, e];
}

/** Words that open a subordinate or coordinate clause. */
const CLAUSE_START = new Set(['that', 'which', 'who', 'when', 'where', 'while', 'because', 'if', 'whether', 'but', 'and']);

const tokenize = (s: string): string[] => (s.toLowerCase().match(/[a-z]+/g) ?? []);

/** A weekday's name, not owning what follows. */
const WEEKDAY_ALONE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!['’])/;

/** The tense of the clause around a mention: the nearest marker before it, else after it. */
export function clauseTense(text: string, start: number, end: number): 'past' | 'future' | undefined {
  const [s, e] = clauseBounds(text, start, end);
  const before = tokenize(text.slice(s, start));
  // `making its reserves free … from Monday`: a day something starts from looks forward, unless the clause before it
  // is in the past (`the strike ran from Monday`).
  // Only a weekday alone (not `results from Tuesday’s election`, `weeks from Election Day`), in a clause in the present.
  if (before[before.length - 1] === 'from' && WEEKDAY_ALONE.test(text.slice(start, end + 2)) && before.some((w) => w === 'is' || w === 'are') && !before.slice(0, -1).some((w, k, ws) => tenseOf(ws, k) === 'past')) return 'future';
  let i = before.length - 1;
  for (let n = 0; i >= 0 && n < 14; i--, n++) {
    // (`had until Nov. 1`, `was open until`: after `had`, `was`, `until` looks forward from the past; `adjourned until July` still forward.)
    const t = tenseOf(before, i) ?? (FUTURE_BEFORE.has(before[i]) ? (i > 0 && /^(?:had|was|were)$/.test(before[i - 1]) ? 'past' : 'future') : undefined);
    if (t) return t;
    if (CLAUSE_START.has(before[i])) break; // `said that on November 23 … will`: the verb of another clause
  }
  const after = tokenize(text.slice(end, e));
  for (let k = 0; k < after.length && k < 10; k++) {
    const t = tenseOf(after, k);
    if (t) return t;
  }
  // A clause with no tense of its own takes the one it hangs on: `will become … when he travels … on Sunday`.
  for (i--; i >= 0 && before.length - i <= 24; i--) {
    const t = tenseOf(before, i);
    if (t) return t;
  }
  return undefined;
}

const EVERY = /\b(?:every|each)\s+(?:year|month|week)\b|\bannually\b|\byearly\b|\b(?:celebrated|observed|commemorated)\b/i;
const HOLIDAY = /\bDay\s+of\b|\b[A-Z][\p{L}'\u2019]+\s+Day\b/u;

/** `every Monday`, `each Friday`: a day name that repeats. */
export function isEveryWeek(text: string, start: number): boolean {
  return /\b(?:every|each)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * `Friday nights are made for fun`, `the perfect atmosphere for a Friday night`: a weekday's nights (or mornings …) in
 * the plural, or one of them after `a`, are any week's.
 */
export function isAnyWeek(text: string, start: number, end: number): boolean {
  return /^\s+(?:nights|mornings|afternoons|evenings)\b/.test(text.slice(end, end + 12)) || (/(?:^|[^\p{L}])[Aa]\s+$/u.test(text.slice(Math.max(0, start - 3), start)) && /\s(?:night|morning|afternoon|evening)$/.test(text.slice(start, end)));
}

/** True when the clause presents a day+month as recurring every year. */
export function isRecurring(text: string, start: number, end: number): boolean {
  const [s, e] = clauseBounds(text, start, end);
  if (EVERY.test(text.slice(s, e))) return true;
  return HOLIDAY.test(text.slice(s, start)) && /\bon\s+$/.test(text.slice(Math.max(s, start - 4), start));
}
