import { spawnSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'entlint.js');
const dir = mkdtempSync(join(tmpdir(), 'entlint-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

function entlint(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GARBLED = 'Groups such as Deash and al-Qaeda were named.\n';
const CLEAN = 'Groups such as Daesh and al-Qaeda were named.\n';

describe('entlint CLI', () => {
  it('exits 1 with findings and 0 without, in stylish format by default', () => {
    const bad = entlint([file('bad.txt', GARBLED)]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('1:16');
    expect(bad.stdout).toContain('Daesh');
    expect(bad.stdout).toMatch(/\^{5}/);
    expect(bad.stdout).toMatch(/1 problem/);
    const good = entlint([file('good.txt', CLEAN)]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('no problems');
  });

  it('prints the JSON contract with UTF-16 offsets and line/column', () => {
    const r = entlint(['--format', 'json', file('bad.txt', GARBLED)]);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    const [f] = doc.files[0].findings;
    expect(f).toMatchObject({ ruleId: 'entity/organisation', actual: 'Deash', offset: 15, length: 5, line: 1, column: 16, endLine: 1, endColumn: 21 });
    expect(f.expected[0]).toBe('Daesh');
    expect(f.confidence).toBeGreaterThan(0.6);
    expect(['error', 'warning']).toContain(f.severity);
  });

  it('reads piped stdin and "-" as <stdin>', () => {
    for (const args of [['--format', 'json'], ['-', '--format', 'json']]) {
      const r = entlint(args, GARBLED);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).files[0].path).toBe('<stdin>');
    }
  });

  it('reports a missing file, a binary file and invalid UTF-8 in one line each, and still checks the rest', () => {
    const r = entlint([
      join(dir, 'missing.txt'),
      file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
      file('latin1.txt', Buffer.from([0x45, 0x72, 0x64, 0x6f, 0xf0, 0x61, 0x6e])),
      file('bad2.txt', GARBLED),
    ]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/missing\.txt: no such file/);
    expect(lines[1]).toMatch(/bin\.dat: binary file/);
    expect(lines[2]).toMatch(/latin1\.txt: invalid UTF-8 at byte 4/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.stdout).toContain('Deash');
  });

  it('checks the files under a directory it understands, recursively and in sorted order', () => {
    const root = join(dir, 'docs');
    for (const d of ['b', 'a/deep', '.git', 'node_modules/pkg', 'drafts']) mkdirSync(join(root, d), { recursive: true });
    const put = (name: string, text: string) => writeFileSync(join(root, name), text);
    put('b/z.md', `# Title\n\n${GARBLED}`);
    put('a/deep/y.html', `<p>${GARBLED}</p>\n`);
    put('a/x.txt', GARBLED);
    put('a-c.txt', CLEAN);
    put('notes.rtf', GARBLED);
    put('.git/COMMIT_EDITMSG.txt', GARBLED);
    put('node_modules/pkg/README.md', GARBLED);
    put('drafts/d.txt', GARBLED);
    put('.entlintrc.json', JSON.stringify({ ignore: ['drafts'] }));
    const r = entlint(['--format', 'json', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path.slice(root.length + 1));
    expect(paths).toEqual(['a-c.txt', 'a/deep/y.html', 'a/x.txt', 'b/z.md']);
  });

  it('warns about a directory with nothing to check, without failing', () => {
    const empty = join(dir, 'empty-dir');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'image.png'), Buffer.from([0x89, 0x50]));
    const r = entlint([empty]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/warning: .*empty-dir has no files to check/)]);
  });

  it('handles empty input, a BOM and CRLF line endings', () => {
    const empty = entlint([file('empty.txt', '')]);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toMatch(/empty/);
    const r = entlint(['--format', 'json', file('bom.txt', '\uFEFFFirst line.\r\nGroups such as Deash met.\r\n')]);
    const [f] = JSON.parse(r.stdout).files[0].findings;
    expect(f).toMatchObject({ actual: 'Deash', line: 2, column: 16, offset: 29 });
  });

  it('filters by --min-confidence and --quiet', () => {
    expect(entlint(['--min-confidence', '1', file('bad.txt', GARBLED)]).code).toBe(0);
    expect(entlint(['--min-confidence', 'lots', file('bad.txt', GARBLED)]).code).toBe(2);
    const quiet = entlint(['--quiet', '--format', 'json', file('bad.txt', GARBLED)]);
    for (const f of JSON.parse(quiet.stdout).files[0].findings) expect(f.severity).toBe('error');
  });

  it('uses colour only when asked or on a terminal', () => {
    expect(entlint([file('bad.txt', GARBLED)]).stdout).not.toMatch(/\x1b\[/);
    expect(entlint(['--color', file('bad.txt', GARBLED)]).stdout).toMatch(/\x1b\[/);
    expect(entlint(['--color', '--no-color', file('bad.txt', GARBLED)]).stdout).not.toMatch(/\x1b\[/);
  });

  it('answers --version, --help and unknown options', () => {
    expect(entlint(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = entlint(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    const bad = entlint(['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option/);
  });

  it('stays quiet when stdout closes early (entlint big.txt | head -1)', async () => {
    const big = file('big.txt', GARBLED.repeat(20000));
    const child = spawn(process.execPath, [BIN, big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((res) => child.on('close', res));
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });

  // A pre-commit run checks one short file: what only many files, fixes or
  // colour need must not load (each costs milliseconds). node:v8 loads on
  // every run: the compiler settings it sets (tuneCompiler) save more than
  // it costs even on one line.
  it('loads no heavy built-in module for one short file', () => {
    const spy = 'process.on("exit",()=>process.stderr.write(JSON.stringify(process.moduleLoadList.filter((m)=>/^NativeModule (crypto|worker_threads|tty|child_process)$/.test(m)))))';
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', `data:text/javascript,${spy}`, BIN, ...args], { encoding: 'utf8' });
    const short = run([file('short.txt', GARBLED)]);
    expect(short.status).toBe(1);
    expect(JSON.parse(short.stderr)).toEqual([]);
    // Colour loads chalk's terminal probe.
    const long = run(['--color', file('long.txt', `${CLEAN}\n`.repeat(2000))]);
    expect(JSON.parse(long.stderr)).toEqual(expect.arrayContaining(['NativeModule tty']));
  });

  it('says in one line that it is not built when the bundle is missing', () => {
    const bin = join(dir, 'unbuilt', 'bin');
    mkdirSync(bin, { recursive: true });
    for (const f of ['entlint.js', 'load-cli.js', 'package.json']) copyFileSync(join(import.meta.dirname, '..', 'bin', f), join(bin, f));
    const r = spawnSync(process.execPath, [join(bin, 'entlint.js'), file('unbuilt.txt', CLEAN)], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/main\.js is missing: build entlint first \(npm run build\)$/)]);
  });

  // The build's code cache spares every run compiling the bundle; a cache
  // made for other source must never be read.
  it('compiles the bundled command line from the code cache of its own build', () => {
    const loader = join(import.meta.dirname, '..', 'bin', 'load-cli.js');
    const probe = `const l = require(${JSON.stringify(loader)}); const { exports, cacheRejected } = l.loadCli();
      console.log(JSON.stringify({ cacheRejected, main: typeof exports.main, a: l.cacheFileOf('// entlint build 0a1b\\nx'), b: l.cacheFileOf('// entlint build 2c3d\\nx'), none: l.cacheFileOf('x') ?? null }))`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    const out = JSON.parse(r.stdout);
    expect(out.cacheRejected).toBe(false);
    expect(out.main).toBe('function');
    expect(out.a).toMatch(/main-0a1b\.cache$/);
    expect(out.b).not.toBe(out.a);
    expect(out.none).toBeNull();
  });
});
