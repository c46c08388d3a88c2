/**
 * The decision commands (`workspace/executeCommand`): the client's palette commands, key
 * bindings and code actions all end here. Each finds the document and its decisions,
 * applies one core action, writes the `.ann` when the text is saved (see
 * annotation-files.ts) and answers what it did — with, after a decision on a string,
 * how many other occurrences a "label all" would change.
 */
import { accept, acceptAll, annotate, linkSpeaker, merge, reject, relabel, remove, setCanonical, setValue, targets, type Outcome, type Selection } from '../../core/decisions/actions';
import { labelOccurrences, pendingOccurrences } from '../../core/decisions/occurrences';
import { isEntityLabel, isLabel } from '../../core/types';
import type { ChoicesParams, Choice, DecideParams, DecideResult } from '../../protocol/messages';
import { lookup, type ServerContext } from '../context';
import { reviewed } from '../review';
import { toOffset, toRange } from '../convert';

export async function decide(ctx: ServerContext, p: DecideParams): Promise<DecideResult> {
  const key = ctx.workspace.key(p.uri);
  const found = await lookup(ctx, p.uri);
  const entry = found && (await ctx.annotations.ensure(key));
  if (!found || !entry) return { changed: 0, saved: false, message: 'Marginalia does not annotate this document (see the marginalia.files settings).' };
  if (entry.unreadable) return { changed: 0, saved: false, message: `The annotations of this document cannot be read (${entry.unreadable}); fix the file first.` };
  const { doc, spans } = found.analysis;
  const sel: Selection = { start: toOffset(doc, p.range.start), end: toOffset(doc, p.range.end) };
  const store = entry.store;
  const label = p.label && isLabel(p.label) ? p.label : undefined;
  let out: Outcome;
  switch (p.action) {
    case 'accept':
      out = accept(store, spans, sel);
      break;
    case 'acceptAll':
      out = acceptAll(store, spans, sel, doc.text.length);
      break;
    case 'reject':
      out = reject(store, spans, sel);
      break;
    case 'relabel':
      out = label ? relabel(store, spans, sel, label) : { changed: 0, message: 'Which label?' };
      break;
    case 'annotate':
      out = label ? annotate(store, doc.text, sel, label) : { changed: 0, message: 'Which label?' };
      break;
    case 'delete':
      out = remove(store, spans, sel);
      break;
    case 'canonical':
      out = setCanonical(store, spans, sel, p.name ?? '');
      break;
    case 'merge': {
      const from = p.from ?? targets(spans, sel).find((s) => isEntityLabel(s.label))?.canonical;
      out = from && p.name ? merge(store, spans, from, p.name) : { changed: 0, message: 'Put the cursor on an entity and choose the entity to merge it into.' };
      break;
    }
    case 'speaker':
      out = linkSpeaker(store, spans, sel, p.speaker && { start: toOffset(doc, p.speaker.start), end: toOffset(doc, p.speaker.end) });
      break;
    case 'value':
      out = setValue(store, spans, sel, p.value ?? '');
      break;
    case 'labelAll':
      return labelAll(ctx, p);
  }
  const saved = out.changed ? await ctx.annotations.decided(key) : false;
  const result: DecideResult = { changed: out.changed, message: out.message, saved };
  if (out.offer && isLabel(out.offer.label)) {
    const counts = await countOccurrences(ctx, key, out.offer.text, out.offer.label);
    if (counts.inDocument + counts.inWorkspace > 0) result.offer = { text: out.offer.text, label: out.offer.label, ...counts };
  }
  return result;
}

/** Occurrences of `text` that a "label all" would change: in the document, and in the other documents of the workspace. */
async function countOccurrences(ctx: ServerContext, key: string, text: string, label: string) {
  let inDocument = 0;
  let inWorkspace = 0;
  let documents = 0;
  for (const uri of ctx.workspace.knownUris()) {
    const doc = ctx.workspace.doc(uri);
    if (!doc || !doc.text.includes(text)) continue;
    const n = pendingOccurrences(ctx.annotations.get(uri)?.store, doc.text, text, label, reviewed(ctx.workspace, ctx.annotations, uri)?.spans).length;
    if (uri === key) inDocument = n;
    else if (n > 0) {
      inWorkspace += n;
      documents++;
    }
  }
  return { inDocument, inWorkspace, documents };
}

async function labelAll(ctx: ServerContext, p: DecideParams): Promise<DecideResult> {
  const key = ctx.workspace.key(p.uri);
  if (!p.text || !p.label || !isLabel(p.label)) return { changed: 0, saved: false, message: 'Label all occurrences of which string, as which label?' };
  const uris = p.scope === 'workspace' ? ctx.workspace.knownUris() : [key];
  let changed = 0;
  let files = 0;
  let saved = true;
  for (const uri of uris) {
    const doc = ctx.workspace.doc(uri);
    if (!doc || !doc.text.includes(p.text)) continue;
    const entry = await ctx.annotations.ensure(uri);
    if (!entry || entry.unreadable) continue;
    const n = labelOccurrences(entry.store, doc.text, p.text, p.label, reviewed(ctx.workspace, ctx.annotations, uri)?.spans);
    if (!n) continue;
    changed += n;
    files++;
    saved = (await ctx.annotations.decided(uri)) && saved;
  }
  const where = p.scope === 'workspace' ? ` in ${files} document${files === 1 ? '' : 's'}` : '';
  return { changed, saved, message: changed ? `Labelled ${changed} occurrence${changed === 1 ? '' : 's'} of "${p.text}" as ${p.label}${where}.` : `No other occurrences of "${p.text}" to label.` };
}

/** What the quick picks offer: the PERSON/ORG mentions near a quote, or the entities of the workspace. */
export async function choices(ctx: ServerContext, p: ChoicesParams): Promise<Choice[]> {
  const found = await lookup(ctx, p.uri);
  if (!found) return [];
  const { doc, spans } = found.analysis;
  const at = toOffset(doc, p.range.start);
  if (p.kind === 'speakers') {
    const quote = targets(spans, { start: at, end: toOffset(doc, p.range.end) }).find((s) => s.label === 'QUOTE');
    const centre = quote ? (quote.start + quote.end) / 2 : at;
    return spans
      .filter((s) => s.label === 'PERSON' || s.label === 'ORG')
      .map((s) => ({ s, d: Math.abs((s.start + s.end) / 2 - centre) }))
      .filter(({ d }) => d < 3000)
      .sort((a, b) => a.d - b.d)
      .slice(0, 30)
      .map(({ s }) => ({
        label: s.text,
        description: `${s.label}${s.canonical && s.canonical !== s.text ? ` · ${s.canonical}` : ''}`,
        detail: `line ${doc.positionAt(s.start).line + 1}: ${doc.lineText(doc.positionAt(s.start).line).slice(0, 100)}`,
        range: toRange(doc, s.start, s.end),
      }));
  }
  const all = [...ctx.workspace.index.allEntities()].map((e) => ({ e, n: [...e.mentions.values()].reduce((k, m) => k + m.length, 0) }));
  return all
    .sort((a, b) => b.n - a.n)
    .slice(0, 1000)
    .map(({ e, n }) => ({ label: e.canonical, description: `${e.label} · ${n} mention${n === 1 ? '' : 's'}`, detail: [...e.aliases.keys()].slice(0, 6).join(' · '), name: e.canonical }));
}
