/**
 * `Nature` / `Sunday` / `Scotland`, `Theater` / `Friday!` / `People`: a weekday that is the whole of its line, between
 * lines that are a menu's items (short, capitalised, with no figure), is a section's name (a Sunday edition's, a Friday
 * magazine's), no day; so is `Tomorrow` there (`Entertainment` / `Tomorrow` / `Audio`: a site's section).
 */
import type { Paragraph } from '../types';

const WEEKDAY_LINE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tomorrow|Yesterday)!?$/;
const MENU_ITEM = /^\p{Lu}[\p{L}&'’.-]*(?: [\p{L}&'’.-]+){0,2}$/u;

export function isMenuDay(paragraphs: readonly Paragraph[], i: number): boolean {
  const p = paragraphs[i];
  if (!WEEKDAY_LINE.test(p.text.trim())) return false;
  const item = (q: Paragraph | undefined, line: number) => !!q && q.line === line && MENU_ITEM.test(q.text.trim()) && !WEEKDAY_LINE.test(q.text.trim());
  return item(paragraphs[i - 1], p.line - 1) && item(paragraphs[i + 1], p.line + 1);
}
