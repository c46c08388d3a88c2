/** Waiting on editor events with a deadline (never on sleeps). */
import * as vscode from 'vscode';

export function waitFor<T>(event: vscode.Event<T>, test: (e: T) => boolean, what: string, timeout = 30000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (sub.dispose(), reject(new Error(`timed out waiting for ${what}`))), timeout);
    const sub = event((e) => {
      if (!test(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/** The diagnostics of `uri` once `test` accepts them (now or after a change). */
export async function diagnosticsOf(uri: vscode.Uri, test: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (test(now)) return now;
  await waitFor(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()) && test(vscode.languages.getDiagnostics(uri)), what);
  return vscode.languages.getDiagnostics(uri);
}
