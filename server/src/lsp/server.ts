/**
 * The language server: a thin adapter from the analysis core to LSP. It wires the
 * services (documents, settings, analysis queue, publisher, indexer) into one context
 * and registers the handlers; each handler finds the document, asks the core, converts.
 * `main.ts` gives it a real connection; tests may give it an in-memory one and an
 * analyzer of their own.
 */
import { TextDocuments, type ClientCapabilities, type Connection, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../core/analyzer';
import { LabelBook } from '../core/consistency';
import { AnnotationFiles } from './annotations/annotation-files';
import { annotationHost } from './annotations/host';
import { followEdits } from './annotations/follow-edits';
import { loadAllDecisions } from './annotations/load-all';
import { registerAnnDocuments } from './handlers/ann-documents';
import { registerCodeActions } from './handlers/code-actions';
import { reviewed } from './review';
import { CAPABILITIES } from './capabilities';
import type { ServerContext } from './context';
import { Folders } from './folders';
import { registerCommands } from './handlers/commands';
import { refresh, registerConfiguration, watchFolders } from './handlers/configuration';
import { registerDocuments } from './handlers/documents';
import { registerHover } from './handlers/hover';
import { registerInlayHints } from './handlers/inlay-hints';
import { registerReferences } from './handlers/references';
import { registerSemanticTokens } from './handlers/semantic-tokens';
import { registerSymbols } from './handlers/symbols';
import { registerWatchedFiles, watchFiles } from './handlers/watched-files';
import { Indexer } from './indexer';
import { Publisher } from './publish';
import { AnalysisQueue } from './queue';
import { SettingsStore } from './settings';
import { Workspace } from './workspace';

export interface ServerOptions {
  analyzer?: Analyzer;
  /** Quiet period before the other open documents are re-analysed (ms). */
  quietMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): ServerContext {
  const workspace = new Workspace(options.analyzer ?? new Analyzer(), (uri, e) =>
    connection.console.error(`Marginalia: analysing ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  );
  const settings = new SettingsStore(connection);
  const folders = new Folders();
  const labels = new LabelBook();
  const publisher = new Publisher(connection, workspace, settings, (key) => reviewed(workspace, ctx.annotations, key), labels);
  const ctx: ServerContext = {
    connection,
    documents: new TextDocuments({ create: TextDocument.create, update: (doc, changes, version) => followEdits(ctx, doc, changes, version) }),
    workspace,
    settings,
    folders,
    publisher,
    queue: new AnalysisQueue(workspace, publisher.publish, () => refresh(ctx), options.quietMs),
    indexer: new Indexer(connection, workspace, folders, settings, () => {
      ctx.queue.dependents();
      void loadAllDecisions(ctx);
    }),
    annotations: undefined as unknown as AnnotationFiles,
    labels,
    client: { folders: false, watchedFiles: false, relativePatterns: false, configurationChange: false, refreshTokens: false, refreshInlayHints: false },
  };

  ctx.annotations = new AnnotationFiles(annotationHost(ctx));

  connection.onInitialize((params) => {
    ctx.client = clientSupport(params.capabilities);
    settings.canPull = params.capabilities.workspace?.configuration === true;
    folders.set(initialFolders(params).map(workspace.key));
    return { capabilities: CAPABILITIES, serverInfo: { name: 'marginalia' } };
  });
  const configuration = registerConfiguration(ctx);
  connection.onInitialized(async () => {
    if (ctx.client.folders) watchFolders(ctx);
    await configuration.initialized();
    void watchFiles(ctx);
    void ctx.indexer.start();
  });
  connection.onShutdown(async () => {
    ctx.queue.dispose();
    await ctx.annotations.flushAll();
  });
  const handlers = [registerDocuments, registerHover, registerSemanticTokens, registerReferences, registerSymbols, registerInlayHints, registerCommands, registerWatchedFiles];
  for (const register of [...handlers, registerCodeActions, registerAnnDocuments]) {
    register(ctx);
  }
  ctx.documents.listen(connection);
  connection.listen();
  return ctx;
}

function clientSupport(c: ClientCapabilities): ServerContext['client'] {
  const w = c.workspace;
  return {
    folders: w?.workspaceFolders === true,
    watchedFiles: w?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: w?.didChangeWatchedFiles?.relativePatternSupport === true,
    configurationChange: w?.didChangeConfiguration?.dynamicRegistration === true,
    refreshTokens: w?.semanticTokens?.refreshSupport === true,
    refreshInlayHints: w?.inlayHint?.refreshSupport === true,
  };
}

function initialFolders(p: InitializeParams): string[] {
  if (p.workspaceFolders?.length) return p.workspaceFolders.map((f) => f.uri);
  return p.rootUri ? [p.rootUri] : [];
}
