import { describe, expect, it } from 'vitest';
import { withRiversideVariants } from '../src/gazetteer/riverside-variants.js';
import type { Entity } from '../src/types.js';

const place = (name: string, country: string, aliases: string[] = []): Entity => ({
  id: `place:${name}`, type: 'place', name, aliases, short: [], garbled: [], dated: [], demonyms: [],
  kind: 'city', country, rank: 3, ambiguous: false, source: 'test',
});
const aliasesOf = (entities: Entity[]) => withRiversideVariants(entities).map((e) => e.aliases);

describe('riverside variants', () => {
  it('give an English town the on / upon, hyphened and spaced spellings of its name', () => {
    expect(aliasesOf([place('Stratford-upon-Avon', 'GB')])).toEqual([['Stratford upon Avon', 'Stratford-on-Avon', 'Stratford on Avon']]);
    expect(aliasesOf([place('Newcastle', 'GB', ['Newcastle upon Tyne'])])).toEqual([['Newcastle upon Tyne', 'Newcastle-upon-Tyne', 'Newcastle-on-Tyne', 'Newcastle on Tyne']]);
  });
  it('keep "on the" and "under", which never alternate with "upon"', () => {
    expect(aliasesOf([place('Walton-on-the-Naze', 'GB')])).toEqual([['Walton on the Naze']]);
    expect(aliasesOf([place('Harrow on the Hill', 'GB')])).toEqual([['Harrow-on-the-Hill']]);
    expect(aliasesOf([place('Newcastle-under-Lyme', 'GB')])).toEqual([['Newcastle under Lyme']]);
  });
  it('leave places outside English naming alone, and a spelling another entity owns to it', () => {
    expect(aliasesOf([place('Rostov-on-Don', 'RU')])).toEqual([[]]);
    expect(aliasesOf([place('Stoke-on-Trent', 'GB'), place('Stoke-upon-Trent', 'GB')])).toEqual([[], []]);
  });
});
