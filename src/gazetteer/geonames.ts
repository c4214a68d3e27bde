import type { Entity } from '../types.js';

/**
 * Parses dist/geonames.tsv (see scripts/compile-places.mjs): GeoNames places
 * as low-rank place entities, their ASCII spelling as an accepted alias.
 */
export function parseGeonames(tsv: string, file: string): Entity[] {
  const out: Entity[] = [];
  tsv.split('\n').forEach((line, i) => {
    const [name, ascii, country] = line.split('\t');
    if (!name) return;
    out.push({
      id: `place:${name}${country ? `@${country}` : ''}`, type: 'place', name,
      aliases: ascii ? [ascii] : [], short: [], garbled: [], dated: [], demonyms: [],
      kind: 'city', country: country || undefined, rank: 3, ambiguous: false,
      source: `${file}:${i + 1}`,
    });
  });
  return out;
}
