/**
 * Settings and folders changed: resolve settings again, track or drop open documents
 * whose selection changed, publish again (shown labels may differ), ask the client to
 * refresh tokens and hints, and re-index when the included files changed.
 */
import { DidChangeConfigurationNotification } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { selected, track, untrack } from './documents';
import { watchFiles } from './watched-files';

/** The include globs of every folder, as one comparable string. */
const includeKey = async (ctx: ServerContext) =>
  JSON.stringify(await Promise.all(ctx.folders.all().map(async (f) => (await ctx.settings.for(f))['files.include'])));

export function registerConfiguration(ctx: ServerContext): { initialized(): Promise<void> } {
  let includes = '';
  ctx.connection.onDidChangeConfiguration(async ({ settings }) => {
    ctx.settings.changed(settings);
    for (const document of ctx.documents.all()) {
      const yes = await selected(ctx, document);
      if (yes && !ctx.workspace.isOpen(ctx.workspace.key(document.uri))) track(ctx, document.uri);
      if (!yes) untrack(ctx, document.uri);
    }
    for (const uri of ctx.workspace.openUris()) await ctx.publisher.publish(uri);
    refresh(ctx);
    const now = await includeKey(ctx);
    if (now === includes) return;
    includes = now;
    void ctx.indexer.start();
    void watchFiles(ctx);
  });
  return {
    async initialized() {
      if (ctx.client.configurationChange) void ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: 'marginalia' });
      includes = await includeKey(ctx);
    },
  };
}

/** Workspace folders added or removed (call once initialized): index them all again. */
export function watchFolders(ctx: ServerContext): void {
  ctx.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
    const gone = new Set(removed.map((f) => ctx.workspace.key(f.uri).replace(/\/$/, '')));
    ctx.folders.set([...ctx.folders.all().filter((f) => !gone.has(f)), ...added.map((f) => ctx.workspace.key(f.uri))]);
    void ctx.indexer.start();
    void watchFiles(ctx);
  });
}

/** Ask the client to pull semantic tokens and inlay hints again (results changed without an edit). */
export function refresh(ctx: ServerContext): void {
  if (ctx.client.refreshTokens) void ctx.connection.languages.semanticTokens.refresh();
  if (ctx.client.refreshInlayHints) void ctx.connection.languages.inlayHint.refresh();
}
