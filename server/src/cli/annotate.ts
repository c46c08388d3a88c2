/** `marginalia annotate PATH... --out DIR`: a brat `.ann` for every `.txt`. */
import * as path from 'node:path';
import { writeAnn } from '../core/brat';
import { analyzeFiles } from './analyze-files';
import { collectTexts, writeAtomic } from './files';

export function annotate(paths: string[], out: string, log: (s: string) => void): number {
  const { files, problems } = collectTexts(paths);
  for (const p of problems) log(`marginalia: ${p}`);
  const results = analyzeFiles(files);
  for (const { file, analysis } of results) {
    const name = path.basename(file.path).replace(/\.txt$/, '.ann');
    writeAtomic(path.join(out, name), writeAnn(analysis.doc, analysis.spans));
  }
  log(`marginalia: annotated ${results.length} document(s) into ${out}`);
  return problems.length && !results.length ? 2 : 0;
}
