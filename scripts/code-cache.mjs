// Makes the V8 code caches of the bundled command line (bin/load-cli.js reads
// them): checks short articles in this process, as a pre-commit run would, then
// saves the bytecode of every function that run compiled; then the same under
// the flags worker threads run with, for them. Runs after the knowledge
// snapshot is compiled; a cache V8 rejects (another Node) is ignored.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import loader from '../bin/load-cli.js';

const { BUNDLE, cacheFileOf, loadCli } = loader;

const dir = new URL('../dist/bundle/', import.meta.url);
for (const f of readdirSync(dir)) if (f.endsWith('.cache')) rmSync(new URL(f, dir));

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const io = { stdin: process.stdin, stdout: sink(), stderr: sink(), env: {} };
// The fixtures: machine-translated, OCR'd and clean prose, each short enough
// to be one piece (a long text sets V8 flags, and a cache made under other
// flags is rejected).
const fixtures = ['mt-ru-security-forum.txt', 'ocr-shipping-news.txt', 'clean-diplomacy.txt'].map((f) => new URL(`../fixtures/${f}`, import.meta.url).pathname);
const source = readFileSync(BUNDLE, 'utf8');
const { exports, script } = loadCli();
for (const args of [fixtures, ['--format', 'json', ...fixtures]]) await exports.main(args, io);
writeFileSync(cacheFileOf(source), script.createCachedData());
// Worker threads inherit the flags the pool sets before they start: their
// cache is made under those, after the same checks.
exports.tuneCompiler(false);
const threads = loadCli(true);
await threads.exports.main(['--format', 'json', ...fixtures], io);
writeFileSync(cacheFileOf(source, true), threads.script.createCachedData());
