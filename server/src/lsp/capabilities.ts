/** What the server advertises in its `initialize` answer. */
import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { SERVER_COMMANDS } from '../protocol/messages';
import { TOKEN_TYPES } from '../protocol/labels';

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

export const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
  definitionProvider: true,
  hoverProvider: true,
  semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
  referencesProvider: true,
  workspaceSymbolProvider: true,
  documentSymbolProvider: true,
  inlayHintProvider: true,
  executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};
