/**
 * The annotator's decisions from the client side: each command takes the target (a code
 * action's arguments, or the active editor's selection), asks for what it needs (a
 * label, a name, a speaker, a value) with the standard pickers, sends one decision to
 * the server and shows the outcome; after a decision on a string it offers to apply it
 * to the other occurrences, saying how many first.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { LABELS, type Label } from '../../server/src/core/types';
import { LABEL_INFO } from '../../server/src/protocol/labels';
import { SERVER_COMMANDS, type Choice, type ChoicesParams, type DecideParams, type DecideResult } from '../../server/src/protocol/messages';

/** Where a command applies: a code action's arguments, else the active editor's selection. */
export interface Target {
  uri: string;
  range: DecideParams['range'];
}

export function activeTarget(arg?: unknown): Target | undefined {
  if (isTarget(arg)) return arg;
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const s = editor.selection;
  return { uri: editor.document.uri.toString(), range: { start: { line: s.start.line, character: s.start.character }, end: { line: s.end.line, character: s.end.character } } };
}

function isTarget(x: unknown): x is Target {
  return typeof x === 'object' && x !== null && typeof (x as Target).uri === 'string' && typeof (x as Target).range === 'object';
}

export class Decider {
  constructor(private readonly client: () => LanguageClient) {}

  /** Send a decision and show its outcome (and the "label all" offer). */
  async decide(p: DecideParams, offerFollowUp = true): Promise<DecideResult | undefined> {
    const r = (await this.client().sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.decide, arguments: [p] })) as DecideResult | null;
    if (!r) return undefined;
    const note = r.changed && !r.saved ? ' (saved to the .ann when the document is saved)' : '';
    vscode.window.setStatusBarMessage(`Marginalia: ${r.message}${note}`, 5000);
    if (!r.changed && r.message) void vscode.window.showInformationMessage(`Marginalia: ${r.message}`);
    if (offerFollowUp && r.offer) void this.offer(p.uri, r.offer);
    return r;
  }

  /** "Label all occurrences": say how many, in the document and in the workspace, then do it where asked. */
  async offer(uri: string, o: NonNullable<DecideResult['offer']>): Promise<void> {
    const here = o.inDocument ? `${o.inDocument} here` : undefined;
    const there = o.inWorkspace ? `${o.inWorkspace} in ${o.documents} other document${o.documents === 1 ? '' : 's'}` : undefined;
    const buttons = [...(o.inDocument ? [`This document (${o.inDocument})`] : []), ...(o.inWorkspace ? [`Whole workspace (${o.inDocument + o.inWorkspace})`] : [])];
    const choice = await vscode.window.showInformationMessage(`Label the other occurrences of "${o.text}" as ${o.label}? ${[here, there].filter(Boolean).join(', ')}.`, ...buttons);
    if (!choice) return;
    const scope = choice.startsWith('This') ? 'document' : 'workspace';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    await this.decide({ uri, range, action: 'labelAll', text: o.text, label: o.label, scope }, false);
  }

  async choices(p: ChoicesParams): Promise<Choice[]> {
    return ((await this.client().sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.choices, arguments: [p] })) as Choice[] | null) ?? [];
  }
}

/** Quick pick of a label, each with its description. */
export async function pickLabel(title: string): Promise<Label | undefined> {
  const items = LABELS.map((l) => ({ label: l, description: LABEL_INFO[l].description }));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Label', matchOnDescription: true }))?.label;
}
