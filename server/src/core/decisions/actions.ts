/**
 * An annotator's decisions, as pure operations on a document's annotation store: accept
 * what a detector suggested, reject it, relabel, annotate a selection, delete, name an
 * entity, link a quote to its speaker, correct a date. Each takes the spans the
 * annotator sees (see review.ts) and the selection, changes the store and says what it
 * did in one sentence.
 */
import type { AnnotationStore } from '../annotations';
import { isEntityLabel, type Label, type Span } from '../types';

export interface Selection {
  start: number;
  end: number;
}

export interface Outcome {
  /** How many annotations were added, changed or removed. */
  changed: number;
  message: string;
  /** The string and label a follow-up "label all occurrences" would apply. */
  offer?: { text: string; label: string };
}

/** The spans a selection targets: those it overlaps, or for a cursor the innermost span containing it. */
export function targets(spans: readonly Span[], sel: Selection): Span[] {
  if (sel.end > sel.start) return spans.filter((s) => s.start < sel.end && s.end > sel.start);
  const here = spans.filter((s) => s.start <= sel.start && sel.start <= s.end);
  here.sort((a, b) => a.end - a.start - (b.end - b.start));
  return here.slice(0, 1);
}

const nothing = (what: string): Outcome => ({ changed: 0, message: `Nothing to ${what} here.` });

/** Accept the suggestions targeted (a quote's speaker mention is accepted with it). */
export function accept(store: AnnotationStore, spans: readonly Span[], sel: Selection): Outcome {
  const open = targets(spans, sel).filter((s) => !s.annotation);
  if (!open.length) return nothing('accept');
  for (const s of open) acceptSpan(store, spans, s);
  const one = open.length === 1 ? open[0] : undefined;
  return { changed: open.length, message: one ? `Accepted ${one.label} "${one.text}".` : `Accepted ${open.length} suggestions.`, offer: one && offerFor(one) };
}

/** Accept every open suggestion of the selection (or the whole document when the selection is empty). */
export function acceptAll(store: AnnotationStore, spans: readonly Span[], sel: Selection, docLength: number): Outcome {
  const range = sel.end > sel.start ? sel : { start: 0, end: docLength };
  const open = spans.filter((s) => !s.annotation && s.start >= range.start && s.end <= range.end);
  for (const s of open) acceptSpan(store, spans, s);
  return { changed: open.length, message: open.length ? `Accepted ${open.length} suggestion${open.length === 1 ? '' : 's'}.` : 'No open suggestions here.' };
}

/** Reject the suggestions targeted (remembered); an accepted annotation targeted is deleted and rejected too. */
export function reject(store: AnnotationStore, spans: readonly Span[], sel: Selection): Outcome {
  const hit = targets(spans, sel);
  if (!hit.length) return nothing('reject');
  for (const s of hit) {
    if (s.annotation) store.remove(s.annotation);
    store.reject({ label: s.label, start: s.start, end: s.end, text: s.text });
  }
  const one = hit.length === 1 ? hit[0] : undefined;
  return { changed: hit.length, message: one ? `Rejected ${one.label} "${one.text}".` : `Rejected ${hit.length} spans.` };
}

/** Give the targeted span (accepted or suggested) another label; it becomes an accepted annotation. */
export function relabel(store: AnnotationStore, spans: readonly Span[], sel: Selection, label: Label): Outcome {
  const s = targets(spans, sel)[0];
  if (!s) return nothing('relabel');
  if (s.annotation) store.relabel(s.annotation, label);
  else store.add({ label, start: s.start, end: s.end, text: s.text });
  return { changed: 1, message: `"${s.text}" is now ${label}.`, offer: { text: s.text, label } };
}

/** Annotate the selection (trimmed of spaces and a trailing possessive) as `label`. */
export function annotate(store: AnnotationStore, text: string, sel: Selection, label: Label): Outcome {
  const { start, end } = trim(text, sel);
  if (end <= start) return { changed: 0, message: 'Select the text to annotate first.' };
  const same = store.overlapping(start, end).find((a) => a.start === start && a.end === end);
  if (same) {
    if (same.label === label) return { changed: 0, message: `"${same.text}" is already ${label}.` };
    store.relabel(same.id, label);
  } else store.add({ label, start, end, text: text.slice(start, end) });
  return { changed: 1, message: `Annotated "${text.slice(start, end)}" as ${label}.`, offer: { text: text.slice(start, end), label } };
}

/** Delete the accepted annotations targeted (their suggestions, if any, come back as suggestions). */
export function remove(store: AnnotationStore, spans: readonly Span[], sel: Selection): Outcome {
  const hit = targets(spans.filter((s) => s.annotation), sel);
  if (!hit.length) return nothing('delete (no accepted annotation)');
  for (const s of hit) store.remove(s.annotation!);
  return { changed: hit.length, message: hit.length === 1 ? `Deleted ${hit[0].label} "${hit[0].text}".` : `Deleted ${hit.length} annotations.` };
}

/** Set the canonical name of the targeted entity mention (accepting it). */
export function setCanonical(store: AnnotationStore, spans: readonly Span[], sel: Selection, name: string): Outcome {
  const s = targets(spans, sel).find((x) => isEntityLabel(x.label));
  if (!s) return nothing('name (no entity)');
  const id = acceptSpan(store, spans, s);
  store.setCanonical(id, name.trim() || undefined);
  return { changed: 1, message: `"${s.text}" → ${name.trim() || 'its own text'}.` };
}

/**
 * Merge two entities: every mention in the document showing `from` as its canonical
 * name is accepted with the canonical name `into`.
 */
export function merge(store: AnnotationStore, spans: readonly Span[], from: string, into: string): Outcome {
  const mentions = spans.filter((s) => isEntityLabel(s.label) && (s.canonical ?? s.text) === from);
  for (const s of mentions) store.setCanonical(acceptSpan(store, spans, s), into);
  return { changed: mentions.length, message: `Merged ${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${from} into ${into}.` };
}

/** Link the targeted quote to the speaker mention at [start, end) (both accepted). */
export function linkSpeaker(store: AnnotationStore, spans: readonly Span[], sel: Selection, speaker: Selection | undefined): Outcome {
  const q = targets(spans, sel).find((s) => s.label === 'QUOTE');
  if (!q) return nothing('link (no quote)');
  const quoteId = acceptSpan(store, spans, q, false);
  if (!speaker) {
    store.setSpeaker(quoteId, undefined);
    return { changed: 1, message: 'The quote has no speaker now.' };
  }
  const who = spans.find((s) => s.start === speaker.start && s.end === speaker.end && (s.label === 'PERSON' || s.label === 'ORG'));
  if (!who) return { changed: 0, message: 'The speaker must be a PERSON or ORG mention.' };
  store.setSpeaker(quoteId, acceptSpan(store, spans, who));
  return { changed: 1, message: `Quote linked to ${who.canonical ?? who.text}.` };
}

/** Correct the value of the targeted DATE/TIME (accepting it). */
export function setValue(store: AnnotationStore, spans: readonly Span[], sel: Selection, value: string): Outcome {
  const s = targets(spans, sel).find((x) => x.label === 'DATE' || x.label === 'TIME');
  if (!s) return nothing('correct (no date or time)');
  const problem = timexProblem(value);
  if (problem) return { changed: 0, message: problem };
  store.setValue(acceptSpan(store, spans, s), value.trim());
  return { changed: 1, message: `"${s.text}" = ${value.trim()}.` };
}

/** Why a TIMEX3-style value is not one (undefined when it is): `2022-09-27`, `XXXX-03-15`, `2023-11-22T17:31`, `2024/2026`, `2023-W05`, `2023-Q1`. */
export function timexProblem(value: string): string | undefined {
  const one = /^(?:[0-9X]{4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}|Q[1-4X]|SU|SP|FA|WI|H[12]))?(?:T(?:[0-2X][0-9X](?::[0-5X][0-9X](?::[0-5X][0-9X])?)?|MO|AF|EV|NI))?|PRESENT_REF|PAST_REF|FUTURE_REF)$/;
  const parts = value.trim().split('/');
  if (parts.length > 2 || parts.some((p) => !one.test(p))) return `"${value}" is not an ISO 8601 / TIMEX3 value (e.g. 2022-09-27, XXXX-03-15, 2023-11-22T17:31, 2024/2026).`;
  return undefined;
}

/** Make the span an accepted annotation (if it is not one) and return its id. */
function acceptSpan(store: AnnotationStore, spans: readonly Span[], s: Span, withSpeaker = true): string {
  if (s.annotation) return s.annotation;
  const a = store.add({
    label: s.label,
    start: s.start,
    end: s.end,
    text: s.text,
    ...(s.canonical && isEntityLabel(s.label) ? { canonical: s.canonical } : {}),
    ...(s.value ? { value: s.value } : {}),
    ...(s.unmarked ? { attributes: ['Unmarked'] } : s.label === 'BOILERPLATE' && s.duplicateOf?.length ? { attributes: ['Duplicate'] } : {}),
  });
  if (withSpeaker && s.label === 'QUOTE' && s.speaker) {
    const sp = s.speaker;
    const who = spans.find((x) => x.start === sp.start && x.end === sp.end && (x.label === 'PERSON' || x.label === 'ORG'));
    if (who) store.setSpeaker(a.id, acceptSpan(store, spans, who));
  }
  return a.id;
}

function offerFor(s: Span): Outcome['offer'] {
  return isEntityLabel(s.label) ? { text: s.text, label: s.label } : undefined;
}

function trim(text: string, sel: Selection): Selection {
  let { start, end } = sel;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const m = /['’]s$/.exec(text.slice(start, end));
  if (m && end - start > 2) end -= 2;
  return { start, end };
}
