/** The client's view of the settings: the same table as the server's, read through the VS Code API per resource. */
import * as vscode from 'vscode';
import type { DocumentFilter } from 'vscode-languageclient/node';
import { SECTION, readSettings, type Settings } from '../../server/src/protocol/settings';

export function settingsFor(uri?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, uri);
  return readSettings((key) => config.get(key));
}

/**
 * The documents the language client syncs: by language id, and by include glob
 * relative to each workspace folder (anywhere, when there is no folder). The client
 * hands filters to `vscode.languages.match` unchanged, so a `vscode.RelativePattern`
 * works where its type says `string`.
 */
export function documentSelector(): DocumentFilter[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const byLanguage = settingsFor()['files.languages'].flatMap((language) => ['file', 'untitled'].map((scheme) => ({ scheme, language })));
  const byPath = folders.length
    ? folders.flatMap((f) => settingsFor(f.uri)['files.include'].map((g) => ({ scheme: 'file', pattern: new vscode.RelativePattern(f, g) as unknown as string })))
    : settingsFor()['files.include'].map((g) => ({ scheme: 'file', pattern: g.startsWith('**/') ? g : `**/${g}` }));
  // brat files: checked against their documents, with go to definition (see the server's ann-documents.ts).
  const ann = { scheme: 'file', language: 'brat-ann' };
  return [...byLanguage, ...byPath, ann];
}
