/**
 * Marginalia as an annotator sees it: the packaged extension in a real VS Code workbench
 * (code-server), driven by headless chromium. seeds/000 and seeds/004 are opened with
 * Quick Open; every check waits for what the page shows. Skipped, saying why, only when
 * chromium or code-server cannot be installed here.
 *
 * `MARGINALIA_SCREENSHOT=docs npm run test:e2e` also writes the README's docs/screenshot.png
 * (always written: test-results/screenshot.png).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LABELS } from '../../server/src/core/types';
import { until } from './poll';
import { Workbench, results, root } from './session';
import {
  countOf,
  countsItem,
  decorations,
  expectLabel,
  fadedText,
  findText,
  gotoLine,
  hidePanel,
  hoverText,
  labelOfColor,
  labelsAt,
  openFile,
  runCommand,
  statusItem,
  textBox,
} from './workbench';

const SEED_000 = '000_118aedce4f979e2c.txt';
const SEED_004 = '004_166446c0114c10d6.txt';

describe('Marginalia in VS Code (code-server, chromium)', function () {
  this.timeout(60_000);
  let wb: Workbench;

  before(async function () {
    this.timeout(240_000); // the first run installs code-server (about a minute)
    const opened = await Workbench.open((line) => console.log(`      ${line}`));
    if (typeof opened === 'string') {
      console.log(`      skipped: ${opened}`);
      this.skip();
    }
    wb = opened as Workbench;
  });

  afterEach(async function () {
    if (wb && this.currentTest?.state === 'failed') console.log(`      saved ${await wb.saveFailure(this.currentTest.title)}.*`);
  });

  after(async () => {
    await wb?.close();
  });

  it('activates without errors in its output channel', async () => {
    const { page } = wb;
    await openFile(page, SEED_000);
    await runCommand(page, 'Marginalia: Show Output');
    // The server logs when it has read the folder (the editor draws spaces as no-break spaces: \s).
    const documents = fs.readdirSync(wb.folder).filter((f) => f.endsWith('.txt')).length;
    const output = page.locator('.part.panel .monaco-editor .view-lines').filter({ hasText: new RegExp(`Marginalia:\\sindexed\\s${documents}\\sdocuments`) }).first();
    await output.waitFor({ state: 'visible', timeout: 30_000 });
    const shown = await output.innerText();
    assert.doesNotMatch(shown, /\[Error|did not start/, shown);
    assert.doesNotMatch(wb.marginaliaLog(), /\[Error|did not start/);
    const activation = wb.extensionHostLog().split('\n').filter((l) => /marginalia/i.test(l) && /error|failed/i.test(l));
    assert.deepEqual(activation, [], 'the extension host logged errors about Marginalia');
    await hidePanel(page);
  });

  it('draws a decoration for each label, in its colour, on the right words (seeds/004)', async () => {
    const { page } = wb;
    await openFile(page, SEED_004);
    await gotoLine(page, 1);
    await until(() => countsItem(page), (t) => /TIME/.test(t), "seeds/004's counts in the status bar", 30_000);
    // One decoration type (one class) per label, drawn in the label's colour.
    const drawn = await until(
      () => decorations(page),
      (ds) => LABELS.every((l) => ds.some((d) => labelOfColor(d.background) === l)),
      'a decoration of every label on the first screen of seeds/004',
    );
    const classes = new Map<string, Set<string>>();
    for (const d of drawn) {
      const label = labelOfColor(d.background);
      assert.ok(label, `a decoration in an unknown colour: ${d.background} (${d.className})`);
      const type = /\S*TextEditorDecorationType\S*/.exec(d.className)![0];
      (classes.get(label) ?? classes.set(label, new Set()).get(label)!).add(type);
    }
    for (const l of LABELS) assert.equal(classes.get(l)?.size, 1, `${l} is drawn with one decoration class: ${[...(classes.get(l) ?? [])]}`);
    assert.equal(new Set([...classes.values()].flatMap((s) => [...s])).size, LABELS.length, 'each label has a class of its own');
    // On the words they belong to.
    await expectLabel(page, 'PERSON', 'Omarov');
    await expectLabel(page, 'ORG', 'Kazinform');
    await expectLabel(page, 'PLACE', 'Kazakhstan');
    await expectLabel(page, 'NORP', 'Kazakh', 'Kazakh parliament');
    await expectLabel(page, 'DATE', 'October', 'October 7');
    await expectLabel(page, 'TIME', '17:31');
    await expectLabel(page, 'QUOTE', 'pandemic', 'Any pandemic');
    await expectLabel(page, 'BOILERPLATE', 'Images', 'Images | odkb-csto');
  });

  it("hovering a person's name shows the entity card: canonical name and mention counts", async () => {
    const { page } = wb;
    await openFile(page, SEED_000);
    await gotoLine(page, 2); // an empty line: no word under the cursor highlighted for the screenshot
    const name = await expectLabel(page, 'PERSON', 'Tokayev', 'Tokayev also stressed');
    // The workspace is indexed when the card counts the other documents that mention him.
    const card = await hoverText(page, name, /in [1-9]\d* other documents?/, 30_000);
    assert.match(card, /PERSON · Kassym-Jomart Tokayev/, card);
    assert.match(card, /Seen as: .*Tokayev \(\d+\).*Kassym-Jomart Tokayev \(\d+\)|Seen as: .*Kassym-Jomart Tokayev \(\d+\).*Tokayev \(\d+\)/, card);
    assert.match(card, /\b([2-9]|\d\d+) mentions in this document · in [1-9]\d* other documents?/, card);
    const shot = path.join(results, 'screenshot.png');
    await wb.screenshot(shot);
    if (process.env.MARGINALIA_SCREENSHOT === 'docs') {
      fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
      fs.copyFileSync(shot, path.join(root, 'docs/screenshot.png'));
    }
  });

  it('hovering a date shows its ISO value', async () => {
    const { page } = wb;
    await openFile(page, SEED_000);
    const date = await expectLabel(page, 'DATE', '27 September', '(27 September');
    const card = await hoverText(page, date, /DATE · /);
    assert.match(card, /DATE · 2022-09-27/, card);
  });

  it('hovering a quote shows its speaker', async () => {
    const { page } = wb;
    await openFile(page, SEED_000);
    const quote = await expectLabel(page, 'QUOTE', 'In addition we will', '“In addition we will');
    const card = await hoverText(page, quote, /QUOTE · speaker/);
    assert.match(card, /QUOTE · speaker: .*Tokayev/, card);
  });

  it('fades boilerplate lines', async () => {
    const { page } = wb;
    await openFile(page, SEED_000);
    await gotoLine(page, 24);
    await expectLabel(page, 'BOILERPLATE', 'source: commonspace.eu');
    const faded = await until(
      () => fadedText(page),
      (spans) => spans.some((s) => s.text.includes('source: commonspace.eu')) && spans.some((s) => s.text.includes('photo: Kazakh President')),
      'the source and photo lines faded (squiggly-inline-unnecessary)',
    );
    for (const s of faded) assert.ok(s.opacity < 1, `faded text is drawn translucent: ${JSON.stringify(s)}`);
    assert.ok(!faded.some((s) => /newspaper Astana Times/.test(s.text)), 'the article text is not faded');
  });

  it('lists the repeated paragraph in the Problems panel with a link to its twin', async () => {
    const { page } = wb;
    await openFile(page, SEED_000);
    await page.keyboard.press('Control+Shift+M');
    const row = (...parts: string[]) => page.locator(`.markers-panel .monaco-list-row${parts.map((p) => `[aria-label*="${p}"]`).join('')}`).first();
    await row('Repeated paragraph', 'at line 30 ').waitFor({ state: 'visible', timeout: 30_000 });
    const twin = row('Other occurrence at line 28 ', SEED_000);
    await twin.waitFor({ state: 'visible' });
    assert.match((await twin.innerText()).replace(/\s+/g, ' '), new RegExp(`${SEED_000} ?\\[Ln 28, Col 1\\] ?: ?Other occurrence`));
    // The link goes to the twin.
    await twin.click();
    await until(() => statusItem(page, 'status.editor.selection'), (t) => t.startsWith('Ln 28, Col 1'), 'the cursor on the twin (line 28)');
    await hidePanel(page);
  });

  it('moves the decorations with typed text and updates them', async () => {
    const { page } = wb;
    await openFile(page, SEED_000);
    await gotoLine(page, 5);
    const before = await expectLabel(page, 'PLACE', 'Shymkent');
    const persons = countOf(await countsItem(page), 'PER');
    await page.keyboard.type('On 3 March 2021 Angela Merkel said that ');
    // Moved with the text: still on "Shymkent", which is now further along the line.
    await until(
      async () => {
        const box = await findText(page, 'Shymkent');
        return box && { moved: box.x !== before.x || box.y !== before.y, labels: await labelsAt(page, box) };
      },
      (r) => !!r && r.moved && r.labels.includes('PLACE'),
      'the PLACE decoration to follow "Shymkent"',
    );
    // Updated: the new name and date are found and drawn, and counted.
    await expectLabel(page, 'PERSON', 'Angela Merkel');
    await expectLabel(page, 'DATE', '3 March 2021');
    await until(() => countsItem(page), (t) => countOf(t, 'PER') > persons, `more than ${persons} PER in the status bar`);
    const card = await hoverText(page, await textBox(page, '3 March 2021'), /DATE · /);
    assert.match(card, /DATE · 2021-03-03/, card);
  });
});
