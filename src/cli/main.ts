import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { check, DEFAULT_MIN_CONFIDENCE } from '../check.js';
import { defaultKnowledge } from '../gazetteer/load.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import type { FileResult } from '../report/result.js';
import { readInput, readStream, STDIN_PATH } from './inputs.js';

/** What the CLI may touch; tests pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const EXAMPLES = `
Examples:
  entlint article.txt                   check a file
  entlint a.txt b.txt --format json     machine-readable findings
  curl -s https://example.org/a.txt | entlint
  entlint - < article.txt               read standard input
  entlint --min-confidence 0.8 a.txt    only the surest findings

Exit codes: 0 no findings, 1 findings, 2 usage or input error.`;

function confidence(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1) || v.trim() === '') throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}

/** Runs entlint with argv (without node and script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const program = new Command('entlint')
    .description('Finds garbled names and machine-translation / OCR errors in English prose, with the fix.')
    .argument('[files...]', 'files to check; "-" or none (with piped input) reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--min-confidence <n>', 'report findings at or above this confidence (0..1)', confidence, DEFAULT_MIN_CONFIDENCE)
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR, or when output is not a terminal)')
    .option('--debug', 'show stack traces of internal errors')
    .version(VERSION, '-v, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run entlint --help for usage)');

  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const opts = program.opts<{ format: 'stylish' | 'json'; minConfidence: number; quiet?: boolean; color?: boolean; debug?: boolean }>();
  let files = program.args;
  if (!files.length) {
    if (io.stdin.isTTY) {
      io.stderr.write('entlint: no files given and nothing piped to standard input (run entlint --help for usage)\n');
      return 2;
    }
    files = ['-'];
  }

  try {
    const knowledge = defaultKnowledge();
    const results: FileResult[] = [];
    let unreadable = false;
    for (const file of files) {
      const path = file === '-' ? STDIN_PATH : file;
      const input = file === '-' ? await readStream(io.stdin) : await readInput(file);
      if ('error' in input) {
        io.stderr.write(`entlint: ${path}: ${input.error}\n`);
        results.push({ path, findings: [], error: input.error });
        unreadable = true;
        continue;
      }
      if (!input.text.trim()) io.stderr.write(`entlint: warning: ${path} is empty\n`);
      let findings = check(input.text, { knowledge, minConfidence: opts.minConfidence });
      if (opts.quiet) findings = findings.filter((f) => f.severity === 'error');
      results.push({ path, text: input.text, findings });
    }
    const color = opts.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
    io.stdout.write(opts.format === 'json' ? formatJson(results) : formatStylish(results, { color }));
    if (unreadable) return 2;
    return results.some((r) => r.findings.length) ? 1 : 0;
  } catch (err) {
    io.stderr.write(`entlint: ${(err as Error).message}\n`);
    if (opts.debug) io.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}
