/**
 * What the editor tests do in the VS Code workbench and read back from it, the way an
 * annotator would: keyboard commands (Quick Open, Go to Line, the command palette), the
 * mouse over a word, and the DOM the editor renders (text, decoration layers, hovers,
 * status bar). Every action waits for the page to show its effect.
 */
import type { Page } from 'playwright-core';
import { LABELS, type Label } from '../../server/src/core/types';
import { LABEL_INFO } from '../../server/src/protocol/labels';
import { stronger } from '../../client/src/colors';
import { until } from './poll';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A decoration the extension drew: its element's classes, computed background colour and border style. */
export interface Decoration {
  className: string;
  background: string;
  border: string;
  box: Box;
}

const QUICK_INPUT = '.quick-input-widget';
/** The visible text editor of the editor area (not the panel's output editor). */
const EDITOR = '.part.editor .monaco-editor';

async function quickInput(page: Page, key: string, text: string, row?: string): Promise<void> {
  // Just after a reload Quick Open may list no file until the workspace's files are read: close it and ask again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await quickInputOnce(page, key, text, row, attempt < 3 ? 15_000 : 30_000);
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
      await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
    }
  }
}

async function quickInputOnce(page: Page, key: string, text: string, row: string | undefined, rowTimeout: number): Promise<void> {
  const input = page.locator(`${QUICK_INPUT} input`);
  // Just after a (re)load the workbench can drop the first key: press again until the input opens.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    try {
      await input.waitFor({ state: 'visible', timeout: attempt < 4 ? 5_000 : 30_000 });
      break;
    } catch (e) {
      if (attempt >= 4) throw e;
    }
  }
  await page.keyboard.type(text);
  // The list filters as one types: wait until the row wanted is the one Enter would pick.
  if (row) await page.locator(`${QUICK_INPUT} .monaco-list-row.focused`, { hasText: row }).first().waitFor({ state: 'visible', timeout: rowTimeout });
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
}

/** Quick Open (Ctrl+P) a file by name; resolves when its tab is the active one. */
export async function openFile(page: Page, name: string): Promise<void> {
  await quickInput(page, 'Control+P', name, name);
  await page.locator('.part.editor .tab.active', { hasText: name }).waitFor({ state: 'visible' });
  await page.locator(`${EDITOR} .view-lines`).first().waitFor({ state: 'visible' });
}

/** Run a command from the palette (F1) by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await quickInput(page, 'F1', title, title);
}

/** Go to Line (Ctrl+G): the cursor at the line's start, the line revealed. */
export async function gotoLine(page: Page, line: number): Promise<void> {
  await quickInput(page, 'Control+G', String(line));
  await until(() => statusItem(page, 'status.editor.selection'), (t) => t.startsWith(`Ln ${line},`), `the cursor on line ${line}`);
}

/** The text of a status bar item by id (`''` when it is not shown). */
export async function statusItem(page: Page, id: string): Promise<string> {
  const item = page.locator(`.statusbar-item[id="${id}"]`);
  return (await item.count()) ? (await item.first().innerText()).trim() : '';
}

/** Marginalia's status bar item: the active document's counts per label (`14 PER · 9 DATE`). */
export async function countsItem(page: Page): Promise<string> {
  const item = page.locator('.statusbar-item[id$="marginalia.counts"]');
  return (await item.count()) ? (await item.first().innerText()).trim() : '';
}

/** The count of `short` (PER, DATE...) in the counts item, 0 when absent. */
export function countOf(counts: string, short: string): number {
  const m = new RegExp(`(\\d+) ${short}\\b`).exec(counts);
  return m ? Number(m[1]) : 0;
}

/**
 * The screen box of `needle` where it first appears inside `context` in the editor's
 * rendered lines (one wrapped line), or null when no rendered line shows it.
 */
export function findText(page: Page, needle: string, context = needle): Promise<Box | null> {
  // Runs in the page. The project compiles without the DOM library, hence the `any`s.
  return page.evaluate(
    ([selector, needle, context]) => {
      const doc: any = (globalThis as any).document;
      const editor = [...doc.querySelectorAll(selector)].find((e: any) => e.offsetParent !== null);
      if (!editor) return null;
      const view = editor.querySelector('.lines-content')?.parentElement?.getBoundingClientRect();
      const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort((a: any, b: any) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      for (const line of lines) {
        const nodes: any[] = [];
        let text = '';
        const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push(n);
          text += n.nodeValue;
        }
        const at = text.replace(/\u00a0/g, ' ').indexOf(context);
        if (at < 0) continue;
        const start = at + context.indexOf(needle);
        const end = start + needle.length;
        const range = doc.createRange();
        let offset = 0;
        for (const n of nodes) {
          const len = n.nodeValue.length;
          if (start >= offset && start < offset + len) range.setStart(n, start - offset);
          if (end > offset && end <= offset + len) {
            range.setEnd(n, end - offset);
            break;
          }
          offset += len;
        }
        const b = range.getBoundingClientRect();
        // Rendered but scrolled out of the editor's viewport: not something one can point at.
        if (view && (b.top < view.top || b.bottom > view.bottom)) continue;
        return { x: b.x, y: b.y, width: b.width, height: b.height } as Box;
      }
      return null;
    },
    [EDITOR, needle, context] as const,
  );
}

/** `findText`, waited for. */
export function textBox(page: Page, needle: string, context = needle, timeoutMs = 10_000): Promise<Box> {
  return until(() => findText(page, needle, context), (b) => b !== null, `"${needle}" in the editor`, timeoutMs) as Promise<Box>;
}

/** Every decoration the extension has drawn in the visible editor (`createTextEditorDecorationType`). */
export function decorations(page: Page): Promise<Decoration[]> {
  return page.evaluate((selector) => {
    const g: any = globalThis;
    const editor = [...g.document.querySelectorAll(selector)].find((e: any) => e.offsetParent !== null);
    if (!editor) return [];
    return [...editor.querySelectorAll('.view-overlays .cdr')]
      .filter((e: any) => /TextEditorDecorationType/.test(e.className))
      .map((e: any) => {
        const b = e.getBoundingClientRect();
        const style = g.getComputedStyle(e);
        return { className: e.className as string, background: style.backgroundColor as string, border: style.borderTopStyle as string, box: { x: b.x, y: b.y, width: b.width, height: b.height } };
      });
  }, EDITOR);
}

/** The label whose default colour `css` is (computed styles print `rgba(255, 213, 79, 0.2)`): a suggestion's. */
export function labelOfColor(css: string): Label | undefined {
  return LABELS.find((l) => sameColor(LABEL_INFO[l].color, css));
}

/** The label whose accepted-annotation colour (the default one, stronger) `css` is. */
export function acceptedLabelOfColor(css: string): Label | undefined {
  return LABELS.find((l) => sameColor(stronger(LABEL_INFO[l].color), css));
}

function sameColor(a: string, b: string): boolean {
  const [x, y] = [parseColor(a), parseColor(b)];
  return x.length === y.length && x.every((v, i) => Math.abs(v - y[i]) < 0.01);
}

function parseColor(css: string): number[] {
  const m = /rgba?\(([^)]*)\)/.exec(css);
  return m ? m[1].split(',').map(Number) : [];
}

/** Labels of the decorations covering (most of) the box: suggestions' colours, or with `accepted` the accepted annotations' (solid border). */
export async function labelsAt(page: Page, box: Box, accepted = false): Promise<Label[]> {
  const over = (await decorations(page)).filter((d) => {
    const w = Math.min(d.box.x + d.box.width, box.x + box.width) - Math.max(d.box.x, box.x);
    const h = Math.min(d.box.y + d.box.height, box.y + box.height) - Math.max(d.box.y, box.y);
    return w >= box.width * 0.8 && h >= box.height * 0.5;
  });
  const label = (d: Decoration) => (accepted ? (d.border === 'solid' ? acceptedLabelOfColor(d.background) : undefined) : labelOfColor(d.background));
  return [...new Set(over.map(label).filter((l): l is Label => !!l))];
}

/** Wait until an accepted annotation of `label` (solid) covers `needle` (in `context`). */
export async function expectAccepted(page: Page, label: Label, needle: string, context = needle, timeoutMs = 10_000): Promise<Box> {
  let box: Box | null = null;
  await until(
    async () => {
      box = await findText(page, needle, context);
      return box ? labelsAt(page, box, true) : ([] as Label[]);
    },
    (labels) => labels.includes(label),
    `an accepted ${label} annotation on "${needle}"`,
    timeoutMs,
  );
  return box!;
}

/** Wait until a decoration of `label` covers `needle` (in `context`); returns the text's box. */
export async function expectLabel(page: Page, label: Label, needle: string, context = needle, timeoutMs = 10_000): Promise<Box> {
  let box: Box | null = null;
  await until(
    async () => {
      box = await findText(page, needle, context);
      return box ? labelsAt(page, box) : ([] as Label[]);
    },
    (labels) => labels.includes(label),
    `a ${label} decoration on "${needle}"`,
    timeoutMs,
  );
  return box!;
}

/** Per rendered line, the text the editor draws faded (diagnostics tagged unnecessary) and its highest opacity. */
export function fadedText(page: Page): Promise<{ text: string; opacity: number }[]> {
  return page.evaluate((selector) => {
    const g: any = globalThis;
    const editor = [...g.document.querySelectorAll(selector)].find((e: any) => e.offsetParent !== null);
    if (!editor) return [];
    return [...editor.querySelectorAll('.view-lines .view-line')]
      .map((line: any) => [...line.querySelectorAll('.squiggly-inline-unnecessary')])
      .filter((spans: any[]) => spans.length > 0)
      .map((spans: any[]) => ({
        text: spans.map((e) => String(e.textContent)).join('').replace(/\u00a0/g, ' '),
        opacity: Math.max(...spans.map((e) => Number(g.getComputedStyle(e).opacity))),
      }));
  }, EDITOR);
}

const HOVER = '.monaco-hover-content:visible';

/** Close any hover: Escape, the mouse moved off the editor, until none is shown. */
export async function dismissHover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await until(() => page.locator(HOVER).count(), (n) => n === 0, 'no hover shown');
}

/**
 * Rest the mouse on the box and return the hover's text once it matches `expected`.
 * Points at a few places inside the box in turn, in case one lands between two spans.
 */
export async function hoverText(page: Page, box: Box, expected: RegExp, timeoutMs = 15_000): Promise<string> {
  await dismissHover(page);
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (let i = 0; Date.now() < deadline; i++) {
    const x = box.x + box.width * [0.5, 0.3, 0.7][i % 3];
    const y = box.y + box.height / 2;
    await page.mouse.move(x - 4, y);
    await page.mouse.move(x, y, { steps: 2 });
    const shown = page.locator(HOVER, { hasText: expected }).first();
    try {
      await shown.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(4000, deadline - Date.now())) });
      return (await shown.innerText()).trim();
    } catch {
      const any = page.locator(HOVER);
      last = (await any.count()) ? (await any.first().innerText()).trim() : '(no hover)';
    }
  }
  throw new Error(`no hover matching ${expected} on the text at ${JSON.stringify(box)}; last shown: ${last}`);
}

/** Hide the panel (Problems, Output) if it is shown. */
export async function hidePanel(page: Page): Promise<void> {
  const panel = page.locator('.part.panel');
  if (await panel.isVisible()) {
    await page.keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden' });
  }
}
