/** The status bar item: the active document's spans per label (`$(tag) 12 PER · 3 DATE`), or that the server is down. */
import * as vscode from 'vscode';
import { LABELS } from '../../server/src/core/types';
import { LABEL_INFO } from '../../server/src/protocol/labels';
import type { DecorationRenderer } from './decorations';

export class CountsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('marginalia.counts', vscode.StatusBarAlignment.Right, 100);
  private serverUp = false;

  constructor(private readonly decorations: DecorationRenderer) {
    this.item.name = 'Marginalia';
  }

  setServerUp(up: boolean): void {
    this.serverUp = up;
    this.update();
  }

  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const params = uri ? this.decorations.get(uri) : undefined;
    if (!this.serverUp) {
      [this.item.text, this.item.tooltip, this.item.command] = ['$(warning) Marginalia', 'The Marginalia server is not running. Click to restart it.', 'marginalia.restartServer'];
      return this.item.show();
    }
    if (!params) return this.item.hide();
    const shown = LABELS.filter((l) => params.counts[l]);
    this.item.text = `$(tag) ${shown.map((l) => `${params.counts[l]} ${LABEL_INFO[l].short}`).join(' · ') || 'no spans'}`;
    this.item.tooltip = [...shown.map((l) => `${l}: ${params.counts[l]}`), '', 'Click to show the Marginalia output.'].join('\n');
    this.item.command = 'marginalia.showOutput';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
