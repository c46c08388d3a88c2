/**
 * The palette commands: what each runs, bound to the table in the protocol (which also
 * says what each does while the server is down).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { COMMANDS, type CommandId } from '../../server/src/protocol/commands';
import { SERVER_COMMANDS } from '../../server/src/protocol/messages';
import type { ServerHost } from './server-host';

const RUN: Record<CommandId, (host: ServerHost) => unknown> = {
  'marginalia.reindex': async (host) => {
    const done = await host.languageClient.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.reindex });
    const n = (done as { documents?: number } | null)?.documents;
    vscode.window.setStatusBarMessage(`Marginalia: indexed ${n ?? 'the'} documents`, 4000);
  },
  'marginalia.showOutput': (host) => host.output.show(true),
  'marginalia.restartServer': (host) => host.restart(),
};

export function registerCommands(host: ServerHost): vscode.Disposable[] {
  return (Object.keys(COMMANDS) as CommandId[]).map((id) =>
    vscode.commands.registerCommand(id, async () => {
      if (!host.running) {
        const when = COMMANDS[id].whenServerDown;
        if (when === 'start') return host.start();
        if (when === 'start-then-run') await host.start();
      }
      return RUN[id](host);
    }),
  );
}
