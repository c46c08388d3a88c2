/**
 * `marginalia import --format brat|jsonl|conll PATH... --out DIR`: read documents
 * back into brat (`NAME.txt` + `NAME.ann`). PATHs are files or folders (walked for
 * `.txt` with `.ann` beside, `.jsonl`, or `.conll` files). Bad files, lines and
 * entries are reported with file and line and skipped; the rest is imported.
 * Exit status as for export.
 */
import * as path from 'node:path';
import { fromConll } from '../core/formats/conll-read';
import { fromJsonl } from '../core/formats/jsonl-read';
import type { AnnotatedDoc } from '../core/formats/model';
import { counting, overwritesInput, readBratDocs, reportProblems, writeDocs, type Format } from './export';
import { collectTexts } from './files';

export function importCommand(format: Format, paths: readonly string[], out: string, log: (s: string) => void): number {
  const c = counting(log);
  let docs: AnnotatedDoc[];
  if (format === 'brat') {
    const input = readBratDocs(paths, c.log);
    if (overwritesInput(out, input, log)) return 2;
    docs = input.docs;
  } else {
    docs = [];
    const { files, problems } = collectTexts(paths, `.${format}`);
    for (const p of problems) c.log(`marginalia: ${p}`);
    for (const f of files) {
      const fallback = path.basename(f.path, path.extname(f.path));
      const r = format === 'jsonl' ? fromJsonl(f.text, fallback) : fromConll(f.text, fallback);
      reportProblems(f.path, r.problems, c.log);
      if (!r.docs.length) c.log(`marginalia: ${f.path}: no documents in it`);
      for (const d of r.docs) docs.push(d);
    }
  }
  const problems = c.count();
  if (!writeDocs('brat', docs, out, log)) return 2;
  return problems ? 1 : 0;
}
