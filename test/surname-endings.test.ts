import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, BUNDLED_DICTIONARIES } from '../src/index.js';
import { otherSurname, parseSurnameEndings } from '../src/match/surname-endings.js';
import { smallKnowledge } from './support.js';

const file = join(BUNDLED_DICTIONARIES, 'confusions', 'surname-endings.tsv');
const endings = new Map(parseSurnameEndings(readFileSync(file, 'utf8'), file).map((e) => [e.ending, e.family]));

describe('surname endings', () => {
  it('tells names apart by endings of two families, or unlike letters before one', () => {
    expect(otherSurname(endings, 'lazarescu', 'lazarenko', false)).toBe(true);
    expect(otherSurname(endings, 'karlsson', 'carlsen', false)).toBe(true);
    expect(otherSurname(endings, 'warlikowski', 'gawkowski', true)).toBe(true);
    expect(otherSurname(endings, 'zaichenko', 'zakharchenko', true)).toBe(true);
  });

  it('leaves spellings of one name alone: the same family, alike letters before it', () => {
    expect(otherSurname(endings, 'zelenskiy', 'zelensky', true)).toBe(false);
    expect(otherSurname(endings, 'gavkovskiy', 'gawkowski', true)).toBe(false);
    expect(otherSurname(endings, 'pashinian', 'pashinyan', true)).toBe(false);
    expect(otherSurname(endings, 'shevchenco', 'shevchenko', true)).toBe(false);
    // Two letters swapped are a slip.
    expect(otherSurname(endings, 'swnason', 'swanson', true)).toBe(false);
    // Unlike letters a rule of transliteration explains are that name ("Dzh" for J).
    expect(otherSurname(endings, 'dzhohnson', 'johnson', false)).toBe(false);
    expect(otherSurname(endings, 'dzhohnson', 'johnson', true)).toBe(true);
    // No listed ending on one of them: the other rules judge.
    expect(otherSurname(endings, 'kalyn', 'kalin', true)).toBe(false);
  });

  it('names the file and line of a bad ending', () => {
    expect(() => parseSurnameEndings('escu\tRomanian\nEnko\tUkrainian', 'e.tsv')).toThrow(/e\.tsv:2: an ending is lower-case letters/);
    expect(() => parseSurnameEndings('escu\tRomanian\n# note\nescu\tRomanian', 'e.tsv')).toThrow(/e\.tsv:3: "escu" is listed twice/);
  });

  it('reads no known person into a surname another family\'s ending, or other letters before the same, make another name', () => {
    const kb = smallKnowledge({
      people: [
        { name: 'Pavlo Lazarenko', short: ['Lazarenko'], role: 'Ukrainian Prime Minister', country: 'UA', rank: 2 },
        { name: 'Krzysztof Gawkowski', short: ['Gawkowski'], role: 'Polish Deputy Prime Minister', country: 'PL', rank: 3 },
      ],
      words: ['the', 'death', 'of', 'mr', 'was', 'staged', 'by', 'film', 'opera', 'minister'],
      givenNames: ['krzysztof'],
    });
    const found = (t: string) => check(t, { knowledge: kb }).map((f) => [f.actual, f.expected[0]]);
    expect(found('The film was The Death of Mr. Lazarenco.')).toEqual([['Lazarenco', 'Lazarenko']]);
    expect(found('The film was The Death of Mr. Lazarescu.')).toEqual([]);
    expect(found('The opera was staged by Krzysztof Gawkowsky.')).toEqual([['Gawkowsky', 'Gawkowski']]);
    expect(found('The opera was staged by Krzysztof Warlikowski.')).toEqual([]);
  });
});
