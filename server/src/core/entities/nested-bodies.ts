/**
 * `the National Institute on Aging of the National Institutes of Health`, `the 102nd Rescue Squadron of the New York Air
 * National Guard`: a body named as a part of another body is two bodies, each with its own name. Not where what follows
 * `of the` names no body by itself (`Office of the High Commissioner`, `Order of the British Empire`), nor a union's
 * council (`Council of the European Union`, one body's name).
 */
import { mention, type Mention } from './mention';

/** A part's head: the body named before `of the`. */
const PART_HEAD = /\b(?:Institute|Squadron|Division|Bureau|Centre|Center|School|College|Laboratory|Unit|Branch|Wing|Regiment|Battalion|Brigade|Agency|Service|Department)\b/;
/** The whole's head: the body named after `of the`. */
const WHOLE_HEAD = /\b(?:Institutes|Department|Ministry|Agency|Guard|University|Academy|Corps|Force|Army|Navy)\b/;

export function nestedBodies(text: string, ms: Mention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (m.label !== 'ORG') continue;
    const at = m.text.indexOf(' of the ');
    if (at < 0 || m.text.indexOf(' of the ', at + 1) >= 0) continue;
    const part = m.text.slice(0, at);
    const whole = m.text.slice(at + 8);
    if (!PART_HEAD.test(part) || !WHOLE_HEAD.test(whole) || !/^\p{Lu}/u.test(whole)) continue;
    const wholeStart = m.start + at + 8;
    ms.splice(k, 1,
      mention(m.start, m.start + at, part, 'ORG', m.strength, 'a body named as a part of another: the part', { initial: m.initial }),
      mention(wholeStart, m.end, whole, 'ORG', m.strength, 'a body named as a part of another: the whole'));
  }
}
