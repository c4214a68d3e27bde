import type { Entity } from '../types.js';
import { withVariants } from './with-variants.js';

/** Countries whose place names link a town to its river or sea with English "on" / "upon". */
const ENGLISH_NAMING = new Set(['GB', 'IE', 'AU', 'NZ', 'US', 'CA']);

const LINKED = /^(\S.*?)[ -](upon|on|under)[ -](\S.*)$/i;

/**
 * The entities, English riverside and seaside towns given the other accepted
 * spellings of their names as aliases: "Newcastle upon Tyne" was as often
 * "Newcastle-on-Tyne", "Stratford-upon-Avon" "Stratford-on-Avon", and hyphens
 * and spaces alternate ("Stoke on Trent"). Old newspapers use them all, so an
 * OCR misreading of any must reach the place. Where one of them is another
 * entity's ("Stoke-upon-Trent", a town of its own beside Stoke-on-Trent),
 * neither is given the other's.
 */
export function withRiversideVariants(entities: Entity[]): Entity[] {
  const english = (e: Entity) => e.type === 'place' && !!e.country?.split(/,\s*/).some((c) => ENGLISH_NAMING.has(c));
  return withVariants(entities, (e, name) => (english(e) ? riversideVariants(name) : []), key);
}

/** What every riverside spelling of a name shares. */
const key = (s: string) => s.toLowerCase().replace(/[ -]+/g, ' ').replace(/ upon /g, ' on ');

/** "upon" and "on" swap only before a proper name: "Walton-on-the-Naze" keeps its "on", "-under-" its "under". */
function riversideVariants(name: string): string[] {
  const m = LINKED.exec(name);
  if (!m) return [];
  const [, town, link, water] = m as unknown as [string, string, string, string];
  const lower = link.toLowerCase();
  const links = lower === 'under' || /^the\b/i.test(water) ? [lower] : ['upon', 'on'];
  return links.flatMap((l) => ['-', ' '].map((sep) => `${town}${sep}${l}${sep}${water.replace(/[ -]/g, sep)}`));
}
