/**
 * A page of readers' letters signs each letter with the writer's name on a line and the writer's town on the next
 * (`Ninfa Wood` / `Walnut Creek`), between the letter's last sentence and the next letter's heading. Where a page
 * signs two letters so or more, with a name the detectors read as a person's, each such town line is a place and
 * each name line a person, though the gazetteer knows neither.
 */
import { mention } from './mention';
import type { DocMention } from './resolve';
import { lineRanges } from '../text';

/** One to three capitalised words alone on a line (a town's name, a person's). */
const CAPITALISED_LINE = /^(?:\p{Lu}[\p{L}.'’-]*)(?: (?:\p{Lu}[\p{L}.'’-]*)){0,2}$/u;
/** Where a letter's text ends. */
const ENDS_SENTENCE = /[.!?”"’)]$/u;

interface Line { start: number; end: number; text: string }

function nonEmptyLines(text: string): Line[] {
  const out: Line[] = [];
  for (const { start, end } of lineRanges(text)) {
    const raw = text.slice(start, end);
    const t = raw.trim();
    if (!t) continue;
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: start + lead, end: start + lead + t.length, text: t });
  }
  return out;
}

/** The mentions with the letters' signatures read: towns as places, writers as persons. */
export function letterSignatures(ms: DocMention[], text: string): DocMention[] {
  // Two persons' names alone on their lines at least, or no page of letters: checked on the mentions first, as the
  // document's lines are read on every keystroke otherwise.
  const alone = (m: DocMention) => m.label === 'PERSON' && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && /^[ \t]*(?:\n|$)/.test(text.slice(m.end, m.end + 4));
  let named = 0;
  for (const m of ms) if (alone(m) && ++named >= 2) break;
  if (named < 2) return ms;
  const lines = nonEmptyLines(text);
  const pairs: [Line, Line][] = [];
  for (let k = 1; k + 2 < lines.length; k++) {
    const [before, name, town, after] = [lines[k - 1], lines[k], lines[k + 1], lines[k + 2]];
    if (!ENDS_SENTENCE.test(before.text) || before.text.split(' ').length < 6) continue;
    if (!CAPITALISED_LINE.test(name.text) || !name.text.includes(' ') || !CAPITALISED_LINE.test(town.text)) continue;
    // The next letter's heading or text: no third short capitalised line (a menu's).
    if (CAPITALISED_LINE.test(after.text)) continue;
    pairs.push([name, town]);
  }
  const signedByPerson = pairs.filter(([name]) => ms.some((m) => m.label === 'PERSON' && m.start === name.start && m.end === name.end));
  if (signedByPerson.length < 2) return ms;
  let out = ms;
  for (const [name, town] of pairs) {
    out = relabelLine(out, town, 'PLACE', 'a letter’s signature: the writer’s town');
    out = relabelLine(out, name, 'PERSON', 'a letter’s signature: the writer’s name');
  }
  return out;
}

function relabelLine(ms: DocMention[], line: Line, label: 'PLACE' | 'PERSON', reason: string): DocMention[] {
  const whole = ms.find((m) => m.start === line.start && m.end === line.end);
  if (whole && (whole.label === label || (whole.gazKind && whole.label === 'PLACE'))) return ms;
  const kept = ms.filter((m) => m.end <= line.start || m.start >= line.end);
  kept.push(mention(line.start, line.end, line.text, label, 2, reason));
  return kept.sort((a, b) => a.start - b.start);
}
