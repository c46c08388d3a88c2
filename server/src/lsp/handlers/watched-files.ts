/**
 * Files changed on disk (`workspace/didChangeWatchedFiles`, registered dynamically for
 * the include globs of each folder): update the index, then the open documents.
 */
import { DidChangeWatchedFilesNotification, FileChangeType, type Disposable, type FileSystemWatcher } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toPath } from '../folders';
import { reload } from '../reload';

const DECISION_FILES = /\.(ann|rejected)$/;

/** An `.ann` or `.rejected` file changed (a pull, another annotator): reload the decisions of its document. */
async function decisionFileChanged(ctx: ServerContext, uri: string): Promise<void> {
  const file = toPath(uri);
  for (const entry of ctx.annotations.all()) {
    if (entry.paths.ann === file || entry.paths.rejected === file) {
      await ctx.annotations.reload(entry.key);
      ctx.annDiagnostics?.(entry.key);
    }
  }
}

export function registerWatchedFiles(ctx: ServerContext): void {
  ctx.connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let changed = false;
    for (const c of changes) {
      if (DECISION_FILES.test(c.uri)) {
        await decisionFileChanged(ctx, c.uri);
        continue;
      }
      const key = ctx.workspace.key(c.uri);
      if (c.type === FileChangeType.Deleted) {
        changed = (!ctx.workspace.isOpen(key) && !!ctx.workspace.doc(key)) || changed;
        if (!ctx.workspace.isOpen(key)) ctx.workspace.remove(key);
      } else changed = (await reload(ctx, key)) || changed;
    }
    ctx.connection.console.log(`Marginalia: ${changes.length} file change${changes.length === 1 ? '' : 's'} applied`);
    if (changed) ctx.queue.dependents();
  });
}

const registrations = new WeakMap<ServerContext, Promise<Disposable>>();

/** Ask the client to watch the include globs of every folder (again, after a settings change). */
export async function watchFiles(ctx: ServerContext): Promise<void> {
  if (!ctx.client.watchedFiles) return;
  const watchers: FileSystemWatcher[] = [];
  for (const folder of ctx.folders.all()) {
    for (const g of [...(await ctx.settings.for(folder))['files.include'], '**/*.ann', '**/*.rejected']) {
      watchers.push({ globPattern: ctx.client.relativePatterns ? { baseUri: folder, pattern: g } : g.startsWith('**/') ? g : `**/${g}` });
    }
  }
  const previous = registrations.get(ctx);
  registrations.set(ctx, ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
  (await previous)?.dispose();
}
