/**
 * Renders the server's `marginalia/decorations`: per label and colour, one decoration type
 * for accepted annotations (solid: a stronger background and a border) and one for open
 * suggestions (the lighter colour of the settings), applied to every visible
 * editor of the document when the ranges belong to its current version.
 */
import * as vscode from 'vscode';
import { LABELS, type Label } from '../../server/src/core/types';
import type { DecorationsParams } from '../../server/src/protocol/messages';
import { opaque, stronger } from './colors';
import { settingsFor } from './settings';

export class DecorationRenderer implements vscode.Disposable {
  private readonly latest = new Map<string, DecorationsParams>();
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly updated = new vscode.EventEmitter<string>();
  /** Fires with the URI whose decorations arrived. */
  readonly onDidUpdate = this.updated.event;

  /** The latest ranges and counts the server sent for `uri`. */
  get(uri: string): DecorationsParams | undefined {
    return this.latest.get(uri);
  }

  update(params: DecorationsParams): void {
    this.latest.set(params.uri, params);
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === params.uri) this.render(editor);
    this.updated.fire(params.uri);
  }

  renderVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.render(editor);
  }

  /** Colours changed: new decoration types, drawn again. */
  reset(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
    this.renderVisible();
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }

  /** The server stopped: nothing it sent is current any more. */
  clear(): void {
    this.latest.clear();
    this.reset();
  }

  dispose(): void {
    this.clear();
    this.updated.dispose();
  }

  private render(editor: vscode.TextEditor): void {
    const params = this.latest.get(editor.document.uri.toString());
    if (!params || params.version !== editor.document.version) return;
    const colors = settingsFor(editor.document.uri);
    const toRanges = (rs: DecorationsParams['ranges'][Label]) => (rs ?? []).map((r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
    for (const label of LABELS) {
      editor.setDecorations(this.typeFor(label, colors[`colors.${label}`], 'suggested'), toRanges(params.ranges[label]));
      editor.setDecorations(this.typeFor(label, colors[`colors.${label}`], 'accepted'), toRanges(params.accepted?.[label]));
    }
  }

  private typeFor(label: Label, color: string, status: 'accepted' | 'suggested'): vscode.TextEditorDecorationType {
    const key = `${label} ${color} ${status}`;
    let type = this.types.get(key);
    if (!type) {
      const solid = opaque(color);
      type = vscode.window.createTextEditorDecorationType(
        status === 'accepted'
          ? { backgroundColor: stronger(color), border: `1px solid ${solid}`, borderRadius: '2px', overviewRulerColor: solid, overviewRulerLane: vscode.OverviewRulerLane.Right }
          : { backgroundColor: color, borderRadius: '2px', overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Right },
      );
      this.types.set(key, type);
    }
    return type;
  }
}
