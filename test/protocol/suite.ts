/**
 * The protocol behaviour every Marginalia server must show, written once and run
 * against the bundled server (real detectors) and the in-process one (stand-in detector).
 */
import { strict as assert } from 'node:assert';
import { DiagnosticTag, TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { FOLLOW_UP, REPEATED, STORY, decodeTokens, endOf, positionOf } from './fixtures';
import type { Session, StartOptions } from './harness';

export type Start = (options?: StartOptions) => Promise<Session>;

const A = 'file:///tmp/marginalia-protocol/story.txt';
const B = 'file:///tmp/marginalia-protocol/follow-up.txt';

export function protocolSuite(start: Start): void {
  let s: Session;
  const sessions: Session[] = [];
  const begin = async (options?: StartOptions) => {
    s = await start(options);
    sessions.push(s);
    return s;
  };
  afterEach(async () => {
    for (const x of sessions.splice(0)) await x.close();
  });

  /** Open STORY and wait for its first diagnostics and decorations. */
  async function openStory(options?: StartOptions) {
    await begin(options);
    const diagnostics = s.diagnostics(A, 1);
    const decorations = s.next('marginalia/decorations', (p: any) => p.uri === A && p.version === 1);
    s.open(A, STORY);
    return { diagnostics: await diagnostics, decorations: await decorations };
  }

  it('advertises hover, semantic tokens, references, workspace symbols, inlay hints and incremental sync', async () => {
    const caps = (await begin()).initializeResult.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.workspaceSymbolProvider, true);
    assert.equal(caps.inlayHintProvider, true);
    assert.deepEqual(caps.semanticTokensProvider?.legend.tokenTypes, ['person', 'organization', 'place', 'norp', 'date', 'time', 'quote', 'boilerplate']);
    assert.equal((caps.textDocumentSync as { change: number }).change, TextDocumentSyncKind.Incremental);
  });

  it('publishes diagnostics after didOpen: the call to subscribe is faded boilerplate', async () => {
    const { diagnostics } = await openStory();
    const line = STORY.split('\n').findIndex((l) => l.startsWith('Subscribe'));
    const d = diagnostics.diagnostics.find((x: any) => x.range.start.line === line);
    assert.ok(d, `no diagnostic on line ${line}: ${JSON.stringify(diagnostics.diagnostics)}`);
    assert.equal(d.source, 'marginalia');
    assert.deepEqual(d.tags, [DiagnosticTag.Unnecessary]);
  });

  it("hover on a person's name shows a card with the entity's canonical name", async () => {
    await openStory();
    const hover = await s.request('textDocument/hover', { textDocument: { uri: A }, position: positionOf(STORY, 'Joe Biden', 5) });
    assert.ok(hover, 'no hover on "Joe Biden"');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\*\*PERSON\*\* · [^\n]*Biden/);
    assert.match(hover.contents.value, /mentions? in this document/);
  });

  it('semantic tokens are non-empty, sorted, inside their lines and never overlap', async () => {
    await openStory();
    const { data } = await s.request('textDocument/semanticTokens/full', { textDocument: { uri: A } });
    assert.equal(data.length % 5, 0);
    const tokens = decodeTokens(data);
    assert.ok(tokens.length > 0, 'no tokens');
    const lines = STORY.split('\n');
    tokens.forEach((t, i) => {
      assert.ok(t.length > 0 && t.start + t.length <= lines[t.line].length, `token ${JSON.stringify(t)} leaves its line`);
      assert.ok(t.type >= 0 && t.type < 8, `bad token type ${t.type}`);
      const prev = tokens[i - 1];
      if (prev) assert.ok(prev.line < t.line || prev.start + prev.length <= t.start, `tokens overlap: ${JSON.stringify([prev, t])}`);
    });
    assert.ok(tokens.some((t) => t.type === 0), 'no person token');
  });

  it('sends marginalia/decorations with ranges and counts for the opened version', async () => {
    const { decorations } = await openStory();
    assert.ok(decorations.ranges.PERSON?.length > 0, JSON.stringify(decorations));
    assert.equal(decorations.counts.PERSON, decorations.ranges.PERSON.length);
    const r = decorations.ranges.PERSON[0];
    assert.match(STORY.split('\n')[r.start.line].slice(r.start.character, r.end.character), /^\p{Lu}/u);
  });

  it('an edit repeating a paragraph adds a duplicate warning pointing at the first occurrence', async () => {
    const { diagnostics } = await openStory();
    assert.ok(!diagnostics.diagnostics.some((d: any) => d.code === 'duplicate'));
    const after = s.diagnostics(A, 2);
    s.change(A, 2, [{ range: { start: endOf(STORY), end: endOf(STORY) }, text: `\n${REPEATED}\n` }]);
    const dup = (await after).diagnostics.find((d: any) => d.code === 'duplicate');
    assert.ok(dup, 'no duplicate diagnostic after the edit');
    assert.equal(dup.severity, 2);
    assert.equal(dup.range.start.line, endOf(STORY).line + 1);
    assert.equal(dup.relatedInformation?.[0]?.location.range.start.line, positionOf(STORY, REPEATED).line);
  });

  it('a hover right after an edit answers for the new text', async () => {
    await openStory();
    const edited = `President Joe Biden said so.\n${STORY}`;
    s.change(A, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'President Joe Biden said so.\n' }]);
    const hover = await s.request('textDocument/hover', { textDocument: { uri: A }, position: positionOf(edited, 'Joe Biden', 1) });
    assert.ok(hover, 'no hover on the inserted name');
    assert.equal(hover.range.start.line, 0);
  });

  it('an open document gains a duplicate warning, related to the other file, when a document it copies opens', async () => {
    await begin();
    const copy = 'file:///tmp/marginalia-protocol/zz-copy.txt';
    const text = ['BERLIN, March 15, 2023 — German officials welcomed the talks held in Washington this week.', '', REPEATED, ''].join('\n');
    const first = s.diagnostics(copy, 1);
    s.open(copy, text);
    assert.ok(!(await first).diagnostics.some((d: any) => d.code === 'duplicate'), 'duplicate before the original is known');
    const updated = s.diagnostics(copy, 1, (p) => p.diagnostics.some((d: any) => d.code === 'duplicate'));
    s.open(A, STORY);
    const dup = (await updated).diagnostics.find((d: any) => d.code === 'duplicate');
    assert.equal(dup.range.start.line, 2);
    assert.equal(dup.relatedInformation?.[0]?.location.uri, A);
    assert.equal(dup.relatedInformation[0].location.range.start.line, positionOf(STORY, REPEATED).line);
  });

  it('references of a person include its mentions in both open documents', async () => {
    await openStory();
    const second = s.diagnostics(B);
    s.open(B, FOLLOW_UP);
    await second;
    const refs = await s.request('textDocument/references', { textDocument: { uri: A }, position: positionOf(STORY, 'Olaf Scholz', 2), context: { includeDeclaration: true } });
    assert.ok(Array.isArray(refs), 'no references');
    assert.ok(refs.some((l: any) => l.uri === A));
    assert.ok(refs.some((l: any) => l.uri === B), `no reference in the other document: ${JSON.stringify(refs)}`);
  });

  it('workspace/symbol finds a person by name', async () => {
    await openStory();
    const symbols = await s.request('workspace/symbol', { query: 'Scholz' });
    const hit = symbols.find((x: any) => /Scholz/.test(x.name));
    assert.ok(hit, JSON.stringify(symbols));
    assert.equal(hit.location.uri, A);
    assert.equal(hit.containerName, 'PERSON');
  });

  it('document symbols list each entity once, with its label', async () => {
    await openStory();
    const symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri: A } });
    const names = symbols.map((x: any) => x.name);
    assert.equal(new Set(names).size, names.length, JSON.stringify(names));
    assert.ok(symbols.some((x: any) => /Biden/.test(x.name) && /^PERSON · \d+ mentions?$/.test(x.detail)), JSON.stringify(symbols));
  });

  it("inlay hints show a date's ISO value, and none when marginalia.inlayHints.enabled is false", async () => {
    const whole = { start: { line: 0, character: 0 }, end: endOf(STORY) };
    await openStory();
    const hints = await s.request('textDocument/inlayHint', { textDocument: { uri: A }, range: whole });
    assert.ok(hints?.some((h: any) => /2023-03-14/.test(h.label)), JSON.stringify(hints));
    await openStory({ configuration: () => ({ inlayHints: { enabled: false } }) });
    assert.equal(await s.request('textDocument/inlayHint', { textDocument: { uri: A }, range: whole }), null);
  });

  it('labels switched off in the settings are neither decorated nor tokenised', async () => {
    const { decorations } = await openStory({ configuration: () => ({ labels: { PERSON: false } }) });
    assert.equal(decorations.ranges.PERSON, undefined);
    const { data } = await s.request('textDocument/semanticTokens/full', { textDocument: { uri: A } });
    assert.ok(!decodeTokens(data).some((t) => t.type === 0));
  });

  it('closing a document clears its diagnostics', async () => {
    await openStory();
    const cleared = s.diagnostics(A, undefined, (p) => p.diagnostics.length === 0);
    void s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: A } });
    await cleared;
  });

  it('ignores documents the settings do not select', async () => {
    await begin();
    const other = 'file:///tmp/marginalia-protocol/code.py';
    s.open(other, 'President Joe Biden', 1, 'python');
    const opened = s.diagnostics(A, 1);
    s.open(A, STORY);
    await opened;
    assert.equal(await s.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 12 } }), null);
    assert.ok(!s.received.some((r) => r.method === 'textDocument/publishDiagnostics' && r.params.uri === other));
  });
}
