import type { Entity } from '../types.js';
import { withVariants } from './with-variants.js';
import { fold } from '../text/fold.js';
import { withoutQualifier } from './without-qualifier.js';

/** Honorifics a person's name may carry in the data but seldom in the news ("Sir Horace Tozer"). */
const HONORIFIC = /^(Sir|Dame|Lord|Lady) (?=\S+ \S)/;
/** A middle initial ("John B. Gordon", "George H. W. Bush"). */
const INITIAL = / \p{Lu}\.(?= )/gu;
/** An organisation's article. */
const ARTICLE = /^The (?=\S+ \S)/;

/**
 * The entities given their names as the news writes them most: people
 * without an honorific ("Horace Tozer") or middle initials ("John Gordon"),
 * organisations without "The" ("Daily Telegraph") or the qualifier the data
 * adds ("Bermuda Gazette" for Bermuda Gazette (Hamilton)); always at least
 * two words, not all of them English words. A name another entity owns or
 * would be given too is left out (withVariants). A garbled name ("Dzhon
 * Gordon", "Deyli Telegraf") is matched word for word, so it needs the plain
 * form to reach the entity.
 */
export function withPlainNameVariants(entities: Entity[], isCommonWord: (folded: string) => boolean): Entity[] {
  // A name of English words alone ("Royal Gazette", "Trinity College") is many things'.
  const distinctive = (v: string) => !fold(v).split(/[^\p{L}]+/u).filter(Boolean).every(isCommonWord);
  const variants = (e: Entity, name: string) => (e.type === 'person' ? plainPersonNames(name) : e.type === 'organisation' ? plainOrganisationNames(name) : []);
  return withVariants(entities, (e, name) => variants(e, name).filter(distinctive), (s) => s.toLowerCase());
}

function plainPersonNames(name: string): string[] {
  const bare = name.replace(HONORIFIC, '');
  // "J. D. Vance" has no given name left to keep.
  const plain = /^\p{Lu}\./u.test(bare) ? bare : bare.replace(INITIAL, '');
  return [bare, plain].filter((v) => v !== name && v.includes(' '));
}

function plainOrganisationNames(name: string): string[] {
  const bare = withoutQualifier(name);
  return [bare, bare.replace(ARTICLE, '')].filter((v) => v !== name && v.includes(' '));
}
