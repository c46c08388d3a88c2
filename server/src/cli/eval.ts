/**
 * `marginalia eval --gold DIR --pred DIR`: scores, per label and per property, and Cohen's
 * kappa over tokens, so that two annotators' folders can be compared as well.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnn } from '../core/brat';
import { Doc } from '../core/document';
import { tokenAgreement } from '../core/eval/agreement';
import { toEvalSpans } from '../core/eval/annotated';
import { formatReport } from '../core/eval/report';
import { score, type EvalDoc, type EvalReport } from '../core/eval/score';
import { readText } from './files';

interface LoadedDoc extends EvalDoc {
  text: string;
}

export function evaluate(goldDir: string, predDir: string, log: (s: string) => void): EvalReport | undefined {
  const docs = load(goldDir, predDir, log);
  return docs && score(docs);
}

/** Both folders' annotations of each gold document, offsets in code points. */
function load(goldDir: string, predDir: string, log: (s: string) => void): LoadedDoc[] | undefined {
  for (const d of [goldDir, predDir]) {
    if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) {
      log(`marginalia: ${d}: no such folder`);
      return undefined;
    }
  }
  const docs: LoadedDoc[] = [];
  for (const name of fs.readdirSync(goldDir).filter((n) => n.endsWith('.ann')).sort()) {
    const base = name.slice(0, -4);
    const text = readText(path.join(goldDir, `${base}.txt`));
    if (typeof text !== 'string') {
      log(`marginalia: ${base}.txt: ${text.problem}`);
      continue;
    }
    const doc = new Doc(base, text);
    const gold = readAnnFile(path.join(goldDir, name), log);
    const predFile = path.join(predDir, name);
    const pred = fs.existsSync(predFile) ? readAnnFile(predFile, log) : (log(`marginalia: ${predFile}: missing, counted as empty`), []);
    docs.push({ name: base, text, lineOf: (cp) => doc.positionAt(doc.fromCodePoint(cp)).line, gold, pred });
  }
  return docs;
}

function readAnnFile(file: string, log: (s: string) => void) {
  const text = readText(file);
  if (typeof text !== 'string') {
    log(`marginalia: ${file}: ${text.problem.replace(/; skipped$/, '')}; counted as empty`);
    return [];
  }
  const parsed = parseAnn(text);
  for (const p of parsed.problems) log(`${file}:${p.line}: ${p.message}`);
  return toEvalSpans(parsed);
}

export function evalCommand(goldDir: string, predDir: string, print: (s: string) => void, log: (s: string) => void, json: boolean): number {
  const docs = load(goldDir, predDir, log);
  if (!docs) return 2;
  const report = score(docs);
  // Two annotators' folders: Cohen's kappa over tokens next to the per-label F1.
  const agreement = tokenAgreement(docs.map((d) => ({ text: d.text, a: d.gold, b: d.pred })));
  print(json ? JSON.stringify({ ...report, tokenAgreement: agreement }, null, 2) : formatReport(report, agreement));
  return 0;
}
