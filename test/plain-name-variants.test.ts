import { describe, expect, it } from 'vitest';
import { withPlainNameVariants } from '../src/gazetteer/plain-name-variants.js';
import type { Entity } from '../src/types.js';

const entity = (type: Entity['type'], name: string, aliases: string[] = []): Entity => ({
  id: `${type}:${name}`, type, name, aliases, short: [], garbled: [], dated: [], demonyms: [],
  country: 'US', rank: 3, ambiguous: false, source: 'test',
});
const aliasesOf = (entities: Entity[]) => withPlainNameVariants(entities).map((e) => e.aliases);

describe('plain name variants', () => {
  it('give a person their name without middle initials or an honorific', () => {
    expect(aliasesOf([entity('person', 'John B. Gordon')])).toEqual([['John Gordon']]);
    expect(aliasesOf([entity('person', 'George H. W. Bush', ['George Bush'])])).toEqual([['George Bush']]);
    expect(aliasesOf([entity('person', 'Sir Horace Tozer')])).toEqual([['Horace Tozer']]);
    expect(aliasesOf([entity('person', 'Sir John A. Macdonald')])).toEqual([['John A. Macdonald', 'John Macdonald']]);
  });
  it('leave a name that would lose its given name or surname, other entities, and a name another entity owns', () => {
    expect(aliasesOf([entity('person', 'Lord Kitchener'), entity('person', 'J. D. Vance')])).toEqual([[], []]);
    expect(aliasesOf([entity('organisation', 'Sir John Soane Museum')])).toEqual([[]]);
    expect(aliasesOf([entity('person', 'John B. Gordon'), entity('person', 'John Gordon')])).toEqual([[], []]);
  });
});
