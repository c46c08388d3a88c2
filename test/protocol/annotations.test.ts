/**
 * Decisions through the real server (dist/server.js over stdio) on a real folder: a
 * decision is written to NAME.ann at once when the text is saved, follows incremental
 * edits, waits for the save while the text is dirty, is re-anchored when the document is
 * closed without saving; an .ann changed on disk is read again; an open .ann is checked
 * and go to definition jumps from its lines; code actions offer the decisions.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STORY, positionOf } from './fixtures';
import { startSpawned, type Session } from './harness';

const DECIDE = 'marginalia.server.decide';
/** `LABEL START END | text` for the first occurrence of `needle` in `text`. */
const line = (label: string, text: string, needle: string) => `${label} ${text.indexOf(needle)} ${text.indexOf(needle) + needle.length} | ${needle}`;

describe('annotating through the language server (dist/server.js, real folder)', function () {
  this.timeout(30_000);
  let dir: string;
  let s: Session;
  let uri: string;
  let txt: string;
  let annFile: string;

  const ann = () => (fs.existsSync(annFile) ? fs.readFileSync(annFile, 'utf8') : '');
  const tLines = () => ann().split('\n').filter((l) => l.startsWith('T')).map((l) => l.split('\t').slice(1).join(' | '));
  const at = (text: string, needle: string, delta = 1) => {
    const p = positionOf(text, needle, delta);
    return { start: p, end: p };
  };
  const sel = (text: string, needle: string) => ({ start: positionOf(text, needle), end: positionOf(text, needle, needle.length) });
  const decide = (params: object) => s.request('workspace/executeCommand', { command: DECIDE, arguments: [{ uri, ...params }] });
  async function until<T>(read: () => T, ok: (v: T) => boolean, what: string): Promise<T> {
    for (let i = 0; i < 200; i++) {
      const v = read();
      if (ok(v)) return v;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timed out waiting for ${what}: ${JSON.stringify(read())}`);
  }

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-annotate-'));
    txt = path.join(dir, 'story.txt');
    annFile = path.join(dir, 'story.ann');
    fs.writeFileSync(txt, STORY);
    uri = pathToFileURL(txt).href;
    s = await startSpawned({ folders: [pathToFileURL(dir).href] });
    const shown = s.next('marginalia/decorations', (p: any) => p.uri === uri);
    s.open(uri, STORY);
    await shown;
  });

  afterEach(async () => {
    await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a suggestion: written to story.ann at once, drawn as accepted, with the occurrences offered', async () => {
    const accepted = s.next('marginalia/decorations', (p: any) => p.uri === uri && (p.accepted?.PERSON ?? []).length === 1);
    const r = await decide({ range: at(STORY, 'Joe Biden'), action: 'accept' });
    assert.equal(r.changed, 1);
    assert.equal(r.saved, true);
    assert.deepEqual(tLines(), [line('PERSON', STORY, 'Joe Biden')]);
    assert.match(ann(), /^N1\tReference T1 canon:Joe Biden\tJoe Biden$/m);
    const d = await accepted;
    assert.deepEqual(d.accepted.PERSON[0].start, positionOf(STORY, 'Joe Biden'));
    assert.ok(!(d.ranges.PERSON ?? []).some((x: any) => x.start.character === 41 && x.start.line === 0), 'no suggestion drawn under the accepted annotation');
  });

  it('follows incremental edits, writes them when the document is saved, and re-anchors on close without saving', async () => {
    await decide({ range: at(STORY, 'Olaf Scholz'), action: 'accept' });
    assert.deepEqual(tLines(), [line('PERSON', STORY, 'Olaf Scholz')]);
    // Typing at the start: the decision moves; the file waits for the save (its offsets count the text on disk).
    s.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking. ' }]);
    const edited = 'Breaking. ' + STORY;
    const r = await decide({ range: sel(edited, 'Joe Biden'), action: 'annotate', label: 'PERSON' });
    assert.equal(r.changed, 1);
    assert.equal(r.saved, false, 'dirty: saved later');
    assert.deepEqual(tLines(), [line('PERSON', STORY, 'Olaf Scholz')]);
    fs.writeFileSync(txt, edited);
    void s.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await until(tLines, (l) => l.length === 2, 'two annotations after the save');
    assert.deepEqual(tLines(), [line('PERSON', edited, 'Joe Biden'), line('PERSON', edited, 'Olaf Scholz')]);
    // An unsaved edit, then close: the editor's text is dropped, the decisions go back onto the disk text.
    s.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } }, text: '' }]);
    assert.equal((await decide({ range: sel(STORY, 'White House'), action: 'annotate', label: 'ORG' })).changed, 1);
    void s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await until(tLines, (l) => l.length === 3, 'three annotations after the close');
    assert.deepEqual(tLines(), [line('PERSON', edited, 'Joe Biden'), line('PERSON', edited, 'Olaf Scholz'), line('ORG', edited, 'White House')]);
  });

  it('reads story.ann again when it changes on disk, and reports what it cannot place', async () => {
    await decide({ range: at(STORY, 'Joe Biden'), action: 'accept' });
    const [b, w] = [STORY.indexOf('Joe Biden'), STORY.indexOf('White House')];
    fs.writeFileSync(annFile, `T1\tPERSON ${b} ${b + 9}\tJoe Biden\nT2\tORG ${w - 3} ${w + 8}\tWhite House\nT3\tPERSON 0 5\tPutin\n`);
    const shown = s.next('marginalia/decorations', (p: any) => p.uri === uri && (p.accepted?.ORG ?? []).length === 1);
    const reported = s.next('textDocument/publishDiagnostics', (p: any) => p.uri === pathToFileURL(annFile).href && p.diagnostics.some((d: any) => /Putin/.test(d.message)));
    void s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(annFile).href, type: 2 }] });
    const d = await shown;
    assert.deepEqual(d.accepted.ORG[0].start, positionOf(STORY, 'White House'), 'the moved annotation was found again');
    const diags = (await reported).diagnostics;
    assert.ok(diags.some((x: any) => x.code === 'not-anchored' && x.range.start.line === 2), JSON.stringify(diags));
  });

  it('checks an open .ann against its document, and goes from a line to its span', async () => {
    const annUri = pathToFileURL(annFile).href;
    const b = STORY.indexOf('Joe Biden');
    const text = `T1\tPERSON ${b} ${b + 9}\tJoe Biden\nT2\tPERSON ${b} ${b + 9}\tJoe Bidn\nN1\tReference T7 canon:X\tX\n`;
    fs.writeFileSync(annFile, text);
    const checked = s.next('textDocument/publishDiagnostics', (p: any) => p.uri === annUri && p.diagnostics.length >= 2);
    s.open(annUri, text, 1, 'brat-ann');
    const messages = (await checked).diagnostics.map((d: any) => `${d.range.start.line}: ${d.message}`);
    assert.ok(messages.some((m: string) => /^1: T2: the document has "Joe Biden"/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m: string) => /^2: N1 refers to T7/.test(m)), messages.join('\n'));
    const def = await s.request('textDocument/definition', { textDocument: { uri: annUri }, position: { line: 0, character: 3 } });
    assert.equal(def.uri, uri);
    assert.deepEqual(def.range.start, positionOf(STORY, 'Joe Biden'));
  });

  it('offers the decisions as code actions at the cursor', async () => {
    const actions = await s.request('textDocument/codeAction', { textDocument: { uri }, range: at(STORY, 'Olaf Scholz'), context: { diagnostics: [] } });
    const titles = actions.map((a: any) => a.title);
    assert.ok(titles.includes('Accept PERSON "Olaf Scholz"'), titles.join('\n'));
    assert.ok(titles.includes('Reject PERSON "Olaf Scholz"'), titles.join('\n'));
    assert.ok(titles.some((t: string) => t.startsWith('Relabel PERSON "Olaf Scholz"')), titles.join('\n'));
    const accept = actions.find((a: any) => a.title.startsWith('Accept'));
    assert.equal(accept.command.command, 'marginalia.internal.decide');
    assert.equal(accept.command.arguments[0].action, 'accept');
  });
});
