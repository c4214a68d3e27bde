import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { HouseDictionary } from '../config/config.js';
import { DEFAULT_MIN_CONFIDENCE } from '../check.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'checkstyle'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Confidence for --fix when neither the command line nor a config sets one: fixes must be surer than reports. */
export const DEFAULT_FIX_MIN_CONFIDENCE = 0.8;

export interface CliOptions {
  format: OutputFormat;
  minConfidence: number;
  fixMinConfidence: number;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  config?: string;
  dictionary: HouseDictionary[];
  ndjson?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  color?: boolean;
  debug?: boolean;
  jobs?: number;
  cache?: boolean;
  cacheLocation: string;
}

const EXAMPLES = `
Examples:
  entlint article.txt                     check a file (.md and .html: prose only)
  entlint a.txt b.md --format json        machine-readable findings
  entlint docs/                           every .txt, .md and .html file under docs/
  curl -s https://example.org/a.txt | entlint
  entlint - < article.txt                 read standard input
  entlint --min-confidence 0.8 a.txt      only the surest findings
  entlint --fix-dry-run a.txt             show the fixes as a unified diff
  entlint --fix a.txt                     apply them in place
  entlint -d person:house.jsonl a.txt     with the newsroom's own names
  entlint --format sarif a.txt > r.sarif  for code-scanning dashboards
  entlint --baseline .entlint-baseline.json --update-baseline a.txt
  entlint --cache archive/                re-check only what changed since the last run
  parallel --pipe -k --block 8M entlint --ndjson < docs.ndjson > results.ndjson

Configuration: .entlintrc.json, entlint.config.json or "entlint" in
package.json, found from each file's folder upwards (or --config FILE).
Exit codes: 0 no findings, 1 findings, 2 usage, configuration or input error.`;

const DICTIONARY_TYPES: Record<string, HouseDictionary['type']> = {
  person: 'person', people: 'person', organisation: 'organisation', organisations: 'organisation', org: 'organisation',
  place: 'place', places: 'place', phrase: 'phrases', phrases: 'phrases',
};

/** `TYPE:FILE`, or a FILE whose name says its type ("house-people.jsonl", "places/local.jsonl"). */
function dictionary(v: string, previous: HouseDictionary[]): HouseDictionary[] {
  const m = /^([a-z]+):(.+)$/.exec(v);
  const type = m ? DICTIONARY_TYPES[m[1]!] : Object.entries(DICTIONARY_TYPES).find(([k]) => new RegExp(`(^|[^a-z])${k}([^a-z]|$)`, 'i').test(v))?.[1];
  if (!type) throw new InvalidArgumentError('cannot tell what it holds: write person:FILE, organisation:FILE, place:FILE or phrases:FILE');
  return [...previous, { path: resolve(m && DICTIONARY_TYPES[m[1]!] ? m[2]! : v), type }];
}

function positive(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number from 1 up');
  return n;
}

function confidence(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1) || v.trim() === '') throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

/** The command line: options, help and version. */
export function program(version: string): Command {
  return new Command('entlint')
    .description('Finds garbled names and machine-translation / OCR errors in English prose, with the fix.')
    .argument('[files...]', 'files to check; "-" or none (with piped input) reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('--min-confidence <n>', 'report findings at or above this confidence (0..1)', confidence, DEFAULT_MIN_CONFIDENCE)
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('--fix', 'write the first suggestion of sure findings into the files (stdin: print the fixed text)')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .option('--fix-min-confidence <n>', 'fix findings at or above this confidence', confidence, DEFAULT_FIX_MIN_CONFIDENCE)
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('-d, --dictionary <[type:]file>', 'add a house dictionary (repeatable): person:, organisation:, place: or phrases:', dictionary, [])
    .option('--ndjson', 'stream: read one {"id","text"} JSON document per line from standard input, write one result line per document')
    .option('--baseline <file>', 'report only findings not recorded in this baseline file')
    .option('--update-baseline', 'record the current findings in the --baseline file')
    .option('--cache', 'reuse the results of files unchanged since the last --cache run (not with --fix)')
    .option('--cache-location <file>', 'where --cache keeps them', '.entlintcache')
    .option('-j, --jobs <n>', 'check files on n worker threads (1: in-process; default: one per core, in-process on one core, when there are at least 4 files and 2 MB)', positive)
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR, or when output is not a terminal)')
    .option('--debug', 'show stack traces of internal errors')
    .version(version, '-v, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .showHelpAfterError('(run entlint --help for usage)');
}
