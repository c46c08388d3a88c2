/**
 * The Marginalia extension: starts the language server, draws its decorations, shows
 * the counts in the status bar and binds the commands. No analysis happens here.
 */
import * as vscode from 'vscode';
import { ANNOTATING_CONTEXT } from '../../server/src/protocol/commands';
import { DecorationsNotification } from '../../server/src/protocol/messages';
import { SECTION } from '../../server/src/protocol/settings';
import { registerCommands } from './commands';
import { DecorationRenderer } from './decorations';
import { ServerHost } from './server-host';
import { CountsStatus } from './status-bar';

/** What `activate` returns: used by the extension tests. */
export interface MarginaliaApi {
  host: ServerHost;
  decorations: DecorationRenderer;
  /** Settles when the first start of the server has. */
  ready: Promise<void>;
}

let host: ServerHost | undefined;

export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const output = vscode.window.createOutputChannel('Marginalia');
  const decorations = new DecorationRenderer();
  const status = new CountsStatus(decorations);
  host = new ServerHost(context, output, (client) => [client.onNotification(DecorationsNotification.type, (p) => decorations.update(p))]);
  context.subscriptions.push(
    output,
    decorations,
    status,
    host,
    ...registerCommands(host),
    host.onDidChangeRunning((up) => {
      if (!up) decorations.clear();
      status.setServerUp(up);
    }),
    decorations.onDidUpdate(() => {
      status.update();
      annotating();
    }),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.renderVisible()),
    vscode.window.onDidChangeActiveTextEditor(() => {
      status.update();
      annotating();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => decorations.forget(d.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.colors`)) decorations.reset();
      if (e.affectsConfiguration(`${SECTION}.files`)) void host?.restart();
    }),
  );
  /** The decision key bindings apply only where the server annotates the active document. */
  const annotating = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    void vscode.commands.executeCommand('setContext', ANNOTATING_CONTEXT, !!uri && !!decorations.get(uri));
  };
  const ready = host.start();
  ready.catch(() => status.setServerUp(false));
  return { host, decorations, ready };
}

/** Stop the server before the extension host goes away. */
export function deactivate(): Promise<void> | undefined {
  return host?.stop();
}
