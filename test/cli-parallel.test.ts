import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLEAN_SENTENCES, GARBLED_SENTENCES } from './support.js';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'entlint.js');

function entlint(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Sentences of our own; some carry names as machine translation garbles them.
const CLEAN = [...CLEAN_SENTENCES, 'Teachers asked for smaller classes and more time to prepare lessons.'];
const GARBLED = [...GARBLED_SENTENCES, 'Mayor Ana Kovacevic-Brant opened the new library.'];

/** Forty articles of a few kilobytes, two in three with garbled names, one in a subfolder, one unreadable. */
function articles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entlint-par-'));
  for (let i = 0; i < 40; i++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 12; p++) {
      const sentences = Array.from({ length: 5 }, (_, s) => CLEAN[(i + p * 5 + s) % CLEAN.length]!);
      if (i % 3 !== 2 && p % 4 === i % 4) sentences.splice(2, 0, GARBLED[(i + p) % GARBLED.length]!);
      paragraphs.push(sentences.join(' '));
    }
    writeFileSync(join(dir, `article-${String(i).padStart(2, '0')}.txt`), paragraphs.join(i % 2 ? '\r\n\r\n' : '\n\n') + '\n');
  }
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x41, 0xff, 0x42]));
  writeFileSync(join(dir, 'house-people.jsonl'), '{"name":"Ana Kovačević-Brandt","aliases":["Ana Kovacevic-Brandt"],"short":["Kovačević-Brandt","Kovacevic-Brandt"],"role":"Mayor of Example","country":"HR"}\n');
  writeFileSync(join(dir, '.entlintrc.json'), JSON.stringify({ rules: { 'entity/place': 'off' }, ignore: ['article-07.txt'] }));
  return dir;
}

const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('worker threads', () => {
  const dir = articles();

  it.each(['json', 'stylish'])('give the same %s output and exit code as one thread', (format) => {
    const args = ['--format', format, '-d', 'house-people.jsonl', '.'];
    const serial = entlint(['--jobs', '1', '--debug', ...args], dir);
    const parallel = entlint(['--jobs', '2', '--debug', ...args], dir);
    expect(serial.stderr).toMatch(/checked in-process/);
    expect(parallel.stderr).toMatch(/2 worker threads/);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.code).toBe(serial.code);
    expect(parallel.code).toBe(2);
    // The unreadable file is one line of stderr, in both runs.
    const errors = (s: string) => s.split('\n').filter((l) => /broken\.txt/.test(l));
    expect(errors(parallel.stderr)).toEqual(['entlint: broken.txt: invalid UTF-8 at byte 1, not checked']);
    expect(errors(serial.stderr)).toEqual(errors(parallel.stderr));
    if (format === 'json') {
      const doc = JSON.parse(parallel.stdout);
      const found = doc.files.flatMap((f: { findings: { actual: string }[] }) => f.findings.map((x) => x.actual));
      for (const name of ['Deash', 'Sholtz', 'Kalyn', 'Putn', 'Lavrof', 'Kovacevic-Brant']) expect(found).toContain(name);
      expect(doc.files.map((f: { path: string }) => f.path)).not.toContain('article-07.txt');
    }
  });

  it('fix the files exactly as one thread does', () => {
    const a = mkdtempSync(join(tmpdir(), 'entlint-par-fix-'));
    const b = mkdtempSync(join(tmpdir(), 'entlint-par-fix-'));
    cpSync(dir, a, { recursive: true });
    cpSync(dir, b, { recursive: true });
    const serial = entlint(['--jobs', '1', '--fix', '--format', 'json', '-d', 'house-people.jsonl', '.'], a);
    const parallel = entlint(['--jobs', '2', '--fix', '--format', 'json', '-d', 'house-people.jsonl', '.'], b);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.code).toBe(serial.code);
    const fixed = filesOf(b);
    expect(fixed).toEqual(filesOf(a));
    expect(fixed['article-00.txt']).not.toEqual(filesOf(dir)['article-00.txt']);
    expect(fixed['article-00.txt']).toContain('Sergei Lavrov');
    // The ignored file is left as it was.
    expect(fixed['article-07.txt']).toEqual(filesOf(dir)['article-07.txt']);

    const diffs = [entlint(['--jobs', '1', '--fix-dry-run', '.'], dir), entlint(['--jobs', '2', '--fix-dry-run', '.'], dir)];
    expect(diffs[1]!.stdout).toBe(diffs[0]!.stdout);
    expect(diffs[0]!.stdout).toMatch(/^\+.*Sergei Lavrov/m);
  });

  it('stop with the same one-line error when a house dictionary is broken', () => {
    writeFileSync(join(dir, 'bad-people.jsonl'), '{"name":"A","rnak":1}\n');
    const serial = entlint(['--jobs', '1', '-d', 'bad-people.jsonl', '.'], dir);
    const parallel = entlint(['--jobs', '2', '-d', 'bad-people.jsonl', '.'], dir);
    expect(parallel.code).toBe(2);
    expect(serial.code).toBe(2);
    expect(parallel.stderr).toBe(serial.stderr);
    expect(parallel.stderr).toMatch(/bad-people\.jsonl:1: unknown field "rnak"/);
  });
});

describe('default worker threads', () => {
  it('are one per core, and none (in-process) on one core', async () => {
    const { workersFor } = await import('../src/cli/workers-for.js');
    expect([1, 2, 3, 4, 8].map(workersFor)).toEqual([1, 2, 3, 4, 8]);
  });
});

describe('JobRuns', () => {
  const handOut = async (jobs: number, threads: number, order: number[]) => {
    const { JobRuns } = await import('../src/cli/job-runs.js');
    const runs = new JobRuns(jobs, threads);
    const got: number[][] = Array.from({ length: threads }, () => []);
    for (let step = 0; ; step++) {
      const t = order[step % order.length]!;
      const id = runs.next(t);
      if (id === undefined) break;
      got[t]!.push(id);
    }
    return got;
  };

  it('give each thread a contiguous run of the jobs while it has one', async () => {
    expect(await handOut(10, 2, [0, 1])).toEqual([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
    expect(await handOut(9, 3, [0, 1, 2])).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
  });

  it('let a thread done with its run take the last jobs of the run with most left', async () => {
    // Thread 0 asks three times as often: it ends its run, then works back from the end of thread 1's.
    expect(await handOut(12, 2, [0, 0, 0, 1])).toEqual([[0, 1, 2, 3, 4, 5, 11, 10, 9], [6, 7, 8]]);
  });

  it('hand out every job exactly once, whatever the threads ask', async () => {
    for (const [jobs, threads] of [[0, 2], [1, 4], [5, 8], [200, 3]] as const) {
      const got = await handOut(jobs, threads, [2, 0, 0, 1, 2, 2, 0].map((t) => t % threads));
      expect(got.flat().sort((a, b) => a - b)).toEqual([...Array(jobs).keys()]);
    }
  });
});

describe('worker code cache', () => {
  it('lets a thread load the bundle compiled, under the V8 flags the pool gives threads', () => {
    const loader = join(import.meta.dirname, '..', 'bin', 'load-cli.js');
    // As bin/entlint.js and the pool: the bundle from its cache, then the threads' flags; then a thread loads it as dist/bundle/worker.js does.
    const script = `const { loadCli } = require(${JSON.stringify(loader)});
      loadCli().exports.tuneCompiler(false);
      const { Worker } = require('node:worker_threads');
      const w = new Worker('const { loadCli } = require(' + JSON.stringify(${JSON.stringify(loader)}) + '); require("node:worker_threads").parentPort.postMessage([loadCli(true).cacheRejected, loadCli(false).cacheRejected]);', { eval: true });
      w.on('message', (m) => { console.log(JSON.stringify(m)); process.exit(0); });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    // The threads' cache is taken; the launcher's own, made under V8's defaults, would not be.
    expect(JSON.parse(r.stdout)).toEqual([false, true]);
  });
});
