/**
 * Renders the server's `marginalia/decorations`: one decoration type per label and colour
 * (background and overview ruler from the settings), applied to every visible editor of
 * the document when the ranges belong to its current version.
 */
import * as vscode from 'vscode';
import { LABELS, type Label } from '../../server/src/core/types';
import type { DecorationsParams } from '../../server/src/protocol/messages';
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
    for (const label of LABELS) {
      const ranges = (params.ranges[label] ?? []).map((r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
      editor.setDecorations(this.typeFor(label, colors[`colors.${label}`]), ranges);
    }
  }

  private typeFor(label: Label, color: string): vscode.TextEditorDecorationType {
    const key = `${label} ${color}`;
    let type = this.types.get(key);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({ backgroundColor: color, overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Right, borderRadius: '2px' });
      this.types.set(key, type);
    }
    return type;
  }
}
