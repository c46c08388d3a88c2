/**
 * A tiny stand-in detector for the in-process adapter tests, so they test the language
 * server's plumbing whatever the real detectors find: capitalised word pairs are people
 * (a later bare surname links to them), `Month D, YYYY` / `D Month YYYY` are dates,
 * straight-quoted text is a quote (speaker: the next person in its paragraph), a line
 * starting with "Subscribe" and a repeated paragraph are boilerplate (across documents:
 * the copy whose URI sorts later).
 */
import type { Detector } from '../../server/src/core/detector';
import { paragraphKey } from '../../server/src/core/text';
import type { Span } from '../../server/src/core/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const M = `(${MONTHS.join('|')})`;
const iso = (y: string, m: string, d: string) => `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;

export const fakeDetector: Detector = {
  name: 'fake',
  labels: ['PERSON', 'DATE', 'QUOTE', 'BOILERPLATE'],
  detect({ doc, workspace }) {
    const out: Span[] = [];
    const add = (start: number, text: string, extra: Partial<Span> & Pick<Span, 'label'>) => out.push({ start, end: start + text.length, text, ...extra });
    const surnames = new Map<string, string>();
    const seen = new Map<string, number>();
    for (const p of doc.paragraphs) {
      const people: Span[] = [];
      for (const m of p.text.matchAll(/\b(?!(?:The|President|Chancellor|German)\b)[A-Z][a-z]+ [A-Z][a-z]+\b/g)) {
        surnames.set(m[0].split(' ')[1], m[0]);
        add(p.start + m.index!, m[0], { label: 'PERSON', canonical: m[0] });
      }
      for (const m of p.text.matchAll(/\b[A-Z][a-z]+\b/g)) {
        const full = surnames.get(m[0]);
        const at = p.start + m.index!;
        if (full && !out.some((s) => s.start <= at && at < s.end)) add(at, m[0], { label: 'PERSON', canonical: full });
      }
      for (const s of out) if (s.start >= p.start && s.label === 'PERSON') people.push(s);
      for (const m of p.text.matchAll(new RegExp(`${M} (\\d{1,2}), (\\d{4})|(\\d{1,2}) ${M} (\\d{4})`, 'g'))) {
        add(p.start + m.index!, m[0], { label: 'DATE', value: m[1] ? iso(m[3], m[1], m[2]) : iso(m[6], m[5], m[4]), anchor: 'the text itself' });
      }
      for (const m of p.text.matchAll(/"[^"]+"/g)) {
        const sp = people.find((s) => s.start > p.start + m.index!);
        add(p.start + m.index!, m[0], { label: 'QUOTE', speaker: sp && { start: sp.start, end: sp.end, text: sp.text, canonical: sp.canonical } });
      }
      const key = paragraphKey(p.text);
      const first = key === undefined ? undefined : seen.get(key);
      if (/^Subscribe\b/.test(p.text)) add(p.start, p.text, { label: 'BOILERPLATE', reason: 'call to subscribe' });
      else if (first !== undefined) add(p.start, p.text, { label: 'BOILERPLATE', reason: 'repeated paragraph', duplicateOf: [{ uri: doc.uri, start: first, end: first + p.text.length }] });
      else if (key !== undefined) {
        const earlier = workspace.occurrences(key).filter((r) => r.uri < doc.uri);
        if (earlier.length) add(p.start, p.text, { label: 'BOILERPLATE', reason: 'repeats another document', duplicateOf: earlier });
      }
      if (key !== undefined && first === undefined) seen.set(key, p.start);
    }
    return out;
  },
};
