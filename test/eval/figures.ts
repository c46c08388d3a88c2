/** The figures recorded for the regression floor, from an evaluation report. */
import { prf, type EvalReport } from '../../server/src/core/eval/score';

export function figures(r: EvalReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, c] of Object.entries(r.labels)) out[`F1 ${k}`] = prf(c).f1;
  for (const [k, c] of Object.entries(r.groups)) out[`F1 ${k}`] = prf(c).f1;
  out['F1 BOILERPLATE lines'] = prf(r.boilerplateLines).f1;
  out['F1 Duplicate'] = prf(r.duplicate).f1;
  out['F1 Unmarked'] = prf(r.unmarked).f1;
  const acc = (a: { correct: number; total: number }) => (a.total ? a.correct / a.total : 0);
  out['date value accuracy'] = acc(r.dateValue);
  out['canonical accuracy'] = acc(r.canonical);
  out['speaker accuracy (mention)'] = acc(r.speakerMention);
  out['speaker accuracy (entity)'] = acc(r.speakerEntity);
  return out;
}

