import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { smallKnowledge } from './support.js';

const kb = smallKnowledge({
  people: [
    { name: 'İbrahim Kalın', aliases: ['Ibrahim Kalin'], short: ['Kalın', 'Kalin'], role: 'Director of MİT', country: 'TR', rank: 1 },
    { name: 'Olaf Scholz', short: ['Scholz'], role: 'Chancellor of Germany (2021–2025)', country: 'DE', rank: 1 },
    { name: 'Joe Biden', short: ['Biden'], country: 'US', rank: 1 },
  ],
  organisations: [
    { name: 'Islamic State', aliases: ['Daesh', 'ISIS', 'ISIL'], kind: 'armed-group', rank: 1 },
    { name: "Kurdistan Workers' Party", aliases: ['PKK'], kind: 'armed-group', country: 'TR', rank: 1 },
    { name: 'National Intelligence Organization', aliases: ['MİT', 'MIT'], kind: 'intelligence', country: 'TR', rank: 1 },
    { name: 'State Security Service of Azerbaijan', aliases: ['State Security Service', 'SSS', 'DTX'], kind: 'intelligence', country: 'AZ' },
  ],
  places: [
    { name: 'Sahel', kind: 'region', rank: 1 },
    { name: 'Baden', kind: 'region', country: 'DE' },
    { name: 'Nice', kind: 'city', country: 'FR', ambiguous: true },
  ],
  phrases: [
    {
      id: 'ru-gaza', find: '[gas sector]', replace: 'Gaza Strip', why: 'сектор Газа',
      context: { any: ['ceasefire', 'Hamas'], scope: 'document' }, confidence: 0.9,
      examples: { flag: ['A ceasefire in the gas sector.'], pass: ['Jobs in the gas sector grew.'] },
    },
    {
      id: 'ru-peace-between', find: '[world] between {Name} and {Name}', replace: 'peace', why: 'мир = peace',
      examples: { flag: ['World between Armenia and Azerbaijan'], pass: ['A world between dreams and waking'] },
    },
  ],
});
const run = (text: string) => check(text, { knowledge: kb });
const fixes = (text: string) => run(text).map((f) => [f.actual, f.expected[0]]);

describe('entity misspellings', () => {
  it('leaves correct names and accepted variants alone', () => {
    expect(run('İbrahim Kalın met Ibrahim Kalin and Olaf Scholz. Kalin spoke. Daesh and ISIS were named.')).toEqual([]);
  });
  it('corrects a transliterated surname anchored by the exact given name, in the writer’s diacritic style', () => {
    expect(fixes('This was said by Ibrahim Kalyn in Baku.')).toEqual([['Kalyn', 'Kalin']]);
  });
  it('remembers a resolution for later bare mentions', () => {
    const f = run('Ibrahim Kalyn spoke in Baku. Later, Kalyn left.');
    expect(f.map((x) => x.actual)).toEqual(['Kalyn', 'Kalyn']);
  });
  it('flags garbled surnames alone, explaining the match', () => {
    const [f] = run('Chancellor Sholts said so.');
    expect(f).toMatchObject({ actual: 'Sholts', expected: ['Scholz'], kind: 'transliteration', entity: { name: 'Olaf Scholz', type: 'person' } });
    expect(f!.message).toContain('Olaf Scholz');
  });
  it('rereads another entity’s name when the given name vouches for a person', () => {
    expect(fixes('US President Joe Baden spoke.')).toEqual([['Baden', 'Biden']]);
    expect(run('The state of Baden is in Germany.')).toEqual([]);
  });
  it('does not turn demonyms and ordinary words into names', () => {
    expect(run('The Sahelian states met. Nice weather in Nice.')).toEqual([]);
  });
  it('flags swapped letters in organisation names', () => {
    expect(fixes('groups such as Deash and others')).toEqual([['Deash', 'Daesh']]);
  });
});

describe('homoglyphs and acronyms', () => {
  it('restores a Turkish İ lost to lower-casing', () => {
    expect(fixes('The head of Mi̇t called.')).toEqual([['Mi̇t', 'MİT']]);
  });
  it('reads Cyrillic look-alikes hidden in Latin words', () => {
    expect(fixes('the Рkk group')[0]?.[1]).toBeDefined();
  });
  it('maps acronyms transliterated from Cyrillic look-alikes back', () => {
    expect(fixes('groups such as RKK and Fetö.')).toEqual([['RKK', 'PKK']]);
  });
  it('flags a parenthesised acronym that does not belong to the name before it', () => {
    expect(fixes('organised by the State Security Service (SGB) of Azerbaijan.')).toEqual([['SGB', 'SSS']]);
    expect(run('organised by the State Security Service (SSS) of Azerbaijan.')).toEqual([]);
  });
});

describe('phrase rules', () => {
  it('applies context conditions', () => {
    expect(fixes('A ceasefire is needed in the gas sector.')).toEqual([['gas sector', 'Gaza Strip']]);
    expect(run('Jobs in the gas sector grew.')).toEqual([]);
  });
  it('flags only the bracketed part and keeps its case', () => {
    expect(fixes('World Between Armenia And Azerbaijan Will Bring Stability')).toEqual([['World', 'Peace']]);
  });
});

describe('confidence threshold', () => {
  it('drops findings below --min-confidence', () => {
    expect(check('Chancellor Sholts said so.', { knowledge: kb, minConfidence: 0.99 })).toEqual([]);
  });
});
