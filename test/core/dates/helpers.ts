/** Runs the dates detector alone on a text and returns its spans in a compact form. */
import { Doc } from '../../../server/src/core/document';
import { Memo } from '../../../server/src/core/memo';
import { WorkspaceIndex } from '../../../server/src/core/workspace-index';
import { datesDetector } from '../../../server/src/core/detectors/dates';
import type { Span } from '../../../server/src/core/types';

export function detect(text: string, memo = new Memo(), found: Span[] = []): Span[] {
  return datesDetector.detect({ doc: new Doc('mem:test', text), found, workspace: new WorkspaceIndex(), memo });
}

/** `[text, value]` (with `@TIME` appended to TIME spans) of the spans inside the last paragraph. */
export function lastParagraphDates(text: string): string[][] {
  const from = text.lastIndexOf('\n') + 1;
  return detect(text)
    .filter((s) => s.start >= from)
    .map((s) => [s.text, s.label === 'TIME' ? `${s.value}@TIME` : s.value ?? '']);
}

/** A document whose own date is `dateline` (a line of its own), followed by `sentence`. */
export const dated = (dateline: string, sentence: string): string => `${dateline}\n\n${sentence}`;
