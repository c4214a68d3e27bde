import type { Entity } from '../types.js';
import { withVariants } from './with-variants.js';

/** Honorifics a person's name may carry in the data but seldom in the news ("Sir Horace Tozer"). */
const HONORIFIC = /^(Sir|Dame|Lord|Lady) (?=\S+ \S)/;
/** A middle initial ("John B. Gordon", "George H. W. Bush"). */
const INITIAL = / \p{Lu}\.(?= )/gu;

/**
 * The entities, people given their names as the news writes them most: no
 * honorific ("Horace Tozer"), no middle initials ("John Gordon"), when at
 * least a given name and a surname are left. A name that is another
 * entity's is left to it (withVariants). A garbled full name ("Dzhon
 * Gordon") is matched word for word, so it needs the plain form to reach the person.
 */
export function withPlainNameVariants(entities: Entity[]): Entity[] {
  return withVariants(entities, (e, name) => (e.type === 'person' ? plainNames(name) : []), (s) => s.toLowerCase());
}

function plainNames(name: string): string[] {
  const bare = name.replace(HONORIFIC, '');
  // "J. D. Vance" has no given name left to keep.
  const plain = /^\p{Lu}\./u.test(bare) ? bare : bare.replace(INITIAL, '');
  return [...new Set([bare, plain])].filter((v) => v !== name && v.includes(' '));
}
