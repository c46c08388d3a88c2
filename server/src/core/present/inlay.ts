/** The short text shown after a span (an inlay hint), if any. */
import type { Span } from '../types';

export interface InlayText {
  text: string;
  tooltip: string;
}

export function inlayText(s: Span): InlayText | undefined {
  if ((s.label === 'DATE' || s.label === 'TIME') && s.value && s.value !== s.text) {
    return { text: `= ${s.value}`, tooltip: s.anchor ? `ISO value, resolved against ${s.anchor}` : 'ISO value' };
  }
  if (s.label === 'QUOTE' && s.speaker) {
    const name = s.speaker.canonical ?? s.speaker.text;
    return { text: `— ${name}`, tooltip: `Speaker: ${s.speaker.text}` };
  }
  return undefined;
}
