import { describe, expect, it } from 'vitest';
import { withPlainNameVariants } from '../src/gazetteer/plain-name-variants.js';
import type { Entity } from '../src/types.js';

const entity = (type: Entity['type'], name: string, aliases: string[] = []): Entity => ({
  id: `${type}:${name}`, type, name, aliases, short: [], garbled: [], dated: [], demonyms: [],
  country: 'US', rank: 3, ambiguous: false, source: 'test',
});
const COMMON = new Set(['royal', 'gazette', 'the', 'times', 'evening', 'star', 'daily']);
const aliasesOf = (entities: Entity[]) => withPlainNameVariants(entities, (w) => COMMON.has(w)).map((e) => e.aliases);

describe('plain name variants', () => {
  it('give a person their name without middle initials or an honorific', () => {
    expect(aliasesOf([entity('person', 'John B. Gordon')])).toEqual([['John Gordon']]);
    expect(aliasesOf([entity('person', 'George H. W. Bush', ['George Bush'])])).toEqual([['George Bush']]);
    expect(aliasesOf([entity('person', 'Sir Horace Tozer')])).toEqual([['Horace Tozer']]);
    expect(aliasesOf([entity('person', 'Sir John A. Macdonald')])).toEqual([['John A. Macdonald', 'John Macdonald']]);
  });
  it('give an organisation its name without "The" or the qualifier the data adds', () => {
    expect(aliasesOf([entity('organisation', 'The Daily Telegraph')])).toEqual([['Daily Telegraph']]);
    expect(aliasesOf([entity('organisation', 'Bermuda Gazette (Hamilton)')])).toEqual([['Bermuda Gazette']]);
    // Not when English words alone are left.
    expect(aliasesOf([entity('organisation', 'Royal Gazette (Bermuda)'), entity('organisation', 'The Times (Malta)')])).toEqual([[], []]);
  });
  it('leave a name that would lose its given name or surname or be one word, and places', () => {
    expect(aliasesOf([entity('person', 'Lord Kitchener'), entity('person', 'J. D. Vance')])).toEqual([[], []]);
    expect(aliasesOf([entity('organisation', 'Sir John Soane Museum'), entity('organisation', 'The Times')])).toEqual([[], []]);
    expect(aliasesOf([entity('place', 'The Hague')])).toEqual([[]]);
  });
  it('leave a name another entity owns, or that two would be given, to neither', () => {
    expect(aliasesOf([entity('person', 'John B. Gordon'), entity('person', 'John Gordon')])).toEqual([[], []]);
    expect(aliasesOf([entity('organisation', 'Otago Star (Dunedin)'), entity('organisation', 'Otago Star (Oamaru)')])).toEqual([[], []]);
  });
  it('spell a person\'s name word by word from its spellings, where each word\'s spellings start alike', () => {
    expect(aliasesOf([entity('person', 'Ksenia Fadeyeva', ['Kseniya Fadeeva'])])).toEqual([['Kseniya Fadeeva', 'Ksenia Fadeeva', 'Kseniya Fadeyeva']]);
    // A name written in the other order mixes into nothing.
    expect(aliasesOf([entity('person', 'Fumio Kishida', ['Kishida Fumio'])])).toEqual([['Kishida Fumio']]);
    // Nor into a spelling the entity lists as garbled.
    const marshal = { ...entity('person', 'Konstantin Rokossovsky', ['Konstanty Rokossowski']), garbled: ['Konstantin Rokossowski'] };
    expect(aliasesOf([marshal])).toEqual([['Konstanty Rokossowski', 'Konstanty Rokossovsky']]);
  });
});
