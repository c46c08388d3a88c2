/**
 * The palette commands: what each runs, bound to the table in the protocol (which also
 * says what each does while the server is down and which key runs it).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { COMMANDS, type CommandId } from '../../server/src/protocol/commands';
import { CLIENT_COMMANDS, SERVER_COMMANDS, type DecideParams, type ExportParams } from '../../server/src/protocol/messages';
import { activeTarget, Decider, pickLabel, type Target } from './decide';
import type { ServerHost } from './server-host';

type Run = (host: ServerHost, d: Decider, arg?: unknown) => unknown;

/** A decision on the target that needs nothing more. */
const simple =
  (action: DecideParams['action']): Run =>
  async (_h, d, arg) => {
    const t = activeTarget(arg);
    if (t) await d.decide({ ...t, action });
  };

const RUN: Record<CommandId, Run> = {
  'marginalia.reindex': async (host) => {
    const done = await host.languageClient.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.reindex });
    const n = (done as { documents?: number } | null)?.documents;
    vscode.window.setStatusBarMessage(`Marginalia: indexed ${n ?? 'the'} documents`, 4000);
  },
  'marginalia.showOutput': (host) => host.output.show(true),
  'marginalia.restartServer': (host) => host.restart(),
  'marginalia.accept': simple('accept'),
  'marginalia.acceptAll': simple('acceptAll'),
  'marginalia.reject': simple('reject'),
  'marginalia.delete': simple('delete'),
  'marginalia.relabel': async (_h, d, arg) => {
    const t = activeTarget(arg);
    const label = t && (await pickLabel('Relabel as'));
    if (t && label) await d.decide({ ...t, action: 'relabel', label });
  },
  'marginalia.annotate': async (_h, d, arg) => {
    const t = activeTarget(arg);
    if (!t) return;
    if (t.range.start.line === t.range.end.line && t.range.start.character === t.range.end.character) return void vscode.window.showInformationMessage('Marginalia: select the text to annotate first.');
    const label = await pickLabel('Annotate the selection as');
    if (label) await d.decide({ ...t, action: 'annotate', label });
  },
  'marginalia.setCanonical': async (_h, d, arg) => {
    const t = activeTarget(arg);
    if (!t) return;
    const name = await vscode.window.showInputBox({ title: 'Canonical name', prompt: 'The full name of the entity this mention refers to (empty: its own text)' });
    if (name !== undefined) await d.decide({ ...t, action: 'canonical', name });
  },
  'marginalia.mergeEntity': async (_h, d, arg) => {
    const t = activeTarget(arg);
    if (!t) return;
    const items = (await d.choices({ ...t, kind: 'entities' })).map((c) => ({ label: c.label, description: c.description, detail: c.detail, name: c.name }));
    const chosen = await vscode.window.showQuickPick(items, { title: 'Merge this entity into', placeHolder: 'Entity (canonical name)', matchOnDetail: true });
    if (chosen?.name) await d.decide({ ...t, action: 'merge', name: chosen.name });
  },
  'marginalia.linkSpeaker': async (_h, d, arg) => {
    const t = activeTarget(arg);
    if (!t) return;
    const items = [...(await d.choices({ ...t, kind: 'speakers' })).map((c) => ({ label: c.label, description: c.description, detail: c.detail, range: c.range })), { label: '$(close) No speaker', description: 'unlink', detail: undefined, range: undefined }];
    const chosen = await vscode.window.showQuickPick(items, { title: 'Who said it?', placeHolder: 'The PERSON or ORG mention naming the speaker (nearest first)' });
    if (chosen) await d.decide({ ...t, action: 'speaker', speaker: chosen.range });
  },
  'marginalia.setDateValue': async (_h, d, arg) => {
    const t = activeTarget(arg);
    if (!t) return;
    const value = await vscode.window.showInputBox({ title: 'Date value', prompt: 'ISO 8601 / TIMEX3: 2022-09-27, XXXX-03-15, 2023-11-22T17:31, 2024/2026', placeHolder: 'YYYY-MM-DD' });
    if (value) await d.decide({ ...t, action: 'value', value });
  },
  'marginalia.labelAllOccurrences': async (_h, d, arg) => {
    const t = activeTarget(arg);
    const editor = vscode.window.activeTextEditor;
    if (!t || !editor) return;
    const r = new vscode.Range(t.range.start.line, t.range.start.character, t.range.end.line, t.range.end.character);
    const text = r.isEmpty ? editor.document.getText(editor.document.getWordRangeAtPosition(r.start)) : editor.document.getText(r);
    const label = text.trim() && (await pickLabel(`Label every "${text.trim()}" as`));
    if (!label) return;
    const where = await vscode.window.showQuickPick([{ label: 'This document', scope: 'document' as const }, { label: 'Every document of the workspace', scope: 'workspace' as const }], { title: `Where should every "${text.trim()}" become ${label}?` });
    if (where) await d.decide({ ...t, action: 'labelAll', text: text.trim(), label, scope: where.scope });
  },
  'marginalia.export': async (host) => {
    const formats = [
      { label: 'brat', description: 'NAME.txt + NAME.ann per document', format: 'brat' as const },
      { label: 'jsonl', description: 'spaCy / doccano JSONL, character offsets', format: 'jsonl' as const },
      { label: 'conll', description: 'CoNLL-2003 BIO, tokenised', format: 'conll' as const },
    ];
    const format = (await vscode.window.showQuickPick(formats, { title: 'Export the accepted annotations as' }))?.format;
    if (!format) return;
    const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here' });
    if (!folder?.[0]) return;
    const p: ExportParams = { format, folder: folder[0].fsPath };
    const r = (await host.languageClient.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.export, arguments: [p] })) as { message: string } | null;
    void vscode.window.showInformationMessage(`Marginalia: ${r?.message ?? 'nothing exported'}`);
  },
};

export function registerCommands(host: ServerHost): vscode.Disposable[] {
  const decider = new Decider(() => host.languageClient);
  const palette = (Object.keys(COMMANDS) as CommandId[]).map((id) =>
    vscode.commands.registerCommand(id, async (arg?: unknown) => {
      if (!host.running) {
        const when = COMMANDS[id].whenServerDown;
        if (when === 'start') return host.start();
        if (when === 'start-then-run') await host.start();
      }
      return RUN[id](host, decider, arg);
    }),
  );
  const internal = vscode.commands.registerCommand(CLIENT_COMMANDS.decide, async (p: DecideParams) => {
    if (!host.running) await host.start();
    return decider.decide(p);
  });
  return [...palette, internal];
}

export type { Target };
