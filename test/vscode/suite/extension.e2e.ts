/**
 * The extension in a real VS Code, on the fixture workspace (story.txt, follow-up.txt):
 * the server starts, its results reach the editor, the commands work.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../../client/src/extension';
import type { DecorationsParams } from '../../../server/src/protocol/messages';
import { diagnosticsOf, waitFor } from './wait';

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const story = () => vscode.Uri.joinPath(folder(), 'story.txt');

describe('Marginalia in VS Code', () => {
  let api: MarginaliaApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<MarginaliaApi>('marginalia.marginalia');
    assert.ok(ext, 'extension not found');
    api = await ext.activate();
    await api.ready;
  });

  /** Show story.txt and wait for the decorations of the version shown. */
  async function showStory(): Promise<{ editor: vscode.TextEditor; decorations: DecorationsParams }> {
    const doc = await vscode.workspace.openTextDocument(story());
    const current = () => api.decorations.get(doc.uri.toString());
    const arrived = current()?.version === doc.version ? Promise.resolve() : waitFor(api.decorations.onDidUpdate, (u) => u === doc.uri.toString() && current()?.version === doc.version, 'decorations');
    const editor = await vscode.window.showTextDocument(doc);
    await arrived;
    return { editor, decorations: current()! };
  }

  it('registers the palette commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['marginalia.reindex', 'marginalia.showOutput', 'marginalia.restartServer']) assert.ok(all.includes(id), id);
  });

  it('shows boilerplate diagnostics for an opened .txt document', async () => {
    await showStory();
    const diags = await diagnosticsOf(story(), (d) => d.some((x) => x.source === 'marginalia'), 'marginalia diagnostics');
    assert.ok(diags.some((d) => d.tags?.includes(vscode.DiagnosticTag.Unnecessary)));
  });

  it('receives decorations with person ranges for the visible editor', async () => {
    const { decorations } = await showStory();
    assert.ok((decorations.ranges.PERSON ?? []).length > 0, JSON.stringify(decorations.counts));
  });

  it('hover shows the entity card', async () => {
    const { editor } = await showStory();
    const at = editor.document.positionAt(editor.document.getText().indexOf('Joe Biden') + 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*PERSON\*\*/);
  });

  it('provides semantic tokens with the legend of the labels', async () => {
    const { editor } = await showStory();
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
    assert.ok(legend.tokenTypes.includes('person'));
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri);
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
  });

  it('a label switched off in the settings disappears from the decorations', async () => {
    const { editor } = await showStory();
    const uri = editor.document.uri.toString();
    const config = vscode.workspace.getConfiguration('marginalia', folder());
    const gone = waitFor(api.decorations.onDidUpdate, (u) => u === uri && !api.decorations.get(uri)?.ranges.PERSON, 'decorations without PERSON');
    await config.update('labels.PERSON', false, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await gone;
    } finally {
      await config.update('labels.PERSON', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('re-indexes the workspace on request', async () => {
    await vscode.commands.executeCommand('marginalia.reindex');
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Scholz');
    assert.ok(symbols.some((s) => s.location.uri.path.endsWith('follow-up.txt') || s.location.uri.path.endsWith('story.txt')));
  });

  it('restarts the server and gets decorations again', async () => {
    await vscode.commands.executeCommand('marginalia.restartServer');
    assert.ok(api.host.running);
    const { decorations } = await showStory();
    assert.ok(Object.keys(decorations.ranges).length > 0);
  });
});
