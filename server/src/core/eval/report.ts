/** Formats an evaluation report as a plain-text table. */
import type { TokenAgreement } from './agreement';
import { prf, type Accuracy, type Counts, type EvalReport } from './score';

const f = (n: number) => n.toFixed(3);

function row(name: string, c: Counts): string {
  const { p, r, f1 } = prf(c);
  return `${name.padEnd(18)} ${f(p)}  ${f(r)}  ${f(f1)}  ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}`;
}

function acc(name: string, a: Accuracy): string {
  const v = a.total ? a.correct / a.total : 0;
  return `${name.padEnd(34)} ${f(v)}  (${a.correct}/${a.total})`;
}

export function formatReport(r: EvalReport, agreement?: TokenAgreement): string {
  const out = [`documents: ${r.docs}`, '', `${'label'.padEnd(18)} prec   rec    F1        tp    fp    fn`];
  for (const [label, c] of Object.entries(r.labels)) out.push(row(label, c));
  out.push('');
  for (const [group, c] of Object.entries(r.groups)) out.push(row(group, c));
  out.push(row('BOILERPLATE lines', r.boilerplateLines));
  out.push(row('Duplicate attr', r.duplicate));
  out.push(row('Unmarked attr', r.unmarked));
  out.push('');
  out.push(acc('date value accuracy (matched)', r.dateValue));
  out.push(acc('canonical name accuracy (matched)', r.canonical));
  out.push(acc('quote speaker, same mention', r.speakerMention));
  out.push(acc('quote speaker, same entity', r.speakerEntity));
  if (agreement) {
    const k = agreement.kappa === null ? 'n/a  ' : f(agreement.kappa);
    out.push('', `${"Cohen's kappa over tokens".padEnd(34)} ${k}  (observed ${f(agreement.observed)}, chance ${f(agreement.expected)}; ${agreement.tokens} tokens)`);
  }
  return out.join('\n');
}
