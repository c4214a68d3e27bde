import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { CommanderError } from 'commander';
import type { EntlintConfig } from '../config/config.js';
import { configLoader } from '../config/load-config.js';
import { formatJson } from '../report/json.js';
import type { FileResult } from '../report/result.js';
import { formatStylish } from '../report/stylish.js';
import { ignoredByConfig, knowledgeFor, withDictionaries } from './check-file.js';
import { describeError } from './inputs.js';
import { listFiles } from './list-files.js';
import { canUseWorkers, runPool } from './pool.js';
import { processFile, STREAM_THRESHOLD, type FileJob } from './process-file.js';
import { program, type CliOptions } from './program.js';
import { ResultCache } from './result-cache.js';
import { workersFor } from './workers-for.js';

/**
 * Below these a run stays in-process. Each worker thread loads the knowledge
 * and warms up its own caches and compiled code: measured on 2 cores, 4
 * files of 16 KB took 0.69 s on 2 threads against 0.48 s in-process, and a
 * megabyte still came out slower, so threads start at about a second's
 * checking (some 2 MB of prose).
 */
const PARALLEL_MIN_FILES = 4;
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

/** Files hashed at once for --cache. */
const KEYS_AT_ONCE = 32;

export { tuneCompiler } from './tune-compiler.js';
export { serveWorker } from './serve-worker.js';

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
    const fixing = opts.fix || opts.fixDryRun;
    // ENTLINT_STREAM_THRESHOLD (bytes) lets tests stream small inputs.
    const streamAbove = Number(io.env.ENTLINT_STREAM_THRESHOLD) || STREAM_THRESHOLD;
    const jobs = await planJobs(files, async (file) => {
      const config = withDictionaries(explicit ?? (await loader.forFile(file === '-' ? 'stdin' : file)), opts.dictionary);
      if (file !== '-' && ignoredByConfig(config, file)) return null;
      return {
        file, config, streamAbove, quiet: opts.quiet,
        minConfidence: fromCli('minConfidence') ? opts.minConfidence : config?.minConfidence ?? opts.minConfidence,
        fixMinConfidence: fromCli('fixMinConfidence') ? opts.fixMinConfidence : config?.fixMinConfidence ?? opts.fixMinConfidence,
        fix: opts.fixDryRun ? 'diff' : opts.fix ? 'write' : undefined,
      };
    }, io);

    const write = writerTo(io.stdout);
    const results = await checkJobs(jobs, opts, io, write, fixing ? undefined : opts.cache ? await ResultCache.open(opts.cacheLocation, VERSION) : undefined);
    const failed = results.some((r) => r.error !== undefined);

    let reported = results;
    if (opts.baseline) {
      const { baselineOf, readBaseline, withoutBaselined, writeBaseline } = await import('./baseline-file.js');
      if (opts.updateBaseline) {
        await writeBaseline(opts.baseline, baselineOf(results, process.cwd()));
        io.stderr.write(`entlint: baseline ${opts.baseline} records ${results.reduce((n, r) => n + r.findings.length, 0)} findings\n`);
        return failed ? 2 : 0;
      }
      const baseline = await readBaseline(opts.baseline);
      if (baseline) reported = withoutBaselined(results, baseline, process.cwd());
    }

    // With --fix on stdin or --fix-dry-run, stdout carries the text or the diff.
    if (!(fixing && (opts.fixDryRun || files.includes('-')))) await write(await report(reported, opts, io));
    if (failed) return 2;
    return reported.some((r) => r.findings.length) ? 1 : 0;
  } catch (err) {
    io.stderr.write(`entlint: ${(err as Error).message}\n`);
    if (opts.debug) io.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  }
}

/**
 * Results of the jobs, in their order: from the cache where it has them
 * (replaying what they wrote to standard error), the rest checked on worker
 * threads or in-process, and recorded in the cache, which is saved.
 */
async function checkJobs(jobs: FileJob[], opts: CliOptions, io: Io, write: Writer, cache: ResultCache | undefined): Promise<FileResult[]> {
  const keys: (string | undefined)[] = [];
  // A few files at a time: an archive's thousands at once would run out of file descriptors.
  for (let i = 0; cache && i < jobs.length; i += KEYS_AT_ONCE) keys.push(...(await Promise.all(jobs.slice(i, i + KEYS_AT_ONCE).map((j) => cache.keyOf(j)))));
  const cached = jobs.map((job, i) => (keys[i] === undefined ? undefined : cache!.get(job, keys[i]!)));
  // Indexes of the jobs to check, and those jobs.
  const todo = jobs.flatMap((_, i) => (cached[i] ? [] : [i]));
  const pending = todo.map((i) => jobs[i]!);
  const results: FileResult[] = [];
  // The cached jobs before job `upTo`, then (when given) that job's outcome.
  const emit = async (upTo: number, outcome?: { result: FileResult; stdout: string; stderr: string }) => {
    for (let i = results.length; i < upTo; i++) {
      if (cached[i]!.stderr) io.stderr.write(cached[i]!.stderr);
      results.push({ path: jobs[i]!.file, findings: cached[i]!.findings });
    }
    if (!outcome) return;
    if (outcome.stderr) io.stderr.write(outcome.stderr);
    if (outcome.stdout) await write(outcome.stdout);
    if (keys[upTo] !== undefined) cache!.set(jobs[upTo]!, keys[upTo]!, outcome.result, outcome.stderr);
    results.push(outcome.result);
  };
  const threads = await threadsFor(pending, opts.jobs);
  if (opts.debug) {
    const from = cache ? `, ${jobs.length - pending.length} from the cache, ${pending.length} to check` : '';
    io.stderr.write(`entlint: ${jobs.length} input${jobs.length === 1 ? '' : 's'}${from}, ${threads > 1 ? `${threads} worker threads` : 'checked in-process'}\n`);
  }
  if (threads > 1) {
    await runPool(pending, threads, async (o) => {
      if (o.failure) throw Object.assign(new Error(o.failure.message), { stack: o.failure.stack });
      await emit(todo[o.id]!, { result: o.result!, stdout: o.stdout, stderr: o.stderr });
    });
  } else {
    for (const [k, job] of pending.entries()) {
      let stderr = '';
      const result = await processFile(job, { get stdin() { return io.stdin; }, stdout: write, stderr: (s) => void (stderr += s) });
      await emit(todo[k]!, { result, stdout: '', stderr });
    }
  }
  await emit(jobs.length);
  const unsaved = await cache?.save();
  if (unsaved) io.stderr.write(`entlint: warning: the cache was not saved: ${unsaved}\n`);
  return results;
}

/**
 * The inputs in command-line order, each directory replaced by the files
 * under it that entlint reads; `job` gives a file's job, or null when its
 * configuration ignores it. An input that cannot be listed becomes a job
 * that reports why, in its place.
 */
async function planJobs(args: string[], job: (file: string) => Promise<FileJob | null>, io: Io): Promise<FileJob[]> {
  const jobs: FileJob[] = [];
  for (const arg of args) {
    const isDir = arg !== '-' && (await stat(arg).catch(() => null))?.isDirectory();
    let files = [arg];
    if (isDir) {
      try {
        files = await listFiles(arg);
      } catch (err) {
        const failed = await job(arg);
        if (failed) jobs.push({ ...failed, error: describeError(err) });
        continue;
      }
      if (!files.length) io.stderr.write(`entlint: warning: ${arg} has no files to check (.txt, .md, .markdown, .html, .htm)\n`);
    }
    for (const file of files) {
      const j = await job(file);
      if (j) jobs.push(j);
    }
  }
  return jobs;
}

/**
 * Worker threads for the run: as many as --jobs says, else workersFor() the
 * cores when there is enough to check that a thread's start-up (loading the
 * knowledge) pays off; 1 means in-process. Standard input is read in-process.
 */
async function threadsFor(jobs: FileJob[], requested: number | undefined): Promise<number> {
  if (jobs.length < 2 || jobs.some((j) => j.file === '-') || !canUseWorkers()) return 1;
  if (requested !== undefined) return Math.min(requested, jobs.length);
  const workers = workersFor(availableParallelism());
  if (workers < 2 || jobs.length < PARALLEL_MIN_FILES) return 1;
  let bytes = 0;
  for (const j of jobs) {
    bytes += (await stat(j.file).catch(() => null))?.size ?? 0;
    if (bytes >= PARALLEL_MIN_BYTES) return Math.min(workers, jobs.length);
  }
  return 1;
}

/**
 * --ndjson: one result line per input document, streamed with backpressure.
 * Exit 0 whatever the findings (they are in the output): Hadoop Streaming,
 * Spark's pipe() and GNU parallel read any other code as a failed task.
 */
async function ndjson(opts: CliOptions, config: EntlintConfig | null, minFromCli: boolean, io: Io): Promise<number> {
  const min = minFromCli ? opts.minConfidence : config?.minConfidence ?? opts.minConfidence;
  const { runNdjson } = await import('./ndjson.js');
  const summary = await runNdjson(io.stdin, writerTo(io.stdout), { minConfidence: min, knowledge: knowledgeFor(config) });
  if (summary.errors) io.stderr.write(`entlint: ${summary.errors} of ${summary.documents} lines could not be read as {"id","text"} documents\n`);
  return 0;
}

/** Writes to stdout; when its buffer is full, returns a promise of the drain (backpressure). */
type Writer = (s: string) => Promise<void> | undefined;

/** A Writer to the process's stdout. */
function writerTo(stdout: Io['stdout']): Writer {
  return (s) => (stdout.write(s) !== false || !stdout.once ? undefined : new Promise<void>((res) => stdout.once!('drain', res)));
}

/** The chosen report; reporters other than the two everyday ones load only when asked for. */
async function report(results: FileResult[], opts: CliOptions, io: Io): Promise<string> {
  switch (opts.format) {
    case 'json': return formatJson(results);
    case 'sarif': return (await import('../report/sarif.js')).formatSarif(results, { toolVersion: VERSION });
    case 'github': return (await import('../report/github.js')).formatGithub(results);
    case 'checkstyle': return (await import('../report/checkstyle.js')).formatCheckstyle(results);
    default: {
      const color = opts.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
      return formatStylish(results, color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined);
    }
  }
}
