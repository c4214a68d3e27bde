import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
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
