/** `marginalia eval --gold DIR --pred DIR`: scores, per label and per property. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnn } from '../core/brat';
import { Doc } from '../core/document';
import { toEvalSpans } from '../core/eval/annotated';
import { formatReport } from '../core/eval/report';
import { score, type EvalDoc, type EvalReport } from '../core/eval/score';
import { readText } from './files';

export function evaluate(goldDir: string, predDir: string, log: (s: string) => void): EvalReport | undefined {
  for (const d of [goldDir, predDir]) {
    if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) {
      log(`marginalia: ${d}: no such folder`);
      return undefined;
    }
  }
  const docs: EvalDoc[] = [];
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
    docs.push({ name: base, lineOf: (cp) => doc.positionAt(doc.fromCodePoint(cp)).line, gold, pred });
  }
  return score(docs);
}

function readAnnFile(file: string, log: (s: string) => void) {
  const parsed = parseAnn(fs.readFileSync(file, 'utf8'));
  for (const p of parsed.problems) log(`${file}:${p.line}: ${p.message}`);
  return toEvalSpans(parsed);
}

export function evalCommand(goldDir: string, predDir: string, print: (s: string) => void, log: (s: string) => void, json: boolean): number {
  const report = evaluate(goldDir, predDir, log);
  if (!report) return 2;
  print(json ? JSON.stringify(report, null, 2) : formatReport(report));
  return 0;
}
