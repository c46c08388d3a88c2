/**
 * Sending an open document's results: diagnostics and the `marginalia/decorations`
 * notification (accepted annotations apart from open suggestions), only for the labels
 * its settings show, and only when they changed.
 */
import type { Connection, Range } from 'vscode-languageserver';
import type { Analysis } from '../core/analyzer';
import { conflictDiagnostics, type LabelBook } from '../core/consistency';
import { diagnose } from '../core/diagnostics';
import { countByLabel } from '../core/present/spans';
import type { Label, Span } from '../core/types';
import { DecorationsNotification, type DecorationsParams } from '../protocol/messages';
import type { Settings } from '../protocol/settings';
import { toDiagnostic, toRange } from './convert';
import type { SettingsStore } from './settings';
import type { Workspace } from './workspace';

export class Publisher {
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly settings: SettingsStore,
    /** The document's analysis as the annotator sees it (reviewed against their decisions). */
    private readonly view: (uri: string) => Analysis | undefined,
    private readonly labels: LabelBook,
  ) {}

  /** Publish the latest analysis of `uri` (a key); false when it is stale or nothing changed. */
  readonly publish = async (uri: string): Promise<boolean> => {
    const analysis = this.view(uri);
    if (!analysis) return false;
    const s = await this.settings.for(uri);
    const { doc } = analysis;
    if (this.workspace.doc(uri) !== doc || !this.workspace.isOpen(uri)) return false;
    const shown = (label: Label) => s[`labels.${label}`];
    const spans = analysis.spans.filter((sp) => shown(sp.label) && (sp.annotation || s['annotations.showSuggestions']));
    this.labels.set(uri, analysis.spans);
    const core = [...diagnose({ ...analysis, spans }), ...conflictDiagnostics(this.labels.conflicts(uri), spans)];
    const diagnostics = core.filter((d) => d.code !== 'unbalanced-quote' || shown('QUOTE')).map((d) => toDiagnostic(doc, d, this.workspace));
    const decorations = this.decorations(uri, doc.version, spans, s, (sp) => toRange(doc, sp.start, sp.end));
    const key = JSON.stringify([diagnostics, decorations]);
    if (this.sent.get(uri) === key) return false;
    this.sent.set(uri, key);
    void this.connection.sendDiagnostics({ uri: this.workspace.clientUri(uri), version: doc.version, diagnostics });
    void this.connection.sendNotification(DecorationsNotification.type, decorations);
    return true;
  };

  /** The document left the editor (or the selection): clear what was shown. */
  clear(uri: string): void {
    this.sent.delete(uri);
    void this.connection.sendDiagnostics({ uri: this.workspace.clientUri(uri), diagnostics: [] });
  }

  private decorations(uri: string, version: number, spans: Span[], _s: Settings, range: (s: Span) => Range): DecorationsParams {
    const ranges: DecorationsParams['ranges'] = {};
    const accepted: NonNullable<DecorationsParams['accepted']> = {};
    for (const sp of spans) ((sp.annotation ? accepted : ranges)[sp.label] ??= []).push(range(sp));
    return { uri: this.workspace.clientUri(uri), version, ranges, accepted, counts: countByLabel(spans) };
  }
}
