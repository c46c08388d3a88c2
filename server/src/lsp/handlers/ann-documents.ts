/**
 * `.ann` files are first-class: while one is open its lines are checked against the
 * document's text on every change (bad lines, offsets out of range, text that does not
 * match, unknown ids), what re-anchoring moved or could not place is reported on its
 * line, and "go to definition" on a line jumps to its span in the document.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { annTarget, validateAnn } from '../../core/annotations';
import { Doc } from '../../core/document';
import type { ServerContext } from '../context';
import { toPath } from '../folders';
import { readIfExists } from '../../node/atomic-write';
import { annotationPaths, fileUri } from '../annotations/paths';
import { readDocument } from '../files';
import { toRange } from '../convert';

const isAnn = (uri: string) => /\.ann$/i.test(uri);

export function registerAnnDocuments(ctx: ServerContext): void {
  const check = (uri: string) => void publishAnn(ctx, uri);
  ctx.documents.onDidOpen(({ document }) => isAnn(document.uri) && check(document.uri));
  ctx.documents.onDidChangeContent(({ document }) => isAnn(document.uri) && check(document.uri));
  ctx.documents.onDidClose(({ document }) => {
    if (isAnn(document.uri)) void publishAnn(ctx, document.uri);
  });
  ctx.annDiagnostics = (key) => {
    const entry = ctx.annotations.get(key);
    if (entry) void publishAnn(ctx, fileUri(entry.paths.ann));
  };
  ctx.connection.onDefinition(async ({ textDocument, position }) => {
    if (!isAnn(textDocument.uri)) return null;
    const pair = await pairOf(ctx, textDocument.uri);
    if (!pair) return null;
    const target = annTarget(pair.ann, pair.text, position.line);
    if (!target) return null;
    const doc = new Doc(pair.key, pair.text);
    return { uri: ctx.workspace.clientUri(pair.key), range: toRange(doc, target.start, target.end) };
  });
}

interface Pair {
  key: string;
  /** The `.ann` text (the editor's when it is open). */
  ann: string;
  /** The text its offsets count against: the document's text on disk. */
  text: string;
}

/** The `.ann` text and the document text it annotates. */
async function pairOf(ctx: ServerContext, annUri: string): Promise<Pair | undefined> {
  const file = toPath(annUri);
  if (!file) return undefined;
  const ann = ctx.documents.get(annUri)?.getText() ?? (await readIfExists(file).catch(() => undefined));
  if (ann === undefined) return undefined;
  for (const key of ctx.workspace.knownUris()) {
    const paths = annotationPaths(key, ctx.folders, (await ctx.settings.for(key))['annotations.folder']);
    if (paths?.ann !== file) continue;
    const entry = ctx.annotations.get(key);
    const disk = entry?.basis ?? (await readDocument(toPath(key) ?? ''));
    const text = typeof disk === 'string' ? disk : ctx.workspace.doc(key)?.text;
    return text === undefined ? undefined : { key, ann, text };
  }
  return undefined;
}

async function publishAnn(ctx: ServerContext, annUri: string): Promise<void> {
  const pair = await pairOf(ctx, annUri);
  const open = !!ctx.documents.get(annUri);
  const diagnostics: Diagnostic[] = [];
  if (!pair) {
    if (open) diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'marginalia', message: 'No document of the workspace has this .ann file (a NAME.txt beside it, selected by marginalia.files.include).' });
    void ctx.connection.sendDiagnostics({ uri: annUri, diagnostics });
    return;
  }
  for (const p of validateAnn(pair.ann, pair.text)) {
    diagnostics.push({
      range: { start: { line: p.line, character: p.startCol }, end: { line: p.line, character: p.endCol } },
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'marginalia',
      code: 'ann',
      message: p.message,
    });
  }
  for (const r of ctx.annotations.get(pair.key)?.reports ?? []) {
    diagnostics.push({
      range: { start: { line: r.line, character: 0 }, end: { line: r.line, character: 1000 } },
      severity: r.kind === 'orphan' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: 'marginalia',
      code: r.kind === 'orphan' ? 'not-anchored' : 're-anchored',
      message: r.message,
    });
  }
  void ctx.connection.sendDiagnostics({ uri: open ? annUri : fileUri(toPath(annUri)!), diagnostics });
}
