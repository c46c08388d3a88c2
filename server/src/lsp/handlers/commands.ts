/** `workspace/executeCommand`: the commands the server runs for the client. */
import { SERVER_COMMANDS } from '../../protocol/messages';
import type { ServerContext } from '../context';

export function registerCommands(ctx: ServerContext): void {
  ctx.connection.onExecuteCommand(async ({ command }) => {
    if (command !== SERVER_COMMANDS.reindex) return null;
    await ctx.indexer.start();
    return { documents: ctx.workspace.index.size };
  });
}
