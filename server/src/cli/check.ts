/** `marginalia check PATH...`: diagnostics as `file:line:col: severity: message`. */
import { diagnose } from '../core/diagnostics';
import { analyzeFiles, failureLine } from './analyze-files';
import { collectTexts } from './files';

export function check(paths: string[], print: (s: string) => void, log: (s: string) => void): number {
  const { files, problems } = collectTexts(paths);
  for (const p of problems) log(`marginalia: ${p}`);
  let warnings = 0;
  const { results, failures } = analyzeFiles(files);
  for (const f of failures) log(failureLine(f));
  for (const { file, analysis } of results) {
    for (const d of diagnose(analysis)) {
      const pos = analysis.doc.positionAt(d.start);
      if (d.severity === 'warning' || d.severity === 'error') warnings++;
      print(`${file.path}:${pos.line + 1}:${pos.character + 1}: ${d.severity}: ${d.message} [${d.code}]`);
    }
  }
  return warnings > 0 || failures.length ? 1 : problems.length && !files.length ? 2 : 0;
}
