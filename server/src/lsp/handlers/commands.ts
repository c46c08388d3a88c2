/** `workspace/executeCommand`: the commands the server runs for the client. */
import { SERVER_COMMANDS, type ChoicesParams, type DecideParams, type ExportParams } from '../../protocol/messages';
import type { ServerContext } from '../context';
import { exportWorkspace } from '../annotations/export';
import { choices, decide } from './decisions';

export function registerCommands(ctx: ServerContext): void {
  ctx.connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    switch (command) {
      case SERVER_COMMANDS.reindex:
        await ctx.indexer.start();
        return { documents: ctx.workspace.index.size };
      case SERVER_COMMANDS.decide:
        return decide(ctx, args[0] as DecideParams);
      case SERVER_COMMANDS.choices:
        return choices(ctx, args[0] as ChoicesParams);
      case SERVER_COMMANDS.export:
        return exportWorkspace(ctx, args[0] as ExportParams);
      default:
        return null;
    }
  });
}
