import { describe, expect, it } from 'vitest';
import { check, type Knowledge } from '../src/index.js';
import { smallKnowledge } from './support.js';

const WORDS = [
  'the', 'of', 'and', 'a', 'in', 'at', 'on', 'near', 'mine', 'rose', 'output', 'last', 'year', 'district', 'convoy', 'attacked', 'militants',
  'a', 'race', 'won', 'he', 'she', 'troops', 'entered', 'minerals', 'shares', 'fell', 'operation', 'camp', 'launched', 'army', 'fighters', 'left',
  'talks', 'were', 'held', 'for', 'with', 'to', 'from', 'by', 'was', 'is', 'it', 'they', 'their', 'its', 'new', 'week', 'said', 'officials',
];

const kb = smallKnowledge({
  people: [
    { name: 'Petr Čech', aliases: ['Petr Cech'], short: ['Čech', 'Cech'], role: 'Czech goalkeeper', country: 'CZ', rank: 1 },
    { name: 'Bruno Walter', short: ['Walter'], role: 'German conductor', country: 'DE', rank: 2 },
  ],
  places: [
    { name: 'Mombasa', kind: 'city', country: 'KE', rank: 2 },
    { name: 'Sudzha', kind: 'city', country: 'RU', rank: 2 },
    { name: 'Congo', kind: 'country', country: 'CG', rank: 1 },
    { name: 'Kenya', kind: 'country', country: 'KE', rank: 1 },
    { name: 'Uganda', kind: 'country', country: 'UG', rank: 1 },
    { name: 'Pakistan', kind: 'country', country: 'PK', rank: 1 },
  ],
  words: WORDS,
});
/** What a knowledge base reports of a text: each finding's words and first fix. */
const fixesIn = (k: Knowledge, minConfidence?: number) => (t: string) => check(t, { knowledge: k, minConfidence }).map((f) => [f.actual, f.expected[0]]);
const fixes = fixesIn(kb);

describe('where a name stands says what it names', () => {
  it('reads no place of another country into a name the text places in a country ("the Mambasa mine in Congo")', () => {
    expect(fixes('Output at the Mambasa mine rose last year.')).toEqual([['Mambasa', 'Mombasa']]);
    expect(fixes('Output at the Mambasa mine in Congo rose last year.')).toEqual([]);
    expect(fixes('Output at the Mambasa mine in Kenya rose last year.')).toEqual([['Mambasa', 'Mombasa']]);
  });
  it('makes a place less sure in a long text that names other countries and never its own ("Mambasa" in a report on Congo)', () => {
    const filler = 'Officials said the talks were held for a new week and they said it was held with their army. '.repeat(6);
    const text = (country: string) => `${filler}Troops entered Mambasa. ${country} officials said so.`;
    const confidence = (t: string) => check(t, { knowledge: kb, minConfidence: 0.3 }).find((f) => f.actual === 'Mambasa')?.confidence ?? 0;
    const own = confidence(text('Kenya'));
    const other = confidence(text('Congo'));
    expect(own).toBeGreaterThan(0);
    expect(other).toBeCloseTo(own - 0.1, 5);
    // A line too short to have named its country says nothing.
    expect(confidence('Troops entered Mambasa. Congo officials said so.')).toBeCloseTo(confidence('Troops entered Mambasa. Kenya officials said so.'), 5);
  });
  it('reads no person into a word before an administrative unit ("Kech district")', () => {
    expect(fixes('Militants attacked a convoy near Kech.')).toEqual([['Kech', 'Čech']]);
    expect(fixes('Militants attacked a convoy in Kech district of Pakistan.')).toEqual([]);
  });
  it('reads no place into a code name or a company ("Operation Sujaa", "Mombasha Minerals")', () => {
    expect(fixes('The army launched Sujaa last week.')).toEqual([['Sujaa', 'Sudzha']]);
    expect(fixes('The army launched Operation Sujaa last week.')).toEqual([]);
    expect(fixes('Shares of Mambasa fell.')).toEqual([['Mambasa', 'Mombasa']]);
    expect(fixes('Shares of Mambasa Minerals fell.')).toEqual([]);
  });
  it('hears no person in a word after an article or before an administrative unit ("the Vuelta", "Cu Kuin District")', () => {
    const scholz = { name: 'Olaf Scholz', short: ['Scholz'], role: 'Chancellor of Germany (2021–2025)', country: 'DE', rank: 1, garbled: ['Sholts'] };
    const heard = smallKnowledge({ people: [scholz], words: [...WORDS, 'spoke', 'television', 'arrived', 'warsaw'] });
    const found = fixesIn(heard);
    expect(found('Chancellor Sholts spoke on television. Silz arrived in Warsaw.')).toEqual([['Sholts', 'Scholz'], ['Silz', 'Scholz']]);
    expect(found('Chancellor Sholts spoke on television. The Silz arrived in Warsaw.')).toEqual([['Sholts', 'Scholz']]);
    expect(found('Chancellor Sholts spoke on television. Troops entered Silz district.')).toEqual([['Sholts', 'Scholz']]);
  });
  it('knows a "knownOnly" place as written, but reads no other word as it garbled', () => {
    const places = [{ name: 'Masinga', kind: 'city', country: 'KE', rank: 2 }, { name: 'Mombasa', kind: 'city', country: 'KE', rank: 2 }];
    const found = (knownOnly: boolean) => {
      const k = smallKnowledge({ places: places.map((p, i) => (i === 0 && knownOnly ? { ...p, knownOnly } : p)), words: WORDS });
      return fixesIn(k);
    };
    expect(found(false)('Troops entered Masenga last week.')).toEqual([['Masenga', 'Masinga']]);
    expect(found(true)('Troops entered Masenga last week.')).toEqual([]);
    // Known, it is no garble of a name a letter away.
    expect(found(true)('Troops entered Masinga last week.')).toEqual([]);
  });
  it('corrects no name towards a "knownOnly" place found through a word it shares ("Mubarak Al Kabeer")', () => {
    const places = [{ name: 'Mubarak al Kabir', kind: 'province', country: 'KW', rank: 3 }];
    const people = [{ name: 'Humayun Kabir', short: ['Kabir'], role: 'Indian politician', country: 'IN', rank: 3 }];
    const found = (knownOnly: boolean) => {
      const k = smallKnowledge({ people, places: places.map((p) => ({ ...p, knownOnly })), words: [...WORDS, 'work', 'began', 'port'] });
      return check('Work began at Mubarak Al Kabeer port.', { knowledge: k }).map((f) => [f.actual, f.expected[0]]);
    };
    expect(found(false)).toEqual([['Kabeer', 'Kabir']]);
    expect(found(true)).toEqual([]);
  });
  it('reads no person into a word before a building or after a place noun and "of" ("Myddelton Lodge", "the district of Sassoun")', () => {
    const people = [{ name: 'Siegfried Sassoon', short: ['Sassoon'], role: 'English poet', country: 'GB', rank: 1 }];
    const k = smallKnowledge({ people, words: [...WORDS, 'lodge', 'disorders', 'news', 'came'] });
    const found = fixesIn(k);
    expect(found('News came of disorders near Sassoun.')).toEqual([['Sassoun', 'Sassoon']]);
    expect(found('News came of disorders in the district of Sassoun.')).toEqual([]);
    expect(found('News came of disorders at Sassoun Lodge.')).toEqual([]);
  });
  it('reads no famous person into a name after a title they never held ("King Marke")', () => {
    const people = [{ name: 'Meghan Markle', short: ['Markle'], role: 'Duchess of Sussex', country: 'US', rank: 1 }];
    const k = smallKnowledge({ people, words: [...WORDS, 'sang', 'king', 'well'] });
    const found = fixesIn(k, 0.3);
    expect(found('He said Marke sang well.')).toEqual([['Marke', 'Markle']]);
    expect(found('He sang King Marke well.')).toEqual([]);
  });
  it('reads no name into a word written against a digit ("Moto2")', () => {
    const places = [{ name: 'Mokotów', aliases: ['Mokotow'], kind: 'city', country: 'PL', rank: 2 }];
    const k = smallKnowledge({ places, words: [...WORDS, 'moved', 'up'] });
    const found = fixesIn(k);
    expect(found('He moved up to Mokotov.')).toEqual([['Mokotov', 'Mokotów']]);
    expect(found('He moved up to Mokotov2.')).toEqual([]);
  });
  it('reads no place of another country into a word spelt in the syllables of a language whose country the text names ("Wanping")', () => {
    const places = [{ name: 'Wapping', kind: 'city', country: 'GB', rank: 2 }, { name: 'China', kind: 'country', country: 'CN', rank: 1 }];
    const k = smallKnowledge({ places, words: [...WORDS, 'shots', 'near', 'began', 'war', 'bridge'] });
    const found = fixesIn(k);
    expect(found('Shots near Wanping began the war.')).toEqual([['Wanping', 'Wapping']]);
    expect(found('Shots near Wanping began the war in China.')).toEqual([]);
  });
  it('reads no organisation into a word before a place\'s or a building\'s noun ("the Itoku market")', () => {
    const organisations = [{ name: 'Itochu', kind: 'company', country: 'JP', rank: 2 }];
    const k = smallKnowledge({ organisations, words: [...WORDS, 'shares', 'crowded', 'shoppers', 'market', 'rose'] });
    const found = fixesIn(k);
    expect(found('Shares of Itoku rose.')).toEqual([['Itoku', 'Itochu']]);
    expect(found('Shoppers crowded the Itoku market.')).toEqual([]);
  });
  it('reads no name without the letters of a Czech, Polish or Serbian name into one written with them ("Ljeviš")', () => {
    const people = [{ name: 'Carl Lewis', short: ['Lewis'], role: 'American sprinter', country: 'US', rank: 1 }];
    const k = smallKnowledge({ people, words: [...WORDS, 'ran', 'fast'] });
    const found = fixesIn(k);
    expect(found('He said Ljevis ran fast.')).toEqual([['Ljevis', 'Lewis']]);
    expect(found('He said Ljeviš ran fast.')).toEqual([]);
  });
  it('reads the longest names a run holds, not a short form that leaves a word over ("Sultan Haitham bin Tarik")', () => {
    const people = [{ name: 'Haitham bin Tariq', aliases: ['Haitham bin Tarik', 'Sultan Haitham bin Tariq'], short: ['Sultan Haitham', 'Haitham'], role: 'Sultan of Oman', country: 'OM', rank: 2 }];
    const k = smallKnowledge({ people, words: [...WORDS, 'under', 'debt', 'fell', 'sultan'] });
    const found = fixesIn(k);
    expect(found('Debt fell under Sultan Haitham bin Tarik.')).toEqual([]);
    expect(found('Debt fell under Sultan Haitham bin Tarick.')).toEqual([['Tarick', 'Tariq']]);
  });
});
