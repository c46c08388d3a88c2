/**
 * The palette commands, one table: id, title and what each does while the server is
 * not running. The client binds handlers to these ids; `package.json` declares them
 * (checked by test/settings).
 */
export const CATEGORY = 'Marginalia';

export interface CommandInfo {
  title: string;
  /**
   * While the server is not running: `run` (needs no server), `start` (starting the
   * server does it, e.g. indexing), `start-then-run` (start, wait, then run).
   */
  whenServerDown: 'run' | 'start' | 'start-then-run';
}

export type CommandId = 'marginalia.reindex' | 'marginalia.showOutput' | 'marginalia.restartServer';

export const COMMANDS: Record<CommandId, CommandInfo> = {
  'marginalia.reindex': { title: 'Re-index Workspace', whenServerDown: 'start' },
  'marginalia.showOutput': { title: 'Show Output', whenServerDown: 'run' },
  'marginalia.restartServer': { title: 'Restart Server', whenServerDown: 'run' },
};
