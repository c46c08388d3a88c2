/**
 * Services: a name the document calls a platform, a service, an app or a site in apposition
 * (`Stadia, Google's streaming gaming platform`, `Pandora, the free online radio app`,
 * `Stadia is Google's attempt at a platform`) is a body that runs it, an organisation, wherever it is
 * written, even right after its maker's name (`Google's Stadia`, which alone would read as a product).
 */
import type { DocMention } from './resolve';

/** The kinds of service a name is called by. */
const KIND = String.raw`(?:platform|service|app|site|website|network|marketplace|store)`;
/** What may follow the kind: the apposition ends, or a clause about the service opens (`a site where …`), never another noun (`a civil service expert`). */
const AFTER_KIND = String.raw`(?=[ \t]*[,.;:)—–]|[ \t]*$|[ \t]+(?:that|which|where|for|from|owned|run|launched|used|with|in|on|by|to)\b)`;
/** A name of one to three capitalised words, then `, a/an/the/Maker's` or `is Maker's`, up to three words, and the kind (not `Adobe Fresco is a new painting app`: the maker and its product). */
const APPOSITION = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’])(\p{Lu}[\p{L}\p{N}+-]*(?:[ \t]\p{Lu}[\p{L}\p{N}+-]*){0,2})(?:,[ \t](?:an?|the|\p{Lu}[\p{L}&.-]*['’]s)|[ \t]is[ \t]\p{Lu}[\p{L}&.-]*['’]s)(?:[ \t][\p{L}-]+){0,3}?[ \t]${KIND}${AFTER_KIND}`,
  'gmu',
);
/** Only the stretch before each kind's word is searched (analysis runs on every keystroke). */
const KIND_WORD = new RegExp(String.raw`\b${KIND}\b`, 'g');
/** How far before the kind's word its name may start: three words of a name, a maker's possessive and three words. */
const REACH = 160;

/** The names the document calls a service. */
export function serviceNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const k of text.matchAll(KIND_WORD)) {
    const end = k.index + k[0].length;
    // From the line's start, or from the first space within reach (never inside a word).
    const line = text.lastIndexOf('\n', k.index) + 1;
    const from = k.index - REACH > line ? text.indexOf(' ', k.index - REACH) + 1 : line;
    const nl = text.indexOf('\n', end);
    const to = Math.min(nl < 0 ? text.length : nl, end + 40);
    for (const x of text.slice(from, to).matchAll(APPOSITION)) names.add(x[1]);
  }
  return names;
}

/** Every mention of a service's name is an organisation; `noEntities` (the names read as products or titles) no longer holds it. */
export function markServices(ms: DocMention[], text: string, noEntities: Set<string>): void {
  const services = serviceNames(text);
  if (!services.size) return;
  for (const m of ms) {
    if (!services.has(m.text) || (m.gazKind && m.gazKind !== 'org') || m.label === 'NORP') continue;
    noEntities.delete(m.text);
    Object.assign(m, { label: 'ORG', strength: 2, noEntity: false, reason: 'a service: the document calls it a platform, an app or a site', lexical: false, guess: false, phrase: false });
  }
}
