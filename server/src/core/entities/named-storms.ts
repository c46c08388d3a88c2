/**
 * `Hurricane Irene`, `Cyclone Tracy`, `Tropical Storm Irene`: a storm named like a person is an event, no entity, nor is
 * its name alone after the storm's kind (not `Hurricane Center`, a body whose head follows).
 */
import type { DocMention } from './resolve';

const STORM = /^(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Super Typhoon) \p{Lu}\p{Ll}+$/u;
const STORM_BEFORE = /(?:Hurricane|Typhoon|Cyclone|Tropical Storm) $/;
const NOT_A_NAME = /\s(?:Center|Centre|Season|Status|Warning|Watch|Relief|Fund)$/;

export function withoutNamedStorms(ms: DocMention[], text: string): DocMention[] {
  if (!/Hurricane |Typhoon |Cyclone |Tropical Storm /.test(text)) return ms;
  return ms.filter((m) => (!STORM.test(m.text) || NOT_A_NAME.test(m.text)) && !STORM_BEFORE.test(text.slice(Math.max(0, m.start - 15), m.start)));
}
