/**
 * Documents for the protocol tests, written so that any sane detector finds in them a
 * person (with a title word), a date, a quote with its speaker and a call to subscribe;
 * and helpers to point at their text.
 */
export const STORY = [
  'WASHINGTON, March 14, 2023 — President Joe Biden met German Chancellor Olaf Scholz at the White House on Tuesday to discuss support for Ukraine.',
  '',
  '"We will stand with Ukraine for as long as it takes," Biden told reporters after the meeting.',
  '',
  'Scholz said the two leaders had agreed to meet again in Berlin on 20 April 2023.',
  '',
  'Subscribe to our newsletter to receive the latest news every morning.',
  '',
].join('\n');

/** A paragraph of STORY that the edit test repeats. */
export const REPEATED = 'Scholz said the two leaders had agreed to meet again in Berlin on 20 April 2023.';

export const FOLLOW_UP = [
  'BERLIN, March 16, 2023 — Chancellor Olaf Scholz told the German parliament on Thursday that President Joe Biden had promised more support.',
  '',
  'Olaf Scholz said Germany would increase its aid to Ukraine this year.',
  '',
].join('\n');

/** The LSP position of the `nth` occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** The end of `text`, as an LSP position. */
export function endOf(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** Decoded semantic tokens: absolute line, start character, length, type index. */
export function decodeTokens(data: number[]): { line: number; start: number; length: number; type: number }[] {
  const out = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    out.push({ line, start, length: data[i + 2], type: data[i + 3] });
  }
  return out;
}
