import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DICTIONARIES, BUNDLED_SNAPSHOT } from '../gazetteer/load.js';
import { crypto } from '../lazy-crypto.js';
import type { FileResult, PlacedFinding } from '../report/result.js';
import { sourceFiles } from '../snapshot/sources.js';
import type { FileJob } from './process-file.js';
import { writeFileAtomic } from './write-atomic.js';

/** Bumped when what the file holds changes shape. */
const FORMAT = 1;

/** What a file's check left: its findings and what it wrote to standard error (a warning). */
export interface Cached { findings: PlacedFinding[]; stderr: string }

interface Entry extends Cached { key: string }
interface Stored { format: number; run: string; files: Record<string, Entry> }

/**
 * Results of earlier runs, per file (--cache): one is reused while the file's
 * bytes and its job (configuration, house dictionaries, options) are what
 * they were, and the whole cache while entlint is (version, code, knowledge:
 * see runKey). An archive re-checked after a few edits checks only those.
 * Keyed by content, not file times, so a fresh checkout reuses it too.
 */
export class ResultCache {
  private readonly stamps = new Map<string, Promise<Stamp>>();

  private constructor(private readonly location: string, private readonly run: string, private readonly files: Record<string, Entry>) {}

  /** The cache at `location`; empty when there is none, it is unreadable, or another entlint wrote it. */
  static async open(location: string, version: string): Promise<ResultCache> {
    const run = await runKey(version);
    let files: Record<string, Entry> = {};
    try {
      const stored = JSON.parse(await readFile(location, 'utf8')) as Stored;
      if (stored.format === FORMAT && stored.run === run && typeof stored.files === 'object' && stored.files !== null) files = stored.files;
    } catch {
      // None yet, or not ours: start afresh (and write it anew).
    }
    return new ResultCache(location, run, files);
  }

  /** What the job's result depends on: undefined when it is not to be cached (standard input, an unreadable file). */
  async keyOf(job: FileJob): Promise<string | undefined> {
    if (job.file === '-' || job.error !== undefined) return undefined;
    const content = await contentHash(job.file);
    if (content === undefined) return undefined;
    const dictionaries = await Promise.all((job.config?.dictionaries ?? []).map((d) => this.stampOf(d.path)));
    const { config, minConfidence, quiet } = job;
    return sha1(JSON.stringify({ config, minConfidence, quiet: quiet ?? false, dictionaries, content }));
  }

  /** A house dictionary's stamp, taken once per run however many files use it. */
  private stampOf(path: string): Promise<Stamp> {
    let s = this.stamps.get(path);
    if (!s) this.stamps.set(path, (s = stamp(path)));
    return s;
  }

  get(job: FileJob, key: string): Cached | undefined {
    const e = this.files[resolve(job.file)];
    return e?.key === key ? { findings: e.findings, stderr: e.stderr } : undefined;
  }

  /** Records a result; one that failed (an input error) is checked again next time. */
  set(job: FileJob, key: string, result: FileResult, stderr: string): void {
    if (result.error === undefined) this.files[resolve(job.file)] = { key, findings: result.findings, stderr };
  }

  /**
   * Writes the cache (atomically: an interrupted run leaves the old one), its
   * folder made if need be; returns why it could not, as a cache is no result.
   */
  async save(): Promise<string | undefined> {
    const stored: Stored = { format: FORMAT, run: this.run, files: this.files };
    try {
      await mkdir(dirname(resolve(this.location)), { recursive: true });
      await writeFileAtomic(this.location, JSON.stringify(stored));
    } catch (err) {
      return (err as Error).message;
    }
    return undefined;
  }
}

/**
 * What entlint is, for a cache: its version, the code running (size and time
 * of this module: a rebuild changes them) and its knowledge (the snapshot's,
 * the dictionaries' sizes and times). Conservative: any rebuild starts afresh.
 */
async function runKey(version: string): Promise<string> {
  const files = [fileURLToPath(import.meta.url), BUNDLED_SNAPSHOT, ...sourceFiles(BUNDLED_DICTIONARIES).map((f) => join(BUNDLED_DICTIONARIES, f))];
  return sha1(JSON.stringify({ version, files: await Promise.all(files.map(stamp)) }));
}

/** A file's path, size and time; its path alone when it is not there. */
type Stamp = [string, number, number] | [string];

async function stamp(path: string): Promise<Stamp> {
  const s = await stat(path).catch(() => undefined);
  return s ? [path, s.size, s.mtimeMs] : [path];
}

const sha1 = (s: string) => crypto().createHash('sha1').update(s).digest('hex');

async function contentHash(file: string): Promise<string | undefined> {
  const hash = crypto().createHash('sha1');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}
