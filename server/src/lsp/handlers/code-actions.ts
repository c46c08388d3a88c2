/**
 * Code actions (the light bulb, Ctrl+.): the decisions that apply at the cursor or to
 * the selection, and the quick fix of an inconsistent label. Actions that need a choice
 * (a label, a name, a speaker) open the client's pickers; the others run through the
 * client's decide command, which shows the outcome and offers "label all occurrences".
 */
import { CodeActionKind, type CodeAction, type Command, type Range } from 'vscode-languageserver';
import { targets } from '../../core/decisions/actions';
import { pendingOccurrences } from '../../core/decisions/occurrences';
import { isEntityLabel, type Span } from '../../core/types';
import { CLIENT_COMMANDS, type DecideParams } from '../../protocol/messages';
import { lookup, type ServerContext } from '../context';
import { toOffset, toRange } from '../convert';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async ({ textDocument, range, context }) => {
    const found = await lookup(ctx, textDocument.uri);
    if (!found) return null;
    const { doc, spans } = found.analysis;
    const uri = textDocument.uri;
    const sel = { start: toOffset(doc, range.start), end: toOffset(doc, range.end) };
    const here = targets(spans.filter((s) => found.shown(s.label)), sel);
    const out: CodeAction[] = [];
    const decideAction = (title: string, p: Omit<DecideParams, 'uri'>, kind: string = CodeActionKind.QuickFix, preferred = false): CodeAction => ({
      title,
      kind,
      isPreferred: preferred || undefined,
      command: { title, command: CLIENT_COMMANDS.decide, arguments: [{ uri, ...p }] },
    });
    const pick = (title: string, command: string, r: Range): CodeAction => ({ title, kind: CodeActionKind.Refactor, command: { title, command, arguments: [{ uri, range: r }] } });

    for (const d of context.diagnostics) {
      if (d.code !== 'inconsistent-label' || !isConflictData(d.data)) continue;
      for (const label of [d.data.majority, ...d.data.labels.filter((l) => l !== d.data.majority)]) {
        out.push({ ...decideAction(`Label "${d.data.text}" as ${label} in every document`, { range: d.range, action: 'labelAll', text: d.data.text, label: label as Span['label'], scope: 'workspace' }, CodeActionKind.QuickFix, label === d.data.majority), diagnostics: [d] });
      }
    }
    for (const s of here.slice(0, 5)) {
      const r = toRange(doc, s.start, s.end);
      const what = `${s.label} "${short(s.text)}"`;
      if (!s.annotation) {
        out.push(decideAction(`Accept ${what}`, { range: r, action: 'accept' }, CodeActionKind.QuickFix, true));
        out.push(decideAction(`Reject ${what}`, { range: r, action: 'reject' }));
      } else out.push(decideAction(`Delete annotation ${what}`, { range: r, action: 'delete' }));
      out.push(pick(`Relabel ${what}…`, 'marginalia.relabel', r));
      if (isEntityLabel(s.label)) {
        out.push(pick(`Set canonical name of "${short(s.text)}"…`, 'marginalia.setCanonical', r));
        out.push(pick(`Merge ${s.canonical ?? s.text} into another entity…`, 'marginalia.mergeEntity', r));
        const n = pendingOccurrences(ctx.annotations.get(ctx.workspace.key(uri))?.store, doc.text, s.text, s.label, spans).filter((o) => o.start !== s.start).length;
        if (n > 0) out.push(decideAction(`Label all ${n} other occurrence${n === 1 ? '' : 's'} of "${short(s.text)}" as ${s.label} in this document`, { range: r, action: 'labelAll', text: s.text, label: s.label, scope: 'document' }, CodeActionKind.Refactor));
      }
      if (s.label === 'QUOTE') out.push(pick('Link quote to speaker…', 'marginalia.linkSpeaker', r));
      if (s.label === 'DATE' || s.label === 'TIME') out.push(pick(`Correct the value of "${short(s.text)}"${s.value ? ` (${s.value})` : ''}…`, 'marginalia.setDateValue', r));
    }
    if (sel.end > sel.start) {
      out.push(pick('Annotate selection as…', 'marginalia.annotate', range));
      if (spans.some((s) => !s.annotation && s.start >= sel.start && s.end <= sel.end)) out.push(decideAction('Accept all suggestions in the selection', { range, action: 'acceptAll' }, CodeActionKind.Refactor));
    }
    return out.map((a): CodeAction | Command => a);
  });
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function isConflictData(d: unknown): d is { text: string; labels: string[]; majority: string } {
  return typeof d === 'object' && d !== null && typeof (d as { text?: unknown }).text === 'string' && Array.isArray((d as { labels?: unknown }).labels);
}
