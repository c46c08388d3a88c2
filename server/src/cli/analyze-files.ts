/** Analyse input files as one workspace, the way the language server does. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer, type Analysis } from '../core/analyzer';
import { Doc } from '../core/document';
import type { InputFile } from './files';

export interface AnalysedFiles {
  results: { file: InputFile; analysis: Analysis }[];
  /** Files whose analysis threw: the rest are analysed without them, as the language server leaves a failing document aside. */
  failures: { file: InputFile; message: string }[];
}

/**
 * Every document is read twice, as `Analyzer.analyzeCorpus` does: a first pass fills the workspace index, a second
 * re-reads each document against it. A document whose analysis throws is reported and left out; the others go on.
 */
export function analyzeFiles(files: readonly InputFile[], analyzer = new Analyzer()): AnalysedFiles {
  const docs = files.map((f) => new Doc(pathToFileURL(path.resolve(f.path)).href, f.text));
  const failed = new Map<number, string>();
  const attempt = (i: number): Analysis | undefined => {
    try {
      return analyzer.analyze(docs[i]);
    } catch (e) {
      failed.set(i, e instanceof Error ? e.message : String(e));
      return undefined;
    }
  };
  for (let i = 0; i < docs.length; i++) attempt(i);
  const results: AnalysedFiles['results'] = [];
  for (let i = 0; i < docs.length; i++) {
    if (failed.has(i)) continue;
    const analysis = attempt(i);
    if (analysis) results.push({ file: files[i], analysis });
  }
  return { results, failures: [...failed].map(([i, message]) => ({ file: files[i], message })) };
}

/** The line that reports a file the analysis failed on. */
export function failureLine(f: AnalysedFiles['failures'][number]): string {
  return `marginalia: ${f.file.path}: internal error while analysing it (${f.message}); it was left out — please report it`;
}
