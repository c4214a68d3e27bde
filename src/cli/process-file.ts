import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { EntlintConfig } from '../config/config.js';
import { applyFixes } from '../fix/apply-fixes.js';
import { formatOf, loadFormat } from '../formats/detect.js';
import type { FileResult, PlacedFinding } from '../report/result.js';
import { checkOptions, checkText } from './check-file.js';
import { decode, StreamDecoder } from './decode.js';
import { describeError, STDIN_PATH } from './inputs.js';
import { PieceChecker } from './piece-checker.js';
import { chunks, PieceCutter } from './pieces.js';
import { Placer } from './placer.js';
import { openAtomic, writeFileAtomic, type AtomicFile } from './write-atomic.js';

/** Plain text over this many bytes is read and checked as a stream, never held whole. */
export const STREAM_THRESHOLD = 16 * 1024 * 1024;

/** One input to check, with everything decided for it; plain data, so it can be sent to a worker thread. */
export interface FileJob {
  /** A file path, or '-' for standard input. */
  file: string;
  config: EntlintConfig | null;
  minConfidence: number;
  fixMinConfidence: number;
  /** 'write': fix the file in place (standard input: print the fixed text); 'diff': print the fixes as a unified diff. */
  fix?: 'write' | 'diff';
  /** Report errors only. */
  quiet?: boolean;
  /** Plain text over this many bytes is streamed (STREAM_THRESHOLD unless a test lowers it). */
  streamAbove: number;
  /** Why the input cannot be checked, found before it was read (a directory that cannot be listed). */
  error?: string;
}

/** Where one input's output goes: the process's streams, or a worker's record of them. */
export interface FileIo {
  stdin?: AsyncIterable<Uint8Array | string>;
  stdout(s: string): void | Promise<void>;
  stderr(s: string): void;
}

type Source = { bytes: Uint8Array } | { stream: AsyncIterable<Uint8Array | string> } | { error: string };

/**
 * Everything entlint does to one input: read, check, fix, and the result for
 * the reporters (findings placed, no text kept). The serial run and every
 * worker thread call this one function, so their output cannot differ.
 */
export async function processFile(job: FileJob, io: FileIo): Promise<FileResult> {
  const stdin = job.file === '-';
  const path = stdin ? STDIN_PATH : job.file;
  const format = formatOf(path);
  const source: Source = job.error !== undefined ? { error: job.error }
    : stdin ? await readStdin(io.stdin!, job.streamAbove)
    // Markup is read whole whatever its size: its parser needs the whole document.
    : await readFileSource(job.file, format === 'text' ? job.streamAbove : Infinity);
  const fail = (error: string): FileResult => {
    io.stderr(`entlint: ${path}: ${error}\n`);
    return { path, findings: [], error };
  };
  if ('error' in source) return fail(source.error);
  await loadFormat(format);

  let findings: PlacedFinding[];
  if ('bytes' in source) {
    const input = decode(source.bytes);
    if ('error' in input) return fail(input.error);
    if (!input.text.trim()) io.stderr(`entlint: warning: ${path} is empty\n`);
    findings = format === 'text' ? await plainText(job, path, input.text, io) : await markup(job, path, input.text, io);
  } else {
    const streamed = await streamedText(job, path, source.stream, io);
    if ('error' in streamed) return fail(streamed.error);
    findings = streamed.findings;
  }
  return { path, findings: job.quiet ? findings.filter((f) => f.severity === 'error') : findings };
}

/** A plain text held whole: checked in the same pieces as a stream, then fixed and written as before. */
async function plainText(job: FileJob, path: string, text: string, io: FileIo): Promise<PlacedFinding[]> {
  const fixed: string[] = [];
  const run = new TextRun(job, async (_before, after) => void fixed.push(after));
  for (const [start, end] of chunks(text)) await run.piece(text.slice(start, end));
  if (job.fix) await finishFix(job, path, text, fixed.join(''), io);
  return run.end();
}

/** Markdown or HTML: masked whole (the parser needs the whole document), then checked, fixed and re-checked. */
async function markup(job: FileJob, path: string, text: string, io: FileIo): Promise<PlacedFinding[]> {
  let findings = checkText(text, path, job.config, job.minConfidence);
  let reported = text;
  if (job.fix) {
    const fixed = applyFixes(text, findings, job.fixMinConfidence).text;
    await finishFix(job, path, text, fixed, io);
    if (job.fix === 'write') {
      // What is left to report is what the fixed text still says.
      reported = fixed;
      findings = checkText(fixed, path, job.config, job.minConfidence);
    }
  }
  const placer = new Placer();
  return [...placer.add(reported, findings), ...placer.end()];
}

/** Writes what a fix of a text held whole changed: the diff, the text on stdout, or the file (only if it changed). */
async function finishFix(job: FileJob, path: string, before: string, after: string, io: FileIo): Promise<void> {
  if (job.fix === 'diff') await io.stdout((await import('../fix/unified-diff.js')).unifiedDiff(path, before, after));
  else if (job.file === '-') await io.stdout(after);
  else if (after !== before) await writeFileAtomic(job.file, after);
}

/**
 * A plain text read as a stream: decoded, cut and checked piece by piece, the
 * fixed pieces written out as they come (a temp file renamed over the
 * original at the end, standard output, or a diff). Undecodable input leaves
 * the file untouched.
 */
async function streamedText(
  job: FileJob, path: string, stream: AsyncIterable<Uint8Array | string>, io: FileIo,
): Promise<{ findings: PlacedFinding[] } | { error: string }> {
  const decoder = new StreamDecoder();
  const cutter = new PieceCutter();
  let target: AtomicFile | undefined;
  let diff: import('./piece-diff.js').PieceDiff | undefined;
  let changed = false;
  let blank = true;
  const write = async (before: string, after: string) => {
    if (after !== before) changed = true;
    if (diff) await diff.add(before, after);
    else if (target) await target.write(after);
    else await io.stdout(after);
  };
  const run = new TextRun(job, write);
  const take = async (text: string, last: boolean) => {
    if (blank && /\S/.test(text)) blank = false;
    for (const piece of cutter.push(text)) await run.piece(piece);
    if (last) await run.piece(cutter.end());
  };
  try {
    // Diffs load their library only when asked for, like the reporters.
    if (job.fix === 'diff') diff = new (await import('./piece-diff.js')).PieceDiff(path, (s) => io.stdout(s));
    else if (job.fix === 'write' && job.file !== '-') target = await openAtomic(job.file);
    for await (const chunk of stream) {
      const decoded = decoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      if ('error' in decoded) return await failed(decoded.error);
      await take(decoded.text, false);
    }
    const rest = decoder.end();
    if ('error' in rest) return await failed(rest.error);
    await take(rest.text, true);
    await diff?.end();
    if (target) await (changed ? target.commit() : target.abort());
  } catch (err) {
    return await failed(describeError(err));
  } finally {
    // A file's stream left unread (the temp file could not be made) still holds its descriptor.
    (stream as Partial<Readable>).destroy?.();
  }
  if (blank) io.stderr(`entlint: warning: ${path} is empty\n`);
  return { findings: run.end() };

  async function failed(error: string) {
    await target?.abort();
    return { error };
  }
}

/**
 * Checks a plain text piece by piece, in order: reports the findings, or fixes
 * each piece, hands the original and fixed piece to `write`, and reports what
 * the fixed piece still says.
 */
class TextRun {
  private readonly checker: PieceChecker;
  private readonly recheck: PieceChecker;
  private readonly placer = new Placer();
  private readonly findings: PlacedFinding[] = [];

  constructor(private readonly job: FileJob, private readonly write: (before: string, after: string) => Promise<void>) {
    const options = checkOptions(job.config, job.minConfidence);
    this.checker = new PieceChecker(job.config, options);
    this.recheck = new PieceChecker(job.config, options);
  }

  async piece(text: string): Promise<void> {
    const found = this.checker.check(text);
    if (!this.job.fix) {
      this.findings.push(...this.placer.add(text, found));
      return;
    }
    const fixed = applyFixes(text, found, this.job.fixMinConfidence).text;
    await this.write(text, fixed);
    if (this.job.fix === 'diff') this.findings.push(...this.placer.add(text, found));
    else this.findings.push(...this.placer.add(fixed, this.recheck.check(fixed)));
  }

  end(): PlacedFinding[] {
    this.findings.push(...this.placer.end());
    return this.findings;
  }
}

/** A file's bytes, or a stream of them when it is plain text over the threshold. */
async function readFileSource(file: string, streamAbove: number): Promise<Source> {
  try {
    // A file held whole is read synchronously: asynchronously it took five
    // trips to the thread pool, and 200 files left the thread idle 0.2 s.
    const s = statSync(file);
    if (s.isDirectory()) return { error: 'is a directory; name the files to check' };
    if (s.size > streamAbove) return { stream: (await open(file, 'r')).createReadStream({ highWaterMark: 1 << 20 }) };
    return { bytes: readFileSync(file) };
  } catch (err) {
    return { error: describeError(err) };
  }
}

/** Standard input held whole when it ends within the threshold, else streamed on from where it was read. */
async function readStdin(stdin: AsyncIterable<Uint8Array | string>, streamAbove: number): Promise<Source> {
  const it = stdin[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await it.next();
      if (next.done) return { bytes: Buffer.concat(head) };
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      head.push(chunk);
      size += chunk.length;
      if (size > streamAbove) break;
    }
  } catch (err) {
    return { error: describeError(err) };
  }
  async function* rest() {
    // Shifted out, so the head is freed as it goes.
    while (head.length) yield head.shift()!;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { stream: rest() };
}
