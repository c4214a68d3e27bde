import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'entlint.js');

function entlint(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, input: opts.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entlint-wf-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const ARTICLE = 'Chancellor Sholtz met Ibrahim Kalyn in Ankara.\r\nGroups such as Deash were named.\r\n';

describe('--fix', () => {
  it('rewrites the file in place, keeps line endings and permissions, and a second run changes nothing', () => {
    const dir = workspace({ 'a.txt': ARTICLE });
    const file = join(dir, 'a.txt');
    chmodSync(file, 0o640);
    const first = entlint(['--fix', '--fix-min-confidence', '0.6', file]);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('Chancellor Scholz');
    expect(fixed).toContain('Kalin');
    expect(fixed).toContain('Daesh');
    expect(fixed.split('\r\n')).toHaveLength(3);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(first.code).toBe(0);
    const second = entlint(['--fix', '--fix-min-confidence', '0.6', file]);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(second.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('prints a unified diff with --fix-dry-run and leaves the file alone', () => {
    const dir = workspace({ 'a.txt': ARTICLE });
    const r = entlint(['--fix-dry-run', '--fix-min-confidence', '0.6', join(dir, 'a.txt')]);
    expect(r.stdout).toMatch(/^--- a\//m);
    expect(r.stdout).toMatch(/^\+Chancellor Scholz/m);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(ARTICLE);
    expect(r.code).toBe(1);
  });

  it('writes the corrected text to stdout for standard input', () => {
    const r = entlint(['--fix', '--fix-min-confidence', '0.6'], { input: ARTICLE });
    expect(r.stdout).toBe(ARTICLE.replace('Sholtz', 'Scholz').replace('Kalyn', 'Kalin').replace('Deash', 'Daesh'));
  });
});

describe('output formats', () => {
  it('sarif, github and checkstyle', () => {
    const dir = workspace({ 'a.txt': ARTICLE });
    const sarif = JSON.parse(entlint(['--format', 'sarif', join(dir, 'a.txt')]).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThanOrEqual(3);
    const gh = entlint(['--format', 'github', join(dir, 'a.txt')]).stdout.trim().split('\n');
    expect(gh[0]).toMatch(/^::(error|warning) file=.*a\.txt,line=1,col=12,/);
    expect(entlint(['--format', 'checkstyle', join(dir, 'a.txt')]).stdout).toMatch(/<checkstyle[^>]*>[\s\S]*<error line="1"/);
  });
});

describe('configuration', () => {
  it('is found upwards from the file and can turn rules off', () => {
    const dir = workspace({ '.entlintrc.json': JSON.stringify({ rules: { 'entity/person': 'off' } }), 'a.txt': ARTICLE });
    const doc = JSON.parse(entlint(['--format', 'json', join(dir, 'a.txt')]).stdout);
    const ids = doc.files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('entity/person');
    expect(ids).toContain('entity/organisation');
  });

  it('honours ignore words and --config', () => {
    const dir = workspace({ 'house.json': JSON.stringify({ ignoreWords: ['Deash', 'Sholtz', 'Kalyn'] }), 'a.txt': ARTICLE });
    const r = entlint(['--config', join(dir, 'house.json'), join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
  });

  it('applies the variant policy: a house style can flag an accepted form and accept a dated one', () => {
    const text = 'The envoy flew from Kiev to Swaziland.\n';
    const found = (config: object) => {
      const dir = workspace({ '.entlintrc.json': JSON.stringify(config), 'a.txt': text });
      return JSON.parse(entlint(['--format', 'json', join(dir, 'a.txt')]).stdout).files[0].findings.map((f: { ruleId: string; actual: string; expected: string[] }) => [f.ruleId, f.actual, f.expected[0]]);
    };
    expect(found({})).toEqual([['entity/dated-form', 'Swaziland', 'Eswatini']]);
    expect(found({ variants: { Kiev: 'flag', Swaziland: 'accept' } })).toEqual([['entity/dated-form', 'Kiev', 'Kyiv']]);
  });

  it('rejects a bad configuration with exit 2, naming the file and the problem', () => {
    const dir = workspace({ '.entlintrc.json': JSON.stringify({ minConfidence: 7 }), 'a.txt': ARTICLE });
    const r = entlint([join(dir, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.entlintrc\.json: "minConfidence" must be a number from 0 to 1/);
  });
});

describe('baseline', () => {
  it('records known findings and fails only on new ones, even after text moves', () => {
    const dir = workspace({ 'a.txt': ARTICLE });
    const file = join(dir, 'a.txt');
    const baseline = join(dir, 'baseline.json');
    expect(entlint(['--baseline', baseline, '--update-baseline', file]).code).toBe(0);
    writeFileSync(file, `A new first paragraph.\r\n\r\n${ARTICLE}`);
    expect(entlint(['--baseline', baseline, file]).code).toBe(0);
    writeFileSync(file, `${ARTICLE}Later, Foreign Minister Sergei Lavrof spoke.\r\n`);
    const r = entlint(['--baseline', baseline, '--format', 'json', file]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { actual: string }) => f.actual)).toEqual(['Lavrof']);
  });
});

describe('input formats and inline ignores', () => {
  it('checks only the prose of Markdown', () => {
    const md = '---\ntitle: Deash\n---\n\nGroups such as Deash were named.\n\n```\nDeash\n```\n\nSee `Deash` and [the report](https://example.org/Deash).\n';
    const dir = workspace({ 'a.md': md });
    const doc = JSON.parse(entlint(['--format', 'json', join(dir, 'a.md')]).stdout);
    expect(doc.files[0].findings.map((f: { offset: number }) => f.offset)).toEqual([md.indexOf('Deash were')]);
  });

  it('honours entlint-disable-next-line in plain text', () => {
    const text = 'entlint-disable-next-line\nGroups such as Deash were named.\nAgain, Deash.\n';
    const doc = JSON.parse(entlint(['--format', 'json'], { input: text }).stdout);
    expect(doc.files[0].findings.map((f: { offset: number }) => f.offset)).toEqual([text.lastIndexOf('Deash')]);
  });
});

describe('--ndjson', () => {
  it('streams one result line per document, in order, and exits 0 for pipelines', () => {
    const input = ['{"id":"a","text":"Chancellor Sholtz spoke."}', '{"id":2,"text":"All fine here."}', 'not json'].join('\n') + '\n';
    const r = entlint(['--ndjson'], { input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 3]);
    expect(lines[0].findings[0]).toMatchObject({ actual: 'Sholtz', expected: ['Scholz'], offset: 11 });
    expect(lines[1].findings).toEqual([]);
    expect(lines[2].error).toMatch(/invalid JSON/);
    expect(r.code).toBe(0);
  });
});

describe('--dictionary', () => {
  const house = '{"name":"Ana Kovačević-Brandt","aliases":["Ana Kovacevic-Brandt"],"short":["Kovačević-Brandt","Kovacevic-Brandt"],"role":"Mayor of Example","country":"HR"}\n';
  it('adds house entries (type from the prefix or the file name)', () => {
    const dir = workspace({ 'names.jsonl': house, 'house-people.jsonl': house });
    const text = 'Mayor Ana Kovacevic-Brant opened the bridge.\n';
    for (const arg of [`person:${join(dir, 'names.jsonl')}`, join(dir, 'house-people.jsonl')]) {
      const doc = JSON.parse(entlint(['--format', 'json', '-d', arg], { input: text }).stdout);
      expect(doc.files[0].findings.map((f: { expected: string[] }) => f.expected[0])).toEqual(['Kovačević-Brandt']);
    }
    expect(entlint(['--format', 'json'], { input: text }).code).toBe(0);
  });

  it('refuses a file whose type it cannot tell, and names the line of a broken entry', () => {
    const dir = workspace({ 'names.jsonl': house, 'bad-people.jsonl': '{"name":"A","rnak":1}\n' });
    expect(entlint(['-d', join(dir, 'names.jsonl')], { input: 'x\n' }).code).toBe(2);
    const bad = entlint(['-d', join(dir, 'bad-people.jsonl')], { input: 'x\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-people\.jsonl:1: unknown field "rnak"/);
  });
});

describe('--cache', () => {
  const cached = (dir: string, extra: string[] = []) => entlint(['--cache', '--cache-location', join(dir, 'cache.json'), '--format', 'json', ...extra, join(dir, 'docs')]);
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'entlint-cache-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'docs', 'b.txt'), 'The minister met officials in Ankara on Monday.\n');
    writeFileSync(join(dir, 'docs', 'empty.txt'), '');
    return dir;
  };
  /** Empties the findings the cache holds for docs/a.txt: a run that reports none for it read them from the cache. */
  const tamper = (dir: string) => {
    const file = join(dir, 'cache.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    stored.files[join(dir, 'docs', 'a.txt')].findings = [];
    writeFileSync(file, JSON.stringify(stored));
  };
  const findingsOf = (out: string, name: string) => JSON.parse(out).files.find((f: { path: string }) => f.path.endsWith(name)).findings.length;

  it('gives the report of a run without it, and reuses a file\'s result, warnings included, until the file changes', () => {
    const dir = setup();
    const plain = entlint(['--format', 'json', join(dir, 'docs')]);
    const first = cached(dir);
    expect(first.stdout).toBe(plain.stdout);
    expect(first.code).toBe(1);
    tamper(dir);
    const second = cached(dir);
    expect(findingsOf(second.stdout, 'a.txt')).toBe(0);
    expect(second.stderr).toBe(first.stderr);
    expect(second.stderr).toContain('empty.txt is empty');
    writeFileSync(join(dir, 'docs', 'a.txt'), `${ARTICLE}More text.\n`);
    expect(findingsOf(cached(dir).stdout, 'a.txt')).toBeGreaterThan(2);
  });

  it('checks again under other options or configuration, and starts afresh from a cache it cannot read', () => {
    const dir = setup();
    cached(dir);
    tamper(dir);
    expect(findingsOf(cached(dir, ['--min-confidence', '0.5']).stdout, 'a.txt')).toBeGreaterThan(2);
    tamper(dir);
    writeFileSync(join(dir, 'docs', '.entlintrc.json'), JSON.stringify({ ignoreWords: ['ankara'] }));
    expect(findingsOf(cached(dir).stdout, 'a.txt')).toBeGreaterThan(2);
    writeFileSync(join(dir, 'cache.json'), '{not json');
    const r = cached(dir);
    expect(findingsOf(r.stdout, 'a.txt')).toBeGreaterThan(2);
    expect(JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')).format).toBe(1);
  });

  it('makes its folder, and a cache it cannot write is a warning, not a failure', () => {
    const dir = setup();
    const deep = join(dir, 'cache', 'entlint.json');
    const r = entlint(['--cache', '--cache-location', deep, join(dir, 'docs')]);
    expect(JSON.parse(readFileSync(deep, 'utf8')).format).toBe(1);
    writeFileSync(join(dir, 'plain-file'), '');
    const blocked = entlint(['--cache', '--cache-location', join(dir, 'plain-file', 'cache.json'), join(dir, 'docs')]);
    expect(blocked.stderr).toMatch(/^entlint: warning: the cache was not saved: /m);
    expect([blocked.code, blocked.stdout]).toEqual([r.code, r.stdout]);
  });

  it('is not used by --fix', () => {
    const dir = setup();
    cached(dir);
    tamper(dir);
    entlint(['--cache', '--cache-location', join(dir, 'cache.json'), '--fix', '--fix-min-confidence', '0.6', join(dir, 'docs', 'a.txt')]);
    expect(readFileSync(join(dir, 'docs', 'a.txt'), 'utf8')).toContain('Chancellor Scholz');
  });
});

describe('ResultCache', () => {
  it('holds results for the entlint that wrote them only', async () => {
    const { ResultCache } = await import('../src/cli/result-cache.js');
    const dir = mkdtempSync(join(tmpdir(), 'entlint-cache-'));
    const location = join(dir, 'cache.json');
    writeFileSync(join(dir, 'a.txt'), 'Text.\n');
    const job = { file: join(dir, 'a.txt'), config: null, minConfidence: 0.6, fixMinConfidence: 0.8, streamAbove: Infinity };
    const one = await ResultCache.open(location, '1.0.0');
    const key = (await one.keyOf(job))!;
    one.set(job, key, { path: job.file, findings: [] }, 'a warning\n');
    await one.save();
    expect((await ResultCache.open(location, '1.0.0')).get(job, key)).toEqual({ findings: [], stderr: 'a warning\n' });
    expect((await ResultCache.open(location, '1.0.1')).get(job, key)).toBeUndefined();
    expect(await one.keyOf({ ...job, file: '-' })).toBeUndefined();
  });
});
