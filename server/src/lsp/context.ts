/** What every handler is given: the connection, the documents and the services over them. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyzer';
import type { Label } from '../core/types';
import type { Settings } from '../protocol/settings';
import type { Folders } from './folders';
import type { Indexer } from './indexer';
import type { Publisher } from './publish';
import type { AnalysisQueue } from './queue';
import type { SettingsStore } from './settings';
import type { Workspace } from './workspace';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
  settings: SettingsStore;
  folders: Folders;
  queue: AnalysisQueue;
  publisher: Publisher;
  indexer: Indexer;
  /** What the client said it can do, as far as the server cares. */
  client: { folders: boolean; watchedFiles: boolean; relativePatterns: boolean; configurationChange: boolean; refreshTokens: boolean; refreshInlayHints: boolean };
}

export interface Lookup {
  analysis: Analysis;
  settings: Settings;
  shown(label: Label): boolean;
}

/** An open, selected document's latest analysis and its settings; undefined for any other document. */
export async function lookup(ctx: ServerContext, uri: string): Promise<Lookup | undefined> {
  const settings = await ctx.settings.for(uri);
  const key = ctx.workspace.key(uri);
  const analysis = ctx.workspace.isOpen(key) ? ctx.workspace.analysis(key) : undefined;
  return analysis && { analysis, settings, shown: (label) => settings[`labels.${label}`] };
}
