import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import type { EntlintConfig } from '../config/config.js';
import { configLoader } from '../config/load-config.js';
import { applyFixes } from '../fix/apply-fixes.js';
import { formatOf, loadFormat } from '../formats/detect.js';
import { formatJson } from '../report/json.js';
import type { FileResult } from '../report/result.js';
import { formatStylish } from '../report/stylish.js';
import { checkText, ignoredByConfig, knowledgeFor, withDictionaries } from './check-file.js';
import { readInput, readStream, STDIN_PATH } from './inputs.js';
import { program, type CliOptions } from './program.js';
import { writeFileAtomic } from './write-atomic.js';

/** What the CLI may touch; tests pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(s: string): unknown; isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Runs entlint with argv (without node and script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const cmd = program(VERSION).configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const opts = cmd.opts<CliOptions>();
  const fromCli = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  let files = cmd.args;
  if (!files.length) {
    if (io.stdin.isTTY) {
      io.stderr.write('entlint: no files given and nothing piped to standard input (run entlint --help for usage)\n');
      return 2;
    }
    files = ['-'];
  }
  if (opts.updateBaseline && !opts.baseline) {
    io.stderr.write('entlint: --update-baseline needs --baseline FILE\n');
    return 2;
  }

  try {
    const loader = configLoader();
    const explicit = opts.config ? await loader.fromFile(opts.config) : null;
    if (opts.ndjson) return await ndjson(opts, withDictionaries(explicit ?? (await loader.forFile('stdin')), opts.dictionary), fromCli('minConfidence'), io);
    const results: FileResult[] = [];
    let failed = false;
    const fixing = opts.fix || opts.fixDryRun;
    for (const file of files) {
      const stdin = file === '-';
      const path = stdin ? STDIN_PATH : file;
      const config: EntlintConfig | null = withDictionaries(explicit ?? (await loader.forFile(stdin ? 'stdin' : file)), opts.dictionary);
      if (!stdin && ignoredByConfig(config, file)) continue;
      const input = stdin ? await readStream(io.stdin) : await readInput(file);
      if ('error' in input) {
        io.stderr.write(`entlint: ${path}: ${input.error}\n`);
        results.push({ path, findings: [], error: input.error });
        failed = true;
        continue;
      }
      if (!input.text.trim()) io.stderr.write(`entlint: warning: ${path} is empty\n`);
      const min = fromCli('minConfidence') ? opts.minConfidence : config?.minConfidence ?? opts.minConfidence;
      await loadFormat(formatOf(path));
      let findings = checkText(input.text, path, config, min);
      let text = input.text;
      if (fixing) {
        const fixMin = fromCli('fixMinConfidence') ? opts.fixMinConfidence : config?.fixMinConfidence ?? opts.fixMinConfidence;
        const fixed = applyFixes(text, findings, fixMin);
        if (opts.fixDryRun) io.stdout.write((await import('../fix/unified-diff.js')).unifiedDiff(path, text, fixed.text));
        else if (stdin) io.stdout.write(fixed.text);
        else if (fixed.text !== text) await writeFileAtomic(file, fixed.text);
        if (opts.fix) {
          // What is left to report is what the fixed text still says.
          text = fixed.text;
          findings = checkText(text, path, config, min);
        }
      }
      if (opts.quiet) findings = findings.filter((f) => f.severity === 'error');
      results.push({ path, text, findings });
    }

    let reported = results;
    if (opts.baseline) {
      const { createBaseline, filterByBaseline } = await import('../baseline.js');
      const { readBaseline, writeBaseline } = await import('./baseline-file.js');
      if (opts.updateBaseline) {
        await writeBaseline(opts.baseline, createBaseline(results, process.cwd()));
        io.stderr.write(`entlint: baseline ${opts.baseline} records ${results.reduce((n, r) => n + r.findings.length, 0)} findings\n`);
        return failed ? 2 : 0;
      }
      const baseline = await readBaseline(opts.baseline);
      if (baseline) reported = filterByBaseline(results, baseline, process.cwd());
    }

    // With --fix on stdin or --fix-dry-run, stdout carries the text or the diff.
    if (!(fixing && (opts.fixDryRun || files.includes('-')))) io.stdout.write(await report(reported, opts, io));
    if (failed) return 2;
    return reported.some((r) => r.findings.length) ? 1 : 0;
  } catch (err) {
    io.stderr.write(`entlint: ${(err as Error).message}\n`);
    if (opts.debug) io.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}

/**
 * --ndjson: one result line per input document, streamed with backpressure.
 * Exit 0 whatever the findings (they are in the output): Hadoop Streaming,
 * Spark's pipe() and GNU parallel read any other code as a failed task.
 */
async function ndjson(opts: CliOptions, config: EntlintConfig | null, minFromCli: boolean, io: Io): Promise<number> {
  const min = minFromCli ? opts.minConfidence : config?.minConfidence ?? opts.minConfidence;
  const write = (line: string) => (io.stdout.write(line) !== false || !io.stdout.once ? undefined : new Promise<void>((res) => io.stdout.once!('drain', res)));
  const { runNdjson } = await import('./ndjson.js');
  const summary = await runNdjson(io.stdin, write, { minConfidence: min, knowledge: knowledgeFor(config) });
  if (summary.errors) io.stderr.write(`entlint: ${summary.errors} of ${summary.documents} lines could not be read as {"id","text"} documents\n`);
  return 0;
}

/** The chosen report; reporters other than the two everyday ones load only when asked for. */
async function report(results: FileResult[], opts: CliOptions, io: Io): Promise<string> {
  switch (opts.format) {
    case 'json': return formatJson(results);
    case 'sarif': return (await import('../report/sarif.js')).formatSarif(results, { toolVersion: VERSION });
    case 'github': return (await import('../report/github.js')).formatGithub(results);
    case 'checkstyle': return (await import('../report/checkstyle.js')).formatCheckstyle(results);
    default: return formatStylish(results, { color: opts.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR) });
  }
}
