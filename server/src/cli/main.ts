/** The `marginalia` command line: the analysis core in batch. */
import { annotate } from './annotate';
import { check } from './check';
import { evalCommand } from './eval';
import { exportCommand, FORMATS, isFormat } from './export';
import { importCommand } from './import';

const USAGE = `usage:
  marginalia annotate PATH... --out DIR   write a brat .ann for every .txt (all PATHs are one workspace)
  marginalia check PATH...                print diagnostics; exit 1 when any is a warning
  marginalia eval --gold DIR --pred DIR [--json]
                                          precision, recall and F1 per label; value, canonical and speaker accuracy;
                                          Cohen's kappa over tokens (two annotators' folders of the same .txt files)
  marginalia export --format brat|jsonl|conll PATH... --out DIR
                                          NAME.txt (+ NAME.ann) files as a normalised brat copy, DIR/corpus.jsonl
                                          (doccano/spaCy: {"id", "text", "label": [[start, end, LABEL]]} plus
                                          "entities" and "relations") or DIR/corpus.conll (CoNLL-2003 BIO:
                                          TOKEN NER QUOTE BOILERPLATE, "# marginalia:" lines for the rest);
                                          all offsets count Unicode code points, as brat and Python do
  marginalia import --format brat|jsonl|conll PATH... --out DIR
                                          read those back as NAME.txt + NAME.ann (a round trip loses nothing)
exit status of export/import: 0 done, 1 done but some input was skipped (see stderr), 2 nothing written`;

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) flags.set(k, v);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--') && !['json', 'help'].includes(k)) flags.set(k, argv[++i]);
      else flags.set(k, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function run(argv: string[], print = (s: string) => console.log(s), log = (s: string) => console.error(s)): number {
  const [command, ...rest] = argv;
  const { positional, flags } = parseArgs(rest);
  const str = (k: string) => (typeof flags.get(k) === 'string' ? (flags.get(k) as string) : undefined);
  switch (command) {
    case 'annotate': {
      const out = str('out');
      if (!positional.length || !out) return usage(log, 'annotate needs PATH... and --out DIR');
      return annotate(positional, out, log);
    }
    case 'check':
      if (!positional.length) return usage(log, 'check needs PATH...');
      return check(positional, print, log);
    case 'eval': {
      const gold = str('gold');
      const pred = str('pred');
      if (!gold || !pred) return usage(log, 'eval needs --gold DIR and --pred DIR');
      return evalCommand(gold, pred, print, log, flags.has('json'));
    }
    case 'export':
    case 'import': {
      const format = str('format');
      const out = str('out');
      if (!isFormat(format)) return usage(log, `${command} needs --format ${FORMATS.join('|')}${format ? ` (not "${format}")` : ''}`);
      if (!positional.length || !out) return usage(log, `${command} needs PATH... and --out DIR`);
      return (command === 'export' ? exportCommand : importCommand)(format, positional, out, log);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      print(USAGE);
      return 0;
    default:
      return usage(log, `unknown command "${command}"`);
  }
}

function usage(log: (s: string) => void, why: string): number {
  log(`marginalia: ${why}\n${USAGE}`);
  return 2;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    console.error(`marginalia: internal error: ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 3;
  }
}
