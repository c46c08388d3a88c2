/** Analyse input files as one workspace, the way the language server does. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer, type Analysis } from '../core/analyzer';
import { Doc } from '../core/document';
import type { InputFile } from './files';

export function analyzeFiles(files: readonly InputFile[]): { file: InputFile; analysis: Analysis }[] {
  const docs = files.map((f) => new Doc(pathToFileURL(path.resolve(f.path)).href, f.text));
  const analyses = new Analyzer().analyzeCorpus(docs);
  return analyses.map((analysis, i) => ({ file: files[i], analysis }));
}
