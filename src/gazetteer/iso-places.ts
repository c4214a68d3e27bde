import { createRequire } from 'node:module';
import type { Entity } from '../types.js';
import { fold } from '../text/fold.js';

interface IsoSubdivisions { data: Record<string, { name: string; sub: Record<string, { type: string; name: string }> }> }

// Latin letters, spaces, hyphens, apostrophes and dots only. Not a name the press
// would write: "Korea, Republic of", "Netherlands (Kingdom of the)", romanisations
// with combining marks ("Z̧ufār") or with letters of another script ("Şәki").
const WRITTEN_AS_NAME = /^[\p{Script=Latin} '’.-]+$/u;
const words = (name: string) => fold(name).split(/[\s-]+/);

/**
 * Maintained ISO data added to the curated places: every English country name
 * of i18n-iso-countries as an accepted alias of its country, and every ISO
 * 3166-2 subdivision not already known as a place. Subdivision names are often
 * local romanisations ("Ternopilska oblast", "Mubārak al Kabīr"); they are
 * accepted, so written correctly they are never flagged, but are no fuzzy
 * targets (knownOnly): the press spells them otherwise ("Mubarak Al-Kabeer"),
 * and the provinces news names are curated with their English spellings. A name known already (a curated place, or
 * another country's subdivision) is left to that entry; one made of English
 * words is marked ambiguous, as curated entries are.
 */
export function withIsoPlaces(entities: Entity[], isCommonWord: (folded: string) => boolean, file: string): Entity[] {
  const require = createRequire(import.meta.url);
  const en = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const known = new Set<string>();
  for (const e of entities) for (const f of [e.name, ...e.aliases, ...e.short, ...e.demonyms, ...e.dated, ...e.garbled]) known.add(fold(f));
  const usable = (name: string) => WRITTEN_AS_NAME.test(name) && !known.has(fold(name));

  const out = entities.map((e) => {
    if (e.type !== 'place' || e.kind !== 'country' || !e.country || e.country.includes(',')) return e;
    // An alias of ordinary words ("mainland China" aside) would make the country ambiguous: left out.
    const names = [en[e.country] ?? []].flat().filter((n) => usable(n) && !words(n).every(isCommonWord));
    for (const n of names) known.add(fold(n));
    return names.length ? { ...e, aliases: [...e.aliases, ...names] } : e;
  });

  const subdivisions = (require('iso-3166-2') as IsoSubdivisions).data;
  const added: Entity[] = [];
  for (const [country, c] of Object.entries(subdivisions)) {
    for (const [code, s] of Object.entries(c.sub)) {
      const name = s.name.normalize('NFC').replace(/\s+/g, ' ').trim();
      if (!usable(name)) continue;
      known.add(fold(name));
      added.push({
        id: `place:${name}@${country}`, type: 'place', name, aliases: [], short: [], garbled: [], dated: [], demonyms: [],
        kind: 'province', country, rank: 3, ambiguous: false, knownOnly: true, source: `${file} ${code}`,
      });
    }
  }
  for (const e of added) e.ambiguous = words(e.name).every(isCommonWord);
  return [...out, ...added];
}
