/**
 * A small Unicode-aware tokeniser for CoNLL export and token-level agreement: runs of
 * letters and digits, numbers with inner separators (`22.11.2023`, `17:31`, `1,000`),
 * a clitic after a word (`’s`, `'t`) and every other non-space character (with its
 * combining marks) on its own. Offsets are UTF-16 indices into the text; tokens never
 * contain whitespace (see SPACE), so a token line can be split on whitespace.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Whitespace for JavaScript and for Python's str.split() alike (which adds NEL and U+001C–U+001F). */
export const SPACE = /[\s\u0085\u001c-\u001f]/;
const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)+|[\p{L}\p{M}\p{N}]+|(?<=[\p{L}\p{N}])['\u2019]\p{L}+|[^\s\u0085\u001c-\u001f]\p{M}*/gu;
const FINAL = /^[.!?\u2026]+$/;
const CLOSING = /^["\u201d\u2019\u00bb)\]]$/;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}

/**
 * Tokens grouped in sentences: a new sentence after a line break, and after
 * sentence-final punctuation (possibly followed by a closing quote or bracket) when
 * space and a word that does not start in lower case follow.
 */
export function sentences(text: string, tokens: Token[] = tokenize(text)): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (current.length && breaksBefore(text, tokens, i)) {
      out.push(current);
      current = [];
    }
    current.push(tokens[i]);
  }
  if (current.length) out.push(current);
  return out;
}

function breaksBefore(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const gap = text.slice(prev.end, tokens[i].start);
  if (LINE_BREAK.test(gap)) return true;
  if (!gap || /^\p{Ll}/u.test(tokens[i].text)) return false;
  if (FINAL.test(prev.text)) return true;
  const before = tokens[i - 2];
  return CLOSING.test(prev.text) && !!before && before.end === prev.start && FINAL.test(before.text);
}
