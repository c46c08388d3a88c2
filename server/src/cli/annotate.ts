/** `marginalia annotate PATH... --out DIR`: a brat `.ann` for every `.txt`. */
import * as path from 'node:path';
import { writeAnn } from '../core/brat';
import { analyzeFiles, failureLine } from './analyze-files';
import { collectTexts, writeAtomic } from './files';

export function annotate(paths: string[], out: string, log: (s: string) => void): number {
  const { files, problems } = collectTexts(paths);
  for (const p of problems) log(`marginalia: ${p}`);
  const { results, failures } = analyzeFiles(files);
  for (const f of failures) log(failureLine(f));
  for (const { file, analysis } of results) {
    const name = path.basename(file.path).replace(/\.txt$/, '.ann');
    writeAtomic(path.join(out, name), writeAnn(analysis.doc, analysis.spans));
  }
  log(`marginalia: annotated ${results.length} document(s) into ${out}`);
  return failures.length ? 1 : problems.length && !results.length ? 2 : 0;
}
