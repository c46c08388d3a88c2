/** What every handler is given: the connection, the documents and the services over them. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyzer';
import type { LabelBook } from '../core/consistency';
import type { Label } from '../core/types';
import type { Settings } from '../protocol/settings';
import type { AnnotationFiles } from './annotations/annotation-files';
import type { Folders } from './folders';
import type { Indexer } from './indexer';
import type { Publisher } from './publish';
import type { AnalysisQueue } from './queue';
import { reviewed } from './review';
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
  /** The annotators' decisions, per document, and their files. */
  annotations: AnnotationFiles;
  /** Which label each entity string carries in each document (consistency diagnostics). */
  labels: LabelBook;
  /** Publish the diagnostics of a document's `.ann` file (set by the .ann handlers). */
  annDiagnostics?: (key: string) => void;
  /** What the client said it can do, as far as the server cares. */
  client: { folders: boolean; watchedFiles: boolean; relativePatterns: boolean; configurationChange: boolean; refreshTokens: boolean; refreshInlayHints: boolean };
}

export interface Lookup {
  analysis: Analysis;
  settings: Settings;
  shown(label: Label): boolean;
}

/**
 * An open, selected document's latest analysis, reviewed against the annotators' decisions
 * (accepted annotations carry their id; suggestions are left out when the settings hide
 * them), and its settings; undefined for any other document.
 */
export async function lookup(ctx: ServerContext, uri: string): Promise<Lookup | undefined> {
  const settings = await ctx.settings.for(uri);
  const key = ctx.workspace.key(uri);
  let analysis = ctx.workspace.isOpen(key) ? reviewed(ctx.workspace, ctx.annotations, key) : undefined;
  if (analysis && !settings['annotations.showSuggestions']) analysis = { ...analysis, spans: analysis.spans.filter((s) => s.annotation) };
  return analysis && { analysis, settings, shown: (label) => settings[`labels.${label}`] };
}
