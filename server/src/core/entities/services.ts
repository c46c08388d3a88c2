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
/** After a name: `, a/an/the/Maker's` or `is Maker's`, up to three words, and the kind (not `Adobe Fresco is a new painting app`: the maker and its product). */
const APPOSITION_AFTER = new RegExp(
  String.raw`^(?:,[ \t](?:an?|the|\p{Lu}[\p{L}&.-]*['’]s)|[ \t]is[ \t]\p{Lu}[\p{L}&.-]*['’]s)(?:[ \t][\p{L}-]+){0,3}?[ \t]${KIND}${AFTER_KIND}`,
  'u',
);
/** What opens an apposition, tested first (analysis runs on every keystroke). */
const OPENS_APPOSITION = /^(?:, (?:a|an|the|\p{Lu})|\sis\s\p{Lu})/u;

/** The names the document calls a service: mentions of one to three words with such an apposition after them. */
export function serviceNames(ms: readonly DocMention[], text: string): Set<string> {
  const names = new Set<string>();
  for (const m of ms) {
    if (!OPENS_APPOSITION.test(text.slice(m.end, m.end + 6)) || m.text.split(' ').length > 3) continue;
    if (APPOSITION_AFTER.test(text.slice(m.end, m.end + 160))) names.add(m.text);
  }
  return names;
}

/** Every mention of a service's name is an organisation; `noEntities` (the names read as products or titles) no longer holds it. */
export function markServices(ms: DocMention[], text: string, noEntities: Set<string>): void {
  const services = serviceNames(ms, text);
  if (!services.size) return;
  for (const m of ms) {
    if (!services.has(m.text) || (m.gazKind && m.gazKind !== 'org') || m.label === 'NORP') continue;
    noEntities.delete(m.text);
    Object.assign(m, { label: 'ORG', strength: 2, noEntity: false, reason: 'a service: the document calls it a platform, an app or a site', lexical: false, guess: false, phrase: false });
  }
}
