import { describe, expect, it } from 'vitest';
import { check, defaultKnowledge, readKnowledgeData, DataError, Knowledge, BUNDLED_DICTIONARIES } from '../src/index.js';
import { parseEntities } from '../src/gazetteer/parse-entities.js';
import { parsePhraseRules } from '../src/rules/phrase-rules.js';
import { parseNameSpellings } from '../src/match/confusions.js';
import { fold } from '../src/text/fold.js';

const data = readKnowledgeData();
const kb = defaultKnowledge();

describe('bundled gazetteers', () => {
  const count = (t: string) => data.entities.filter((e) => e.type === t).length;
  it('are large enough to matter', () => {
    expect(count('person')).toBeGreaterThanOrEqual(1500);
    expect(count('organisation')).toBeGreaterThanOrEqual(600);
    expect(count('place')).toBeGreaterThanOrEqual(1500);
  });
  it('take country names and subdivisions from the maintained ISO packages', () => {
    const forms = (name: string) => kb.gazetteer.forms.get(fold(name))?.map((f) => [f.entity.name, f.kind]);
    // i18n-iso-countries: an English name the curated entry lacked, as an accepted alias.
    expect(forms('Commonwealth of Australia')).toEqual([['Australia', 'alias']]);
    // iso-3166-2: a subdivision in its ISO romanisation, known and never flagged.
    expect(forms('Ternopilska oblast')).toEqual([['Ternopilska oblast', 'name']]);
    expect(check('Ternopilska oblast and Khmelnytska oblast border each other.', { knowledge: kb })).toEqual([]);
  });
  it('know the on / upon, hyphened and spaced spellings of English riverside towns, in OCR\'d text too', () => {
    const forms = (name: string) => kb.gazetteer.forms.get(fold(name))?.map((f) => [f.entity.name, f.kind]);
    expect(forms('Newcastle-on-Tyne')).toEqual([['Newcastle', 'alias']]);
    expect(check('The collier sailed from Newcastle-on-Tyne and Stratford on Avon.', { knowledge: kb })).toEqual([]);
    const ocr = 'tbe wbich tbat aro wero bo tho aud wheu bas '.repeat(3);
    // The names only: the words that make the text OCR output are misread words, for ocr/word.
    const found = check(`The coals came from Ncwcastle-on-Tyne, ${ocr}.`, { knowledge: kb }).filter((f) => f.ruleId !== 'ocr/word').map((f) => [f.actual, f.expected[0]]);
    expect(found).toEqual([['Ncwcastle-on-Tyne', 'Newcastle-on-Tyne']]);
  });
  it('have no duplicate ids and only NFC text', () => {
    const ids = new Map<string, string>();
    for (const e of data.entities) {
      expect(ids.has(e.id), `${e.id} at ${e.source} and ${ids.get(e.id)}`).toBe(false);
      ids.set(e.id, e.source);
      for (const s of [e.name, ...e.aliases, ...e.short, ...e.garbled]) expect(s).toBe(s.normalize('NFC'));
    }
  });
  it('never list a garbled form that is also an accepted form', () => {
    const accepted = new Set(data.entities.flatMap((e) => [e.name, ...e.aliases, ...e.short]).map(fold));
    const clashes = data.entities.flatMap((e) => e.garbled.filter((g) => accepted.has(fold(g))).map((g) => `${g} (${e.source})`));
    expect(clashes).toEqual([]);
  });
  it('never flag any entity’s own accepted forms', () => {
    const noisy: string[] = [];
    for (const e of data.entities) {
      for (const form of [e.name, ...e.aliases]) {
        const found = check(`${form} was mentioned.`, { knowledge: kb });
        if (found.length) noisy.push(`${form}: ${found.map((f) => f.actual + '→' + f.expected[0]).join(', ')}`);
      }
    }
    expect(noisy).toEqual([]);
  });
});

describe('phrase rules', () => {
  it('number at least 60, with unique ids', () => {
    expect(data.phrases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(data.phrases.map((r) => r.id)).size).toBe(data.phrases.length);
  });
  for (const rule of data.phrases) {
    it(`${rule.id}: flags its examples and passes its counter-examples`, () => {
      // The rule alone, without gazetteers: its examples must stand on the rule.
      const only = new Knowledge({ ...data, entities: [], phrases: [rule] });
      for (const s of rule.examples.flag) {
        const ids = check(s, { knowledge: only, minConfidence: 0 }).map((f) => f.ruleId);
        expect(ids, s).toContain(`phrase/${rule.id}`);
      }
      for (const s of rule.examples.pass) {
        const ids = check(s, { knowledge: only, minConfidence: 0 }).map((f) => f.ruleId);
        expect(ids, s).not.toContain(`phrase/${rule.id}`);
      }
    });
  }
});

describe('dictionary validation', () => {
  it('names the file and line of a broken entry', () => {
    const bad = '{"name":"Ok"}\n\n{"name": 3}\n';
    expect(() => parseEntities(bad, 'people/x.jsonl', 'place')).toThrow(/people\/x\.jsonl:3: "name" must be a string/);
    expect(() => parseEntities('{"name":"A","colour":"red"}', 'p.jsonl', 'place')).toThrow(/p\.jsonl:1: unknown field "colour"/);
    expect(() => parseEntities('{"name":"A",', 'p.jsonl', 'place')).toThrow(DataError);
    expect(() => parseEntities('{"name":"Kale\u0301"}', 'p.jsonl', 'place')).toThrow(/not NFC/);
    expect(() => parseEntities('{"name":"Osei Tutu II","short":["II"]}', 'p.jsonl', 'person')).toThrow(/p\.jsonl:1: "short" "II" is a regnal number/);
    // Nor is a regnal number a person's short form by default.
    expect(parseEntities('{"name":"Osei Tutu II"}\n{"name":"Ada Lovelace"}', 'p.jsonl', 'person').map((e) => e.short)).toEqual([[], ['Lovelace']]);
  });
  it('names the file and line of a "knownOnly" that is no boolean', () => {
    expect(parseEntities('{"name":"Afder Zone","knownOnly":true}', 'p.jsonl', 'place')[0]!.knownOnly).toBe(true);
    expect(() => parseEntities('{"name":"A"}\n{"name":"Afder Zone","knownOnly":"yes"}', 'p.jsonl', 'place')).toThrow(/p\.jsonl:2: "knownOnly" must be true or false/);
  });
  it('names the file and line of a given-name spelling that is not one word', () => {
    expect(parseNameSpellings('# c\nDzhordzh\tGeorge\tДжордж\nZhan-Klod\tJean-Claude\n', 'g.tsv')).toEqual([
      { spelling: 'dzhordzh', name: 'george', why: 'Джордж' }, { spelling: 'zhan-klod', name: 'jean-claude', why: '' },
    ]);
    expect(() => parseNameSpellings('Dzhordzh\tGeorge\nDzhon Smit\tJohn\n', 'g.tsv')).toThrow(/g\.tsv:2: expected one word/);
    expect(() => parseNameSpellings('Dzhordzh\n', 'g.tsv')).toThrow(/g\.tsv:1: expected 2 tab-separated columns/);
  });
  it('rejects phrase rules with broken patterns or no examples', () => {
    expect(() => parsePhraseRules('{"id":"x","find":"[a b","replace":"c","why":"w","examples":{"flag":["a b"]}}', 'r.jsonl')).toThrow(/r\.jsonl:1: unbalanced/);
    expect(() => parsePhraseRules('{"id":"x","find":"a","replace":"c","why":"w"}', 'r.jsonl')).toThrow(/r\.jsonl:1: missing "examples"/);
  });
});

describe('word lists', () => {
  it('load the names of languages, peoples and festivals, and reject a line that is not one lower-case word, naming file and line', async () => {
    expect(data.culturalNames).toEqual(expect.arrayContaining(['pashto', 'kannada', 'luganda', 'tharu', 'muharram']));
    const { cpSync, mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'entlint-dict-'));
    cpSync(join(BUNDLED_DICTIONARIES, 'confusions'), join(dir, 'confusions'), { recursive: true });
    mkdirSync(join(dir, 'cultural-names'));
    writeFileSync(join(dir, 'cultural-names', 'extra.txt'), '# comment\npashto\nKannada\n');
    expect(() => readKnowledgeData(dir)).toThrow(/cultural-names[\\/]extra\.txt:3: expected one lower-case word, got "Kannada"/);
  });
});
