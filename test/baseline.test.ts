import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { createBaseline, filterByBaseline, formatBaseline, parseBaseline, type Baseline } from '../src/baseline.js';
import { readBaseline, writeBaseline } from '../src/cli/baseline-file.js';
import { ConfigError } from '../src/config/config.js';
import type { FileResult } from '../src/report/result.js';

const CWD = '/repo';
const ARTICLE = [
  'Groups such as Deash were named in the report.',
  'Chancellor Fridrikh Merts met Ibrahim Kalyn in Ankara.',
  '',
  'He called for a ceasefire in the gas sector, Hamas said.',
  '',
].join('\n');

const result = (text: string, path = 'articles/a.txt'): FileResult => ({ path, text, findings: check(text) });
const actuals = (results: FileResult[]) => results.flatMap((r) => r.findings.map((f) => f.actual));

describe('baselines', () => {
  const baseline = createBaseline([result(ARTICLE)], CWD);

  it('has findings to record', () => {
    expect(actuals([result(ARTICLE)])).toEqual(['Deash', 'Fridrikh Merts', 'Kalyn', 'gas sector']);
    expect(baseline.files['articles/a.txt']).toHaveLength(4);
  });

  it('hide the findings they record', () => {
    expect(actuals(filterByBaseline([result(ARTICLE)], baseline, CWD))).toEqual([]);
  });

  it('still know the findings after a paragraph is inserted above them', () => {
    const moved = result(`Editor's note: this article was translated from Russian.\nIt has been updated.\n\n${ARTICLE}`);
    expect(moved.findings[0]!.offset).toBeGreaterThan(result(ARTICLE).findings[0]!.offset);
    expect(actuals(filterByBaseline([moved], baseline, CWD))).toEqual([]);
  });

  it('report a garbled name added later, and nothing else', () => {
    const edited = result(`${ARTICLE}Later, Olaf Sholtz spoke to reporters.\n`);
    expect(actuals(filterByBaseline([edited], baseline, CWD))).toEqual(['Sholtz']);
  });

  it('report a second occurrence of a known finding', () => {
    const twice = result(`${ARTICLE}Groups such as Deash were named in the report.\n`);
    expect(actuals(filterByBaseline([twice], baseline, CWD))).toEqual(['Deash']);
  });

  it('match paths relative to the working directory, however they are written', () => {
    expect(actuals(filterByBaseline([result(ARTICLE, '/repo/articles/a.txt')], baseline, CWD))).toEqual([]);
    expect(actuals(filterByBaseline([result(ARTICLE, './articles/../articles/a.txt')], baseline, CWD))).toEqual([]);
    expect(actuals(filterByBaseline([result(ARTICLE, 'b.txt')], baseline, CWD))).toHaveLength(4);
    expect(actuals(filterByBaseline([result(ARTICLE, '/repo/articles/a.txt')], baseline, '/elsewhere'))).toHaveLength(4);
  });

  it('keep unreadable files and their errors as they are', () => {
    const unreadable: FileResult = { path: 'articles/a.txt', findings: [], error: 'no such file' };
    expect(filterByBaseline([unreadable], baseline, CWD)).toEqual([unreadable]);
    expect(createBaseline([unreadable], CWD).files).toEqual({});
  });
});

describe('baseline documents', () => {
  const b: Baseline = { version: 1, files: { 'z.txt': ['b2', 'a1'], 'a/b.txt': ['c3'] } };

  it('are sorted, one fingerprint per line, with a final newline', () => {
    const text = formatBaseline(b);
    expect(text).toBe('{\n  "version": 1,\n  "files": {\n    "a/b.txt": [\n      "c3"\n    ],\n    "z.txt": [\n      "a1",\n      "b2"\n    ]\n  }\n}\n');
    expect(formatBaseline({ version: 1, files: { 'a/b.txt': ['c3'], 'z.txt': ['a1', 'b2'] } })).toBe(text);
    expect(parseBaseline(text, 'x.json')).toEqual({ version: 1, files: { 'a/b.txt': ['c3'], 'z.txt': ['a1', 'b2'] } });
  });

  const bad: [string, string, string][] = [
    ['invalid JSON', '{"version":1,', 'invalid JSON'],
    ['an array', '[]', 'expected a JSON object'],
    ['another version', '{"version":2,"files":{}}', '"version" must be 1'],
    ['files not an object', '{"version":1,"files":[]}', '"files" must be an object'],
    ['fingerprints not strings', '{"version":1,"files":{"a.txt":[1]}}', '"files" entry "a.txt" must be an array of strings'],
    ['unknown fields', '{"version":1,"files":{},"extra":true}', 'unknown field "extra"'],
  ];
  for (const [name, json, detail] of bad) {
    it(`reject ${name}, naming the file`, () => {
      expect(() => parseBaseline(json, '.entlint-baseline.json')).toThrow(ConfigError);
      expect(() => parseBaseline(json, '.entlint-baseline.json')).toThrow(new RegExp(`^\\.entlint-baseline\\.json: .*${detail.replace(/[[\]"]/g, '.')}`));
    });
  }

  it('are written and read back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entlint-baseline-'));
    const file = join(dir, '.entlint-baseline.json');
    expect(await readBaseline(file)).toBeNull();
    await writeBaseline(file, b);
    expect(readFileSync(file, 'utf8')).toBe(formatBaseline(b));
    expect(await readBaseline(file)).toEqual(parseBaseline(formatBaseline(b), file));
    writeFileSync(file, '{"version":1}');
    await expect(readBaseline(file)).rejects.toThrow(`${file}: not an entlint baseline: "files" must be an object`);
    await expect(readBaseline(dir)).rejects.toThrow(`${dir}: is a directory`);
  });
});
