/**
 * `marginalia export --format brat|jsonl|conll PATH... --out DIR`: brat documents
 * (`NAME.txt` with `NAME.ann` beside it, or none) written as a normalised brat copy,
 * one JSONL file or one CoNLL file. Bad files and bad `.ann` lines are reported on
 * stderr with file and line and skipped; everything else is exported.
 * Exit status: 0 clean, 1 written with problems reported, 2 nothing to write.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBrat, writeBrat } from '../core/formats/brat';
import { toConll } from '../core/formats/conll-write';
import { toJsonl } from '../core/formats/jsonl-write';
import type { AnnotatedDoc, FormatProblem } from '../core/formats/model';
import { collectTexts, readText, writeAtomic } from './files';

export const FORMATS = ['brat', 'jsonl', 'conll'] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (s: string | undefined): s is Format => (FORMATS as readonly string[]).includes(s ?? '');

/** A log that counts what it reports, for the exit status. */
export function counting(log: (s: string) => void): { log: (s: string) => void; count: () => number } {
  let n = 0;
  return { log: (s) => (n++, log(s)), count: () => n };
}

export function reportProblems(file: string, problems: readonly FormatProblem[], log: (s: string) => void): void {
  for (const p of problems) log(p.line === undefined ? `${file}: ${p.message}` : `${file}:${p.line}: ${p.message}`);
}

export interface BratInput {
  docs: AnnotatedDoc[];
  /** The folders the documents came from (resolved), so that no output overwrites them. */
  folders: Set<string>;
}

/** The brat documents under the paths (an `.ann` path stands for its `.txt`). */
export function readBratDocs(paths: readonly string[], log: (s: string) => void): BratInput {
  const { files, problems } = collectTexts(paths.map((p) => p.replace(/\.ann$/, '.txt')));
  for (const p of problems) log(`marginalia: ${p}`);
  const docs: AnnotatedDoc[] = [];
  const folders = new Set(files.map((f) => path.resolve(path.dirname(f.path))));
  for (const folder of folders) reportOrphans(folder, log);
  for (const f of files) {
    const base = f.path.slice(0, f.path.length - path.extname(f.path).length);
    const annFile = `${base}.ann`;
    let ann = '';
    if (fs.existsSync(annFile)) {
      const r = readText(annFile);
      if (typeof r !== 'string') {
        log(`marginalia: ${annFile}: ${r.problem.replace(/; skipped$/, '')}; ${path.basename(f.path)} skipped`);
        continue;
      }
      ann = r;
    }
    const { doc, problems: bad } = readBrat(path.basename(base), f.text, ann);
    reportProblems(annFile, bad, log);
    docs.push(doc);
  }
  return { docs, folders };
}

function reportOrphans(folder: string, log: (s: string) => void): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return; // the folder's documents were just read; a listing error has nothing to add
  }
  const present = new Set(names);
  for (const n of names) if (n.endsWith('.ann') && !present.has(`${n.slice(0, -4)}.txt`)) log(`marginalia: ${path.join(folder, n)}: no ${n.slice(0, -4)}.txt beside it; skipped`);
}

/** Refuse to write brat output into a folder it is read from: the normalised copy would replace the input. */
export function overwritesInput(out: string, input: BratInput, log: (s: string) => void): boolean {
  if (!input.folders.has(path.resolve(out))) return false;
  log(`marginalia: ${out}: is an input folder; writing there would replace the documents read from it (choose another --out)`);
  return true;
}

/** Write documents in a format; `out` is a folder, or for jsonl/conll may name the file. */
export function writeDocs(format: Format, docs: AnnotatedDoc[], out: string, log: (s: string) => void): boolean {
  if (!docs.length) {
    log('marginalia: no documents to write');
    return false;
  }
  const named = uniqueNames(docs, log);
  const target = (ext: string) => (out.endsWith(ext) ? out : path.join(out, `corpus${ext}`));
  const files: [string, string][] =
    format === 'brat'
      ? named.flatMap((d) => [[path.join(out, `${d.name}.txt`), d.text], [path.join(out, `${d.name}.ann`), writeBrat(d)]] as [string, string][])
      : format === 'jsonl'
        ? [[target('.jsonl'), named.map(toJsonl).join('\n') + '\n']]
        : [[target('.conll'), toConll(named)]];
  for (const [file, text] of files) {
    try {
      writeAtomic(file, text);
    } catch (e) {
      log(`marginalia: ${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      return false;
    }
  }
  log(`marginalia: wrote ${docs.length} document(s) as ${format} into ${format === 'brat' ? out : files[0][0]}`);
  return true;
}

/** Names safe as file names and distinct from each other; a renamed document is reported. */
function uniqueNames(docs: AnnotatedDoc[], log: (s: string) => void): AnnotatedDoc[] {
  const used = new Set<string>();
  return docs.map((d) => {
    let safe = d.name.replace(/[/\\:*?"<>|\x00-\x1f]/g, '_').trim();
    if (!safe || /^\.+$/.test(safe)) safe = 'document';
    let name = safe;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${safe}-${k}`;
    used.add(name.toLowerCase());
    if (name !== d.name) log(`marginalia: document "${d.name}" written as "${name}" (${safe === d.name ? 'the name is taken' : 'not a safe file name'})`);
    return name === d.name ? d : { ...d, name };
  });
}

export function exportCommand(format: Format, paths: readonly string[], out: string, log: (s: string) => void): number {
  const c = counting(log);
  const input = readBratDocs(paths, c.log);
  const problems = c.count();
  if (format === 'brat' && overwritesInput(out, input, log)) return 2;
  if (!writeDocs(format, input.docs, out, log)) return 2;
  return problems ? 1 : 0;
}
