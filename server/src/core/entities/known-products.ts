/**
 * Products news names without saying what they are: consoles, phones, tablets, assistants, games, software (`Xbox`,
 * `AirPods`, `Siri`, `Pokemon`, `Tomb Raider`). No entity, alone or as a word of a longer capitalised run
 * (`Nintendo Switch Lite Pokemon Zacian`); a service or a body named after one is (`Xbox Live`,
 * `PlayStation Network`, `Xbox Game Studios`). World knowledge, like the organisations' table (known-orgs.ts): names
 * that are also given names or common words (`Alexa`, `Surface`, `Galaxy`, `Mario`) are left out.
 */
import type { DocMention } from './resolve';
import { CAR_MAKERS, isKnownOrg } from './known-orgs';
import { ORG_TAIL_HEADS } from './org-words';

const KNOWN_PRODUCTS = new Set(
  `Xbox|XBox|PlayStation|Playstation|DualShock|AirPods|AirPod|iPhone|iPad|iPod|iMac|MacBook|Chromecast|Chromebook|Siri|
  Cortana|Kindle|Pokemon|Pokémon|Fortnite|Minecraft|Tomb Raider|ThinkPad|Walkman|Photoshop|PowerPoint|ChatGPT|GPT|Copilot|CoPilot|Grok`
    .split('|')
    .map((s) => s.trim()),
);
/** Longest product name, in words. */
const MAX_WORDS = 2;

/** Words after a product that make the run a service's or a body's name. */
const BODY_AFTER = new Set(['Live', 'Network', 'Store', 'Plus', 'Now', 'Studios', 'Game', 'Entertainment', 'Foundation']);

/** Where a known product's name starts among `words`, and how many words it takes. */
function productAt(words: readonly string[]): [number, number] | undefined {
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(MAX_WORDS, words.length - k); n >= 1; n--) if (KNOWN_PRODUCTS.has(words.slice(k, k + n).join(' '))) return [k, n];
  }
  return undefined;
}

/** `Anthropic’s Claude 3.5 Sonnet`, `Meta's Llama 3.1`: a known company's possessive, then a name and a version's number. */
const MAKER_BEFORE = /(\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*)?)['’]s $/u;
const VERSION_AFTER = /^ \d+(?:\.\d+)+(?![\p{L}\p{N}])/u;
/** `GPT-5 Codex`: a name after a product's name and its number. */
const PRODUCT_NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}])(?:GPT|Llama|Gemini|Claude)-?\d+(?:\.\d+)? $/u;

/** A model or a program named by its maker's possessive and its version, or after another product's numbered name: no entity. */
function versionedProduct(m: DocMention, text: string): boolean {
  if (m.text.includes(' ') || isKnownOrg(m.text)) return false;
  if (PRODUCT_NUMBER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return true;
  const maker = MAKER_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  return maker !== undefined && isKnownOrg(maker) && VERSION_AFTER.test(text.slice(m.end, m.end + 10));
}

export function withoutKnownProducts(ms: DocMention[], text: string): DocMention[] {
  const out: DocMention[] = [];
  for (const m of ms) {
    if (versionedProduct(m, text)) continue;
    const words = m.text.split(' ');
    const at = productAt(words);
    if (!at) {
      out.push(m);
      continue;
    }
    const [k, n] = at;
    const after = words.slice(k + n);
    if (after.some((w) => BODY_AFTER.has(w) || ORG_TAIL_HEADS.has(w.toLowerCase()))) {
      out.push(m);
      continue;
    }
    // `Microsoft Xbox`: a maker the tables know before the product is the company.
    const maker = words.slice(0, k).join(' ');
    if (k > 0 && (isKnownOrg(maker) || CAR_MAKERS.has(maker))) {
      out.push(Object.assign(m, { end: m.start + maker.length, text: maker, label: 'ORG', strength: 1, guess: false, lexical: false, phrase: false, reason: 'the maker before its product’s name' }));
    }
  }
  return out;
}
