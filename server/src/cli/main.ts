/** The `marginalia` command line: the analysis core in batch. */
import { annotate } from './annotate';
import { check } from './check';
import { evalCommand } from './eval';

const USAGE = `usage:
  marginalia annotate PATH... --out DIR   write a brat .ann for every .txt (all PATHs are one workspace)
  marginalia check PATH...                print diagnostics; exit 1 when any is a warning
  marginalia eval --gold DIR --pred DIR [--json]
                                          precision, recall and F1 per label; value, canonical and speaker accuracy`;

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
