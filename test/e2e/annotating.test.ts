/**
 * Annotating in the editor, as an annotator does it from the keyboard, in a real VS Code
 * workbench (code-server + headless chromium): accept a suggestion (Alt+A), label the
 * other occurrences from the offer that follows, relabel one (Alt+L and the label
 * picker), annotate a selection (Alt+N), edit the text and save, reload the window. After
 * each step both the `.ann` on disk and the solid (accepted) decorations are checked.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { until } from './poll';
import { Workbench } from './session';
import { expectAccepted, expectLabel, gotoLine, openFile, runCommand, statusItem } from './workbench';

const SEED = '003_f746c940480ca6d6.txt';

interface AnnLine {
  label: string;
  start: number;
  end: number;
  text: string;
}

/** The T lines of the `.ann` on disk, each checked against the `.txt` on disk (code points). */
function readAnn(folder: string): AnnLine[] {
  const file = path.join(folder, SEED.replace(/\.txt$/, '.ann'));
  if (!fs.existsSync(file)) return [];
  const text = [...fs.readFileSync(path.join(folder, SEED), 'utf8')];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('T'))
    .map((l) => {
      const [, body, covered] = l.split('\t');
      const [label, start, end] = body.split(' ');
      const line = { label, start: Number(start), end: Number(end), text: covered };
      assert.equal(text.slice(line.start, line.end).join(''), line.text, `the .ann line "${l}" matches the .txt`);
      return line;
    });
}

const has = (lines: AnnLine[], label: string, text: string) => lines.filter((l) => l.label === label && l.text === text).length;

async function press(wb: Workbench, key: string): Promise<void> {
  await wb.page.keyboard.press(key);
}

/** Pick `row` in the quick pick a command opened. */
async function pick(wb: Workbench, row: string): Promise<void> {
  const input = wb.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await wb.page.keyboard.type(row);
  await wb.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: row }).first().waitFor({ state: 'visible' });
  await wb.page.keyboard.press('Enter');
  await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The cursor at line:column (Go to Line accepts both). */
async function gotoPos(wb: Workbench, line: number, column: number): Promise<void> {
  await wb.page.keyboard.press('Control+G');
  await wb.page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await wb.page.keyboard.type(`${line}:${column}`);
  await wb.page.keyboard.press('Enter');
  await until(() => statusItem(wb.page, 'status.editor.selection'), (t) => t.startsWith(`Ln ${line}, Col ${column}`), `the cursor at ${line}:${column}`);
}

describe('Annotating in VS Code: decisions saved as brat files (code-server, chromium)', function () {
  this.timeout(60_000);
  let wb: Workbench;

  before(async function () {
    this.timeout(240_000);
    const opened = await Workbench.open((line) => console.log(`      ${line}`));
    if (typeof opened === 'string') {
      console.log(`      skipped: ${opened}`);
      this.skip();
    }
    wb = opened as Workbench;
    await openFile(wb.page, SEED);
  });

  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') console.log(`      saved ${await wb.saveFailure(this.currentTest.title)}.*`);
  });

  after(async () => {
    await wb?.close();
  });

  it('accepts a suggestion with Alt+A: solid highlight, written to the .ann at once', async () => {
    await expectLabel(wb.page, 'PERSON', 'Kanat Tumysh', 'Kanat Tumysh', 30_000); // the server has analysed the document: the keys are live
    await gotoPos(wb, 3, 6); // inside "Kanat Tumysh"
    await press(wb, 'Alt+A');
    await expectAccepted(wb.page, 'PERSON', 'Kanat Tumysh');
    const lines = await until(() => readAnn(wb.folder), (ls) => has(ls, 'PERSON', 'Kanat Tumysh') === 1, 'PERSON "Kanat Tumysh" in the .ann');
    assert.equal(lines.length, 1, 'only the accepted annotation is saved, not the suggestions');
  });

  it('offers to label the other occurrences, saying how many, and labels them', async () => {
    await gotoPos(wb, 1, 3); // inside "Kazakhstan"
    await press(wb, 'Alt+A');
    const offer = wb.page.locator('.notification-toast', { hasText: 'Label the other occurrences of "Kazakhstan" as PLACE' }).first();
    await offer.waitFor({ state: 'visible' });
    const button = offer.locator('.monaco-button', { hasText: /This document \(\d+\)/ }).first();
    const n = Number(/\((\d+)\)/.exec(await button.innerText())![1]);
    assert.ok(n >= 5, `seeds/003 names Kazakhstan many times (offered ${n})`);
    await button.click();
    await until(() => readAnn(wb.folder), (ls) => has(ls, 'PLACE', 'Kazakhstan') === n + 1, `${n + 1} PLACE "Kazakhstan" in the .ann`);
  });

  it('relabels with Alt+L and the label picker', async () => {
    await gotoPos(wb, 3, 42); // inside "Republic of Kazakhstan"
    await press(wb, 'Alt+L');
    await pick(wb, 'ORG');
    await expectAccepted(wb.page, 'ORG', 'Republic of Kazakhstan', 'the Republic of Kazakhstan');
    await until(() => readAnn(wb.folder), (ls) => has(ls, 'ORG', 'Republic of Kazakhstan') === 1, 'ORG "Republic of Kazakhstan" in the .ann');
  });

  it('annotates typed text from a selection; the .ann follows the edit when the file is saved', async () => {
    await gotoLine(wb.page, 1);
    await press(wb, 'Home');
    await wb.page.keyboard.type('Pretoria Forum: ');
    await press(wb, 'Home');
    for (let i = 0; i < 'Pretoria Forum'.length; i++) await press(wb, 'Shift+ArrowRight');
    await press(wb, 'Alt+N');
    await pick(wb, 'ORG');
    await expectAccepted(wb.page, 'ORG', 'Pretoria Forum');
    // Unsaved text: the .ann still matches the .txt on disk (checked by readAnn) and waits for the save.
    assert.equal(has(readAnn(wb.folder), 'ORG', 'Pretoria Forum'), 0);
    await press(wb, 'Control+S');
    const lines = await until(() => readAnn(wb.folder), (ls) => has(ls, 'ORG', 'Pretoria Forum') === 1, 'the new ORG in the .ann after saving');
    assert.equal(has(lines, 'PERSON', 'Kanat Tumysh'), 1, 'the earlier decisions moved with the text');
    assert.equal(has(lines, 'ORG', 'Republic of Kazakhstan'), 1);
  });

  it('keeps every decision through more editing, a save and a window reload', async () => {
    await gotoLine(wb.page, 3);
    await press(wb, 'End');
    await wb.page.keyboard.type(' (guest column)');
    await gotoLine(wb.page, 1);
    await press(wb, 'End');
    for (let i = 0; i < 'South Africa'.length + 1; i++) await press(wb, 'Backspace'); // a deleted suggestion-free span: nothing accepted there
    await press(wb, 'Control+S');
    let lastSeen = '';
    const saved = await until(
      () => readAnn(wb.folder),
      // Both edits on disk and the file settled (keys may still be in flight when Ctrl+S is pressed: the text and the .ann the
      // same on two polls in a row), and the decision kept.
      (ls) => {
        const now = fs.readFileSync(path.join(wb.folder, SEED), 'utf8') + JSON.stringify(ls);
        const settled = now === lastSeen;
        lastSeen = now;
        return settled && now.includes('(guest column)') && has(ls, 'PERSON', 'Kanat Tumysh') === 1;
      },
      'the .ann rewritten after the second save',
    );
    await runCommand(wb.page, 'Developer: Reload Window');
    await wb.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await openFile(wb.page, SEED);
    await expectAccepted(wb.page, 'ORG', 'Pretoria Forum', 'Pretoria Forum', 30_000);
    await expectAccepted(wb.page, 'PERSON', 'Kanat Tumysh');
    assert.deepEqual(readAnn(wb.folder), saved, 'reloading changed nothing on disk');
  });
});
