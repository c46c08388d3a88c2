/**
 * A page's sharing or following bar written in small letters (`facebook twitter print email`, `Follow us on linkedin
 * youtube`, a line `instagram` alone among such lines): each network's name is the company, named as it writes itself.
 */
import { mention, replaceUnlessCrossed, type Mention } from './mention';
import type { DocMention } from './resolve';

const NETWORK_NAMES: ReadonlyMap<string, string> = new Map([
  ['facebook', 'Facebook'], ['twitter', 'Twitter'], ['instagram', 'Instagram'], ['youtube', 'YouTube'], ['linkedin', 'LinkedIn'],
  ['reddit', 'Reddit'], ['pinterest', 'Pinterest'], ['tumblr', 'Tumblr'], ['whatsapp', 'WhatsApp'], ['tiktok', 'TikTok'],
  ['snapchat', 'Snapchat'], ['flipboard', 'Flipboard'], ['google+', 'Google+'],
]);
const NETWORK = /(?<![\p{L}\p{N}./@-])(facebook|twitter|instagram|youtube|linkedin|reddit|pinterest|tumblr|whatsapp|tiktok|snapchat|flipboard|google\+)(?![\p{L}\p{N}.-])/giu;
const HAS_NETWORK = new RegExp(NETWORK.source, 'iu');
/** Words a bar holds beside the networks' names. */
const BAR_WORDS = /^(?:send|share|print|email|e-mail|mail|follow|us|on|and|stumble|stumbleupon|digg|newsvine|permalink|rss|feed|copy|link|more|tweet|pin|like|subscribe|via|\|)$/i;

/**
 * Networks as they write their names (and `Linkedin`, `ReddIt`, `Google`, and two that bars name but small letters do not
 * make a network's: `Telegram`, `StumbleUpon`), longest first, run together with a bar's words in scraped text (`Share on
 * FacebookShare on Twitter`).
 */
const WRITTEN_NETWORKS = [...NETWORK_NAMES.values(), 'Linkedin', 'ReddIt', 'Google', 'Telegram', 'StumbleUpon'].sort((a, b) => b.length - a.length).map((n) => n.replace(/\+/g, '\\+')).join('|');
const GLUED_NETWORK = new RegExp(WRITTEN_NETWORKS, 'g');
/** An icon font's suffix a scraped bar keeps after a network's name (`Facebook-f`, `Linkedin-in`). */
const ICON_SUFFIX = '-(?:f|in|square|play)(?![\\p{L}-])';
/** A network's name run together with a letter before or after it, or with an icon's suffix. */
const GLUED = new RegExp(`\\p{L}(?:${WRITTEN_NETWORKS})|(?:${WRITTEN_NETWORKS})(?:\\p{L}|${ICON_SUFFIX})`, 'u');
/** A line that is nothing but a bar: networks' names and a bar's words, run together or not. */
const GLUED_BAR = new RegExp(`^(?:\\s|${GLUED_NETWORK.source}|${ICON_SUFFIX}|Share|Sign|In|in|on|to|via|with|Email|E-mail|More|Print|Shortlink|FAQ|Post|Tweet|Pin|It|Follow|Us|us|Copy|Link|Comments?|\\|)+$`);

export function shareBars(text: string, ms: Mention[]): void {
  if (gluedBar(text, ms) || !HAS_NETWORK.test(text)) return;
  const line = text.trim();
  if (line.length > 200 || /[.!?]$/.test(line)) return;
  const words = line.split(/\s+/);
  const networks = words.filter((w) => NETWORK_NAMES.has(w.toLowerCase()));
  // A bar: two networks' names or more, and nothing but the bar's words beside them; one name alone on its line; or one
  // after a bar's verb (`Share on facebook`, a line for each network).
  const verb = words.some((w) => /^(?:share|follow|tweet|pin)$/i.test(w));
  if (!(networks.length >= 2 || words.length === 1 || (networks.length === 1 && verb)) || !words.every((w) => NETWORK_NAMES.has(w.toLowerCase()) || BAR_WORDS.test(w) || /^\p{Lu}/u.test(w))) return;
  const lead = text.length - text.trimStart().length;
  for (const x of line.matchAll(NETWORK)) {
    if (!/^\p{Ll}/u.test(x[1])) continue; // a capitalised name is read as every name is
    const start = lead + x.index;
    const name = NETWORK_NAMES.get(x[1].toLowerCase());
    replaceUnlessCrossed(ms, { ...mention(start, start + x[1].length, x[1], 'ORG', 2, 'a network’s name in a sharing bar, in small letters', { canonical: name }), body: name } as Mention);
  }
}

/**
 * `Share on FacebookShare on TwitterShare on Linkedin`, `Share to LinkedInLinkedInShare to …`, `Share onFacebook`,
 * `Sign in with FacebookSign in with Google`: a bar whose words ran together when the page was scraped. Each network's
 * name in it is the company, however its neighbours are glued to it; what was read of the glued words is dropped.
 */
function gluedBar(text: string, ms: Mention[]): boolean {
  const line = text.trim();
  if (line.length > 200 || !GLUED.test(line) || !GLUED_BAR.test(line)) return false;
  ms.length = 0;
  const lead = text.length - text.trimStart().length;
  for (const x of line.matchAll(GLUED_NETWORK)) {
    const start = lead + x.index;
    const name = NETWORK_NAMES.get(x[0].toLowerCase()) ?? x[0];
    ms.push({ ...mention(start, start + x[0].length, x[0], 'ORG', 2, 'a network’s name in a sharing bar run together', { canonical: name }), body: name } as Mention);
  }
  return true;
}

/** A share bar's own word alone on its line. */
const BAR_LINE = /^(?:Email|E-mail|SMS|Print|Share\b.*)$/i;

/** A network's name alone on its line, as a share bar's lines are (`Reddit`, `Flipboard`). */
const NETWORK_LINE = new RegExp(`^(?:${WRITTEN_NETWORKS})$`, 'gmi');
/** The same, tested on one line. */
const A_NETWORK_LINE = new RegExp(`^(?:${WRITTEN_NETWORKS})$`, 'i');

/**
 * `Reddit` / `Pocket` / `Flipboard`: a capitalised word alone on its line between two networks' names alone on theirs is
 * one more network of the bar, a body, though a word of the language (`Pocket`, `Buffer`).
 */
export function networksBetween(ms: DocMention[], text: string): DocMention[] {
  const ends = new Set<number>();
  const starts = new Set<number>();
  for (const x of text.matchAll(NETWORK_LINE)) {
    starts.add(x.index);
    ends.add(x.index + x[0].length);
  }
  if (starts.size < 2) return ms;
  const added: DocMention[] = [];
  for (const end of ends) {
    const start = end + 1;
    const next = text.indexOf('\n', start);
    const word = text.slice(start, next);
    if (next < 0 || !starts.has(next + 1) || !/^\p{Lu}\p{Ll}{2,}$/u.test(word) || BAR_WORDS.test(word) || /^(?:Comments?|Save|Messenger|Text)$/.test(word)) continue;
    if (ms.some((m) => m.label && m.start < next && start < m.end)) continue;
    // A bar's own word near it (`Email`, `Print`, `Share …`), or networks' names for most of the lines around it: a list of
    // topics holds a few networks' names too (`Google` / `Facebook` / `Deadpool` / `youtube` / `kickstarter`).
    const before = text.slice(0, start - 1).split('\n').slice(-3);
    const after = text.slice(next + 1, next + 200).split('\n').slice(0, 3);
    const around = [...before, ...after].map((l) => l.trim());
    if (!around.some((l) => BAR_LINE.test(l) || BAR_WORDS.test(l)) && around.filter((l) => A_NETWORK_LINE.test(l)).length < 4) continue;
    added.push({ ...mention(start, next, text.slice(start, next), 'ORG', 2, 'a network of a share bar, between two others'), initial: false });
  }
  if (!added.length) return ms;
  const kept = ms.filter((m) => !added.some((a) => m.start < a.end && a.start < m.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** Lines around a line `X` that make it a bar's network: networks' names alone on their lines (Bluesky and Threads too). */
const NETWORK_OR_NEW_LINE = new RegExp(`^(?:${WRITTEN_NETWORKS}|Bluesky|Threads|Mastodon)$`, 'i');
/**
 * `posts on X`, `on X, formerly Twitter`, `X posts`, `X users`: the network's one letter where prose names it (before
 * `posts`, not after a word: `Model X users`).
 */
const xInProse = (text: string, at: number): boolean =>
  (/\b(?:on|On|via) $/.test(text.slice(Math.max(0, at - 5), at)) && !/[\p{L}\p{N}'’&-]/u.test(text[at + 1] ?? '')) ||
  (!/[\p{L}\p{N}] ?$/u.test(text.slice(Math.max(0, at - 2), at)) && /^ (?:posts?|users?|accounts?)\b/.test(text.slice(at + 1, at + 11)));

/** Networks' names as a bar writes them, beside which `X` is the network formerly Twitter. */
const BESIDE_X = String.raw`(?:Facebook|Instagram|LinkedIn|Linkedin|YouTube|Youtube|Pinterest|TikTok|Threads|Reddit|Twitter|Bluesky|Mastodon|WhatsApp|Telegram|Flipboard|RSS)`;
/**
 * `Facebook Instagram X`, `Mises X Mises Instagram` (the site's name before each), `Follow FDA on X`, `X / Twitter`,
 * `X (formerly Twitter)`: the letter beside networks' names on a bar's line, after a bar's verb and `on`, or glossed by
 * Twitter's name.
 */
/** The letter X at `at` stands alone, where a bar's network may stand. */
const loneX = (text: string, at: number): boolean => !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}'’.-]/u.test(text[at + 1] ?? '');
const BAR_BEFORE_X = new RegExp(String.raw`(?:\b${BESIDE_X}(?: \p{Lu}[\p{L}.]*)? |\b(?:[Ff]ollow|[Ss]hare)\b[^.!?\n]{0,30}\bon )$`, 'u');
const BAR_AFTER_X = new RegExp(String.raw`^(?: (?:\p{Lu}[\p{L}.]* )?${BESIDE_X}\b| \/ Twitter\b| \(formerly Twitter\))`, 'u');
/** The lone X at `at` stands in a bar: networks' names beside it, a bar's `Follow … on` before it, or Twitter's name glossing it. */
const xInBar = (text: string, at: number): boolean => BAR_BEFORE_X.test(text.slice(Math.max(0, at - 60), at)) || BAR_AFTER_X.test(text.slice(at + 1, at + 40));

/**
 * `X` alone on its line over `Facebook`, `Bluesky`: the network once named Twitter, in a bar of networks; in prose after `on`
 * or before `posts`, in a document that names Twitter too (`X (formerly Twitter)`); beside networks' names in a bar's line or
 * after its `Follow … on`: a single letter no other rule reads as a name.
 */
export function networkX(ms: DocMention[], text: string): DocMention[] {
  if (!text.includes('X')) return ms;
  const added: DocMention[] = [];
  const free = (start: number, end: number) => !ms.some((m) => m.start < end && start < m.end) && !added.some((m) => m.start < end && start < m.end);
  const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const x of text.matchAll(/^[ \t]*X[ \t]*$/gm)) {
    const at = x.index + x[0].indexOf('X');
    const before = lines(text.slice(Math.max(0, x.index - 120), x.index)).slice(-2);
    const after = lines(text.slice(x.index + x[0].length, x.index + x[0].length + 120)).slice(0, 2);
    const networks = [...before, ...after].filter((l) => NETWORK_OR_NEW_LINE.test(l)).length;
    if (networks >= 2 && free(at, at + 1)) added.push({ ...mention(at, at + 1, 'X', 'ORG', 2, 'a network of a share bar: X, once Twitter'), initial: false });
  }
  const twitter = text.includes('Twitter');
  for (let at = text.indexOf('X'); at >= 0; at = text.indexOf('X', at + 1)) {
    if (!free(at, at + 1)) continue;
    if (loneX(text, at) && xInBar(text, at)) added.push({ ...mention(at, at + 1, 'X', 'ORG', 2, 'the network X beside other networks’ names'), initial: false });
    else if (twitter && xInProse(text, at)) added.push({ ...mention(at, at + 1, 'X', 'ORG', 2, 'the network X, once Twitter, where the document names Twitter too'), initial: false });
  }
  if (!added.length) return ms;
  return [...ms, ...added].sort((a, b) => a.start - b.start);
}
