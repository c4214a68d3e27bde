import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, DataError, Knowledge, readKnowledgeData } from '../src/index.js';
import { applyRuleSettings, ConfigError, isIgnoredPath, validateConfig, type EntlintConfig } from '../src/config/config.js';
import { configLoader, readHouseDictionaries } from '../src/config/load-config.js';
import type { Finding } from '../src/types.js';

const root = mkdtempSync(join(tmpdir(), 'entlint-config-'));
/** Writes a file under the temp root (creating folders); returns its absolute path. */
function put(rel: string, content: unknown): string {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

describe('config discovery', () => {
  const top = put('.entlintrc.json', { minConfidence: 0.7 });
  const near = put('a/near/.entlintrc', { minConfidence: 0.9 });
  const pkg = put('pkg/package.json', { name: 'articles', entlint: { minConfidence: 0.5 } });
  put('nokey/package.json', { name: 'other' });
  const named = put('named/entlint.config.json', { minConfidence: 0.4 });

  it('applies a config in a parent folder to files in child folders', async () => {
    const config = await configLoader().forFile(join(root, 'a/b/c/article.txt'));
    expect(config?.filepath).toBe(top);
    expect(config?.minConfidence).toBe(0.7);
  });

  it('lets the nearest config win', async () => {
    const config = await configLoader().forFile(join(root, 'a/near/deeper/article.txt'));
    expect(config?.filepath).toBe(near);
    expect(config?.minConfidence).toBe(0.9);
  });

  it('reads an "entlint" key in package.json, and looks past a package.json without one', async () => {
    const loader = configLoader();
    expect((await loader.forFile(join(root, 'pkg/sub/article.txt')))?.filepath).toBe(pkg);
    expect((await loader.forFile(join(root, 'nokey/article.txt')))?.filepath).toBe(top);
  });

  it('finds entlint.config.json', async () => {
    expect((await configLoader().forFile(join(root, 'named/article.txt')))?.filepath).toBe(named);
  });

  it('looks each folder up once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entlint-cache-'));
    const rc = join(dir, '.entlintrc.json');
    writeFileSync(rc, JSON.stringify({ minConfidence: 0.8 }));
    const loader = configLoader();
    const first = await loader.forFile(join(dir, 'one.txt'));
    rmSync(rc);
    const second = await loader.forFile(join(dir, 'two.txt'));
    expect(second).toBe(first);
    expect(await configLoader().forFile(join(dir, 'two.txt'))).not.toEqual(first);
  });

  it('names the file and line of a JSON syntax error', async () => {
    const bad = put('broken/.entlintrc.json', '{\n  "minConfidence": 0.5,\n}\n');
    await expect(configLoader().forFile(join(bad, '../article.txt'))).rejects.toThrow(`${bad}:3: invalid JSON`);
  });
});

describe('an explicit config file (--config)', () => {
  it('loads any JSON file and resolves its paths against its own folder', async () => {
    const file = put('elsewhere/team-settings.json', { dictionaries: [{ path: 'house/people.jsonl', type: 'person' }] });
    const config = await configLoader().fromFile(file);
    expect(config.filepath).toBe(file);
    expect(config.dictionaries).toEqual([{ path: join(root, 'elsewhere/house/people.jsonl'), type: 'person' }]);
  });

  it('reads the "entlint" key of a package.json', async () => {
    expect((await configLoader().fromFile(join(root, 'pkg/package.json'))).minConfidence).toBe(0.5);
  });

  it('says which file is missing, unusable or invalid', async () => {
    const missing = join(root, 'nope.json');
    await expect(configLoader().fromFile(missing)).rejects.toThrow(`${missing}: no such configuration file`);
    const yaml = put('conf.yaml', 'minConfidence: 1');
    await expect(configLoader().fromFile(yaml)).rejects.toThrow(`${yaml}: configuration files are JSON`);
    await expect(configLoader().fromFile(join(root, 'nokey/package.json'))).rejects.toThrow('has no "entlint" key');
    const wrong = put('wrong/x.json', { minConfidence: '0.5' });
    await expect(configLoader().fromFile(wrong)).rejects.toThrow(`${wrong}: "minConfidence" must be a number from 0 to 1`);
  });
});

describe('config validation', () => {
  const file = '/articles/.entlintrc.json';
  const cases: [string, unknown, string][] = [
    ['not an object', [1, 2], 'the configuration must be a JSON object'],
    ['unknown option', { minConfidense: 0.5 }, 'unknown option "minConfidense"'],
    ['confidence out of range', { minConfidence: 1.5 }, '"minConfidence" must be a number from 0 to 1'],
    ['fix confidence of the wrong type', { fixMinConfidence: '0.9' }, '"fixMinConfidence" must be a number from 0 to 1'],
    ['rules not an object', { rules: ['entity'] }, '"rules" must be an object'],
    ['bad rule setting', { rules: { entity: 'warn' } }, '"rules.entity" must be "off", "warning" or "error", got "warn"'],
    ['bad rule id', { rules: { 'Entity Person': 'off' } }, '"rules" has an invalid rule id "Entity Person"'],
    ['ignoreWords not strings', { ignoreWords: ['Kalyn', 3] }, '"ignoreWords" must be an array of non-empty strings'],
    ['ignoreRules not arrays', { ignoreRules: { entity: 'Kalyn' } }, '"ignoreRules.entity" must be an array'],
    ['dictionary as a bare path', { dictionaries: ['house.jsonl'] }, '"dictionaries[0]" must be an object'],
    ['dictionary without a type', { dictionaries: [{ path: 'house.jsonl' }] }, '"dictionaries[0].type" must be one of'],
    ['dictionary with an unknown field', { dictionaries: [{ path: 'h.jsonl', type: 'place', lang: 'ru' }] }, '"dictionaries[0]" has an unknown field "lang"'],
    ['ignore not an array', { ignore: 'drafts/**' }, '"ignore" must be an array of glob patterns'],
    ['absolute ignore pattern', { ignore: ['/etc/**'] }, '"ignore" patterns are relative'],
    ['variants not an object', { variants: ['Kiev'] }, '"variants" must be an object'],
    ['bad variant policy', { variants: { Kiev: 'allow' } }, '"variants.Kiev" must be "accept" or "flag", got "allow"'],
  ];
  for (const [name, raw, detail] of cases) {
    it(`rejects ${name}, naming the file`, () => {
      let error: unknown;
      try {
        validateConfig(raw, file);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(`${file}: ${detail}`);
    });
  }

  it('names the "entlint" key when the config is in package.json', () => {
    expect(() => validateConfig({ bogus: 1 }, '/articles/package.json')).toThrow('/articles/package.json: "entlint" key: unknown option "bogus"');
  });

  it('accepts a full config and resolves dictionary paths', () => {
    const config = validateConfig({
      minConfidence: 0, fixMinConfidence: 1,
      rules: { entity: 'error', 'phrase/ru-gaza-strip-gas-sector': 'off' },
      ignoreWords: ['  Gas\nSector '], ignoreRules: { acronym: ['RKK'] },
      dictionaries: [{ path: '../shared/house.jsonl', type: 'phrases' }],
      ignore: ['drafts/**'],
    }, file);
    expect(config).toMatchObject({
      minConfidence: 0, fixMinConfidence: 1, ignoreWords: ['gas sector'], ignoreRules: { acronym: ['rkk'] },
      dictionaries: [{ path: '/shared/house.jsonl', type: 'phrases' }],
    });
  });
});

function finding(ruleId: string, actual: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, kind: 'transliteration', severity, message: '', offset: 0, length: actual.length, actual, expected: ['x'], confidence: 0.9 };
}
const config = (raw: object): EntlintConfig => validateConfig(raw, '/articles/.entlintrc.json');

describe('rule settings', () => {
  const findings = [
    finding('entity/person', 'Kalyn'),
    finding('entity/organisation', 'Deash'),
    finding('entity/place', 'Kiyv', 'warning'),
    finding('phrase/ru-gaza-strip-gas-sector', 'gas sector'),
    finding('phrase/ru-prisoner-exchange-metabolism', 'metabolism'),
    finding('acronym/script', 'RKK'),
  ];
  const summary = (fs: Finding[]) => fs.map((f) => `${f.actual}:${f.severity}`);

  it('turns rules off and sets severities, the most specific key winning', () => {
    const out = applyRuleSettings(findings, config({
      rules: { entity: 'off', 'entity/place': 'error', phrase: 'warning', 'phrase/ru-prisoner-exchange-metabolism': 'off', acronym: 'warning' },
    }));
    expect(summary(out)).toEqual(['Kiyv:error', 'gas sector:warning', 'RKK:warning']);
  });

  it('matches prefixes by whole segments only', () => {
    const out = applyRuleSettings([finding('entity/person', 'Kalyn'), finding('entity-extra/x', 'Foo')], config({ rules: { entity: 'off' } }));
    expect(summary(out)).toEqual(['Foo:error']);
  });

  it('never flags ignoreWords, whatever the case', () => {
    const out = applyRuleSettings(findings, config({ ignoreWords: ['kalyn', 'GAS SECTOR'] }));
    expect(summary(out)).toEqual(['Deash:error', 'Kiyv:warning', 'metabolism:error', 'RKK:error']);
  });

  it('ignores words for the named rules only', () => {
    const out = applyRuleSettings(
      [finding('acronym/script', 'RKK'), finding('homoglyph/mixed-script', 'RKK'), finding('entity/person', 'Kalyn'), finding('entity/place', 'Kalyn')],
      config({ ignoreRules: { acronym: ['rkk'], 'entity/person': ['Kalyn'] } }),
    );
    expect(out.map((f) => f.ruleId)).toEqual(['homoglyph/mixed-script', 'entity/place']);
  });

  it('leaves findings alone without settings', () => {
    expect(applyRuleSettings(findings, config({}))).toEqual(findings);
  });

  it('applies to real findings', () => {
    const text = 'He called for a ceasefire in the gas sector, Hamas said. Ibrahim Kalyn agreed.';
    const found = check(text);
    expect(found.map((f) => f.ruleId)).toEqual(['phrase/ru-gaza-strip-gas-sector', 'entity/person']);
    const out = applyRuleSettings(found, config({ rules: { 'phrase/ru-gaza-strip-gas-sector': 'warning', entity: 'off' } }));
    expect(summary(out)).toEqual(['gas sector:warning']);
  });
});

describe('ignore globs', () => {
  const c = config({ ignore: ['drafts', '**/*.draft.md', 'archive/20??/*.txt', 'notes/**'] });
  const cases: [string, boolean][] = [
    ['/articles/drafts/a.txt', true],
    ['/articles/drafts/deep/b.md', true],
    ['/articles/drafts.txt', false],
    ['/articles/x.draft.md', true],
    ['/articles/news/2024/x.draft.md', true],
    ['/articles/news/x.md', false],
    ['/articles/archive/2019/a.txt', true],
    ['/articles/archive/2019/deep/a.txt', false],
    ['/articles/archive/19/a.txt', false],
    ['/articles/archive/2019a/a.txt', false],
    ['/articles/notes/a/b/c.txt', true],
    ['/elsewhere/drafts/a.txt', false],
  ];
  for (const [file, ignored] of cases) {
    it(`${ignored ? 'ignores' : 'checks'} ${file}`, () => expect(isIgnoredPath(c, file)).toBe(ignored));
  }

  it('reaches outside the config folder only with a pattern that climbs out', () => {
    expect(isIgnoredPath(config({ ignore: ['**/*.txt'] }), '/other/a.txt')).toBe(false);
    expect(isIgnoredPath(config({ ignore: ['../other/*.txt'] }), '/other/a.txt')).toBe(true);
  });

  it('escapes regular-expression characters', () => {
    const c2 = config({ ignore: ['a+b (1).txt'] });
    expect(isIgnoredPath(c2, '/articles/a+b (1).txt')).toBe(true);
    expect(isIgnoredPath(c2, '/articles/aab (1).txt')).toBe(false);
  });
});

describe('house dictionaries', () => {
  const data = readKnowledgeData();
  const GARBLED = 'The mayor, Ana Kovacevic-Brant, said the budget was approved.';

  it('teach the checker a local official, and a house phrase rule', async () => {
    put('house/.entlintrc.json', {
      dictionaries: [{ path: 'dict/house-people.jsonl', type: 'person' }, { path: 'dict/house-phrases.jsonl', type: 'phrases' }],
    });
    put('house/dict/house-people.jsonl', '# Tuzla city hall\n{"name":"Ana Kovačević-Brandt","role":"Mayor of Tuzla","country":"BA","rank":3}\n');
    put('house/dict/house-phrases.jsonl', `${JSON.stringify({
      id: 'house-city-hall', find: '[town soviet]', replace: 'city council', why: 'house style',
      examples: { flag: ['The town soviet met on Monday.'], pass: [] },
    })}\n`);
    const house = readHouseDictionaries((await configLoader().forFile(join(root, 'house/2025/article.txt')))!);
    expect(house.entities.map((e) => e.source)).toEqual([`${join(root, 'house/dict/house-people.jsonl')}:2`]);

    const before = new Knowledge(data);
    expect(check(GARBLED, { knowledge: before })).toEqual([]);
    const kb = new Knowledge({ ...data, entities: [...data.entities, ...house.entities], phrases: [...data.phrases, ...house.phrases] });
    const found = check(`${GARBLED} The town soviet met on Monday.`, { knowledge: kb });
    expect(found.map((f) => [f.actual, f.expected[0]])).toEqual([['Kovacevic-Brant', 'Kovačević-Brandt'], ['town soviet', 'city council']]);
    expect(check('The mayor, Ana Kovačević-Brandt, said the budget was approved.', { knowledge: kb })).toEqual([]);
  });

  it('name the broken file and line', () => {
    const file = put('broken-house/people.jsonl', '{"name":"Ana Kovačević-Brandt"}\n{"name":"Mirza Hodžić","rnak":2}\n');
    const c = validateConfig({ dictionaries: [{ path: 'people.jsonl', type: 'person' }] }, join(root, 'broken-house/.entlintrc.json'));
    let error: unknown;
    try {
      readHouseDictionaries(c);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ file, line: 2 });
    expect((error as Error).message).toBe(`${file}:2: unknown field "rnak"`);
  });

  it('name the config when a dictionary is missing', () => {
    const rc = join(root, 'missing-house/.entlintrc.json');
    const c = validateConfig({ dictionaries: [{ path: 'gone.jsonl', type: 'place' }] }, rc);
    expect(() => readHouseDictionaries(c)).toThrow(`${rc}: dictionary ${join(root, 'missing-house/gone.jsonl')} cannot be read: no such file`);
  });
});
