/**
 * The hover card of the spans under the cursor, as Markdown: an entity's canonical name,
 * aliases and mentions; a date's ISO value and its reference; a quote's speaker; why a
 * line is boilerplate and where its twins are. Plain text in, plain text out: the
 * language server shows it in a hover, the command line could print it.
 */
import type { Doc } from '../document';
import { isEntityLabel, type Span, type SpanRef } from '../types';
import type { WorkspaceIndex } from '../workspace-index';

export interface HoverContext {
  doc: Doc;
  index: WorkspaceIndex;
  /** Another document of the workspace, to name the line a reference points at. */
  docOf(uri: string): Doc | undefined;
}

/** One card per span, innermost first, separated by rules. */
export function hoverMarkdown(spans: readonly Span[], ctx: HoverContext): string {
  return spans.map((s) => card(s, ctx).join('\n\n')).join('\n\n---\n\n');
}

function card(s: Span, ctx: HoverContext): string[] {
  if (isEntityLabel(s.label)) return entityCard(s, ctx);
  if (s.label === 'DATE' || s.label === 'TIME') return dateCard(s);
  if (s.label === 'QUOTE') return quoteCard(s);
  return boilerplateCard(s, ctx);
}

function entityCard(s: Span, { doc, index }: HoverContext): string[] {
  const canonical = s.canonical ?? s.text;
  const rec = index.entity(canonical);
  const lines = [`**${s.label}** · ${md(canonical)}`];
  if (!rec) return lines;
  const aliases = [...rec.aliases].sort((a, b) => b[1] - a[1]).map(([a, n]) => `${md(a)} (${n})`);
  lines.push(`Seen as: ${aliases.join(', ')}`);
  const here = rec.mentions.get(doc.uri)?.length ?? 0;
  const others = [...rec.mentions.keys()].filter((u) => u !== doc.uri).length;
  lines.push(`${plural(here, 'mention')} in this document · in ${plural(others, 'other document')}`);
  return lines;
}

function dateCard(s: Span): string[] {
  const lines = [`**${s.label}** · ${s.value ? `\`${s.value}\`` : 'no value'}`];
  if (s.anchor) lines.push(`Resolved against ${md(s.anchor)}`);
  return lines;
}

function quoteCard(s: Span): string[] {
  const sp = s.speaker;
  const who = !sp ? 'no speaker found' : sp.canonical && sp.canonical !== sp.text ? `${md(sp.text)} (${md(sp.canonical)})` : md(sp.text);
  const lines = [`**QUOTE** · speaker: ${who}`];
  if (s.unmarked) lines.push('Its quotation marks were lost: the span covers the quoted words.');
  if (s.unbalanced) lines.push('Its quotation marks are unbalanced.');
  if (s.reason) lines.push(md(s.reason));
  return lines;
}

function boilerplateCard(s: Span, ctx: HoverContext): string[] {
  const lines = [`**BOILERPLATE**${s.reason ? ` · ${md(s.reason)}` : ''}`];
  const twins = (s.duplicateOf ?? []).map((r) => where(r, ctx));
  if (twins.length) lines.push(`Repeats ${twins.join(', ')}`);
  return lines;
}

/** `line 12` in this document, `other.txt line 3` elsewhere, as a link. */
function where(ref: SpanRef, { doc, docOf }: HoverContext): string {
  const target = ref.uri === doc.uri ? doc : docOf(ref.uri);
  const line = target ? target.positionAt(ref.start).line + 1 : undefined;
  const name = ref.uri === doc.uri ? '' : `${decodeURIComponent(ref.uri.slice(ref.uri.lastIndexOf('/') + 1))} `;
  const text = `${name}line ${line ?? '?'}`;
  return line ? `[${md(text)}](${ref.uri}#L${line})` : md(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Escape Markdown in text taken from a document. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}
