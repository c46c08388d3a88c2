/**
 * `Newsday on Facebook Newsday on Instagram`: a site's links to its accounts name the site before each platform; a name
 * no other rule read there, opening its line or after the link before, is the body that holds the account (not a
 * person's: a given name opens none; not a handle's `@POTUS on Twitter` nor a headline's `a Fake Empire on Facebook`).
 */
import type { DocMention } from './resolve';
import { mention, replaceInside } from './mention';
import { isGivenName } from './given-names';
import { isCommonWord } from './lexicon';

const PLATFORM = '(?:Facebook|Instagram|Twitter|YouTube|LinkedIn|TikTok|Pinterest)';
/** The name opens its line or follows the link before (`… Newsday on Instagram Newsday on Twitter`). */
const ACCOUNT = new RegExp(String.raw`(?<=^|\n|${PLATFORM} )(\p{Lu}[\p{L}\p{N}'’&-]*(?: \p{Lu}[\p{L}\p{N}'’&-]*){0,2}) on ${PLATFORM}(?![\p{L}])`, 'gu');
const HAS_ACCOUNT = new RegExp(` on ${PLATFORM}\\b`);
/** Words of a call to follow before the name (`Follow Newsday on Twitter`). */
const CALL = /^(?:(?:Follow|Like|Join|Find|Connect with|Watch|Subscribe to|Share|Visit)(?: us)? )+/;

export function platformAccounts(ms: DocMention[], text: string): void {
  if (!HAS_ACCOUNT.test(text)) return;
  for (const x of text.matchAll(ACCOUNT)) {
    const call = CALL.exec(x[1]);
    const name = call ? x[1].slice(call[0].length) : x[1];
    const start = x.index + x[1].length - name.length;
    const end = start + name.length;
    const first = name.split(' ')[0];
    if (!name || isGivenName(first) || (isCommonWord(first.toLowerCase()) && !name.includes(' ')) || /^(?:Us|Me|Them|Him|Her)$/.test(name)) continue;
    // (Only where no mention is: a name read there already, a person's or a body's, stands.)
    if (ms.some((m) => m.start < end && start < m.end)) continue;
    replaceInside(ms, mention(start, end, name, 'ORG', 1, `the holder of an account: a name before “on” a platform`));
  }
}
