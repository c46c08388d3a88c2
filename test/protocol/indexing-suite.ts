/** Indexing the workspace folders from disk: bad files are skipped with a warning, the rest is found. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FOLLOW_UP, STORY } from './fixtures';
import type { Session } from './harness';
import type { Start } from './suite';

const WARNING = 2;

export function indexingSuite(start: Start): void {
  let dir: string;
  let s: Session | undefined;
  const write = (rel: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), data);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-index-'));
    write('follow-up.txt', FOLLOW_UP);
    write('desk/story.txt', STORY);
    write('bad.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    write('latin1.txt', Buffer.from('Caf\xe9 society in Z\xfcrich, said the mayor on Monday.', 'latin1'));
    write('notes.md', 'President Joe Biden in a file that is not selected.');
    write('node_modules/pkg/readme.txt', 'Not a document.');
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Start on the folder and wait until its first indexing is reported. */
  async function index(): Promise<Session> {
    s = await start({ folders: [pathToFileURL(dir).href] });
    await s.next('window/logMessage', (p: any) => /indexed \d+ documents/.test(p.message));
    return s;
  }
  const warnings = (about: string) => s!.received.filter((r) => r.method === 'window/logMessage' && r.params.type === WARNING && r.params.message.includes(about));

  it('skips a binary and a non-UTF-8 file with one warning each, indexes the rest with progress and keeps answering', async () => {
    await index();
    const done = s!.received.find((r) => /indexed/.test(r.params.message))!;
    assert.match(done.params.message, /indexed 2 documents .*\(2 skipped\)/);
    assert.equal(warnings('bad.txt').length, 1);
    assert.match(warnings('bad.txt')[0].params.message, /binary/);
    assert.equal(warnings('latin1.txt').length, 1);
    assert.match(warnings('latin1.txt')[0].params.message, /UTF-8/);
    await s!.seen('$/progress', (p: any) => p.value.kind === 'begin' && /indexing/.test(p.value.title));
    await s!.seen('$/progress', (p: any) => p.value.kind === 'end');
    assert.deepEqual(await s!.request('workspace/executeCommand', { command: 'marginalia.server.reindex' }), { documents: 2 });
    assert.equal(warnings('bad.txt').length, 2, 'a re-index warns again, once');
  });

  it('a file whose URI editors spell differently is one document, opened or read from disk', async () => {
    const text = 'PARIS, May 3, 2023 — President Emmanuel Macron said on Wednesday that France would host the next summit of European leaders in Lyon.\n';
    write('breaking!.txt', text);
    await index();
    // VS Code percent-encodes "!" (Node does not): the opened copy's URI sorts after the file's.
    const editorUri = pathToFileURL(dir).href + '/breaking%21.txt';
    assert.notEqual(editorUri, pathToFileURL(path.join(dir, 'breaking!.txt')).href);
    const published = s!.diagnostics(editorUri, 1);
    s!.open(editorUri, text);
    const diags = (await published).diagnostics;
    assert.ok(!diags.some((d: any) => d.code === 'duplicate'), `the file duplicates itself: ${JSON.stringify(diags)}`);
    assert.deepEqual(await s!.request('workspace/executeCommand', { command: 'marginalia.server.reindex' }), { documents: 3 });
  });

  it('workspace/symbol finds an entity of a document that was never opened', async () => {
    await index();
    const symbols = await s!.request('workspace/symbol', { query: 'Scholz' });
    const hit = symbols.find((x: any) => /Scholz/.test(x.name));
    assert.ok(hit, JSON.stringify(symbols));
    assert.ok(hit.location.uri.startsWith(pathToFileURL(dir).href + '/'), hit.location.uri);
  });

  it('a file created on disk joins the index after workspace/didChangeWatchedFiles', async () => {
    await index();
    write('desk/late.txt', 'LONDON, May 2, 2023 — Prime Minister Rishi Sunak met President Emmanuel Macron in Paris on Friday.\n');
    const applied = s!.next('window/logMessage', (p: any) => /file change/.test(p.message));
    void s!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'desk/late.txt')).href, type: 1 }] });
    await applied;
    const symbols = await s!.request('workspace/symbol', { query: 'Macron' });
    assert.ok(symbols.some((x: any) => x.location.uri.endsWith('/late.txt')), JSON.stringify(symbols));
  });
}
