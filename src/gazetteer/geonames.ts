import type { Entity } from '../types.js';

/**
 * Parses dist/geonames.tsv (see scripts/compile-places.mjs): GeoNames places
 * as low-rank place entities, their ASCII spelling as an accepted alias.
 */
export function parseGeonames(tsv: string, file: string): Entity[] {
  const out: Entity[] = [];
  tsv.split('\n').forEach((line, i) => {
    const [name, ascii, country, population] = line.split('\t');
    // A place of unknown population (0) is a hamlet or a locality GeoNames
    // barely knows; as fix targets they were wrong every time on the probes.
    if (!name || !Number(population)) return;
    out.push({
      id: `place:${name}${country ? `@${country}` : ''}`, type: 'place', name,
      aliases: ascii ? [ascii] : [], short: [], garbled: [], dated: [], demonyms: [],
      kind: 'city', country: country || undefined, rank: 3, ambiguous: false,
      source: `${file}:${i + 1}`,
    });
  });
  return out;
}
