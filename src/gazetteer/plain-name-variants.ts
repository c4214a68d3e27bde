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
/** Spellings mixed word by word, at most this many per person. */
const MAX_MIXED = 16;

/**
 * The entities given their names as the news writes them most: people
 * without an honorific ("Horace Tozer") or middle initials ("John Gordon"),
 * organisations without "The" ("Daily Telegraph") or the qualifier the data
 * adds ("Bermuda Gazette" for Bermuda Gazette (Hamilton)); always at least
 * two words, not all of them English words. A person's name is also spelt
 * word by word from the spellings it has ("Ksenia Fadeeva" of Ksenia
 * Fadeyeva, alias Kseniya Fadeeva): a writer picks each word's. A name
 * another entity owns or would be given too is left out (withVariants). A
 * garbled name ("Dzhon Gordon", "Deyli Telegraf") is matched word for word,
 * so it needs the plain form to reach the entity.
 */
export function withPlainNameVariants(entities: Entity[], isCommonWord: (folded: string) => boolean): Entity[] {
  // A name of English words alone ("Royal Gazette", "Trinity College") is many things'.
  const distinctive = (v: string) => !fold(v).split(/[^\p{L}]+/u).filter(Boolean).every(isCommonWord);
  const variants = (e: Entity, name: string) => [
    ...(e.type === 'person' ? plainPersonNames(name) : e.type === 'organisation' ? plainOrganisationNames(name) : []),
    ...(e.type === 'person' && name === e.name ? mixedSpellings(e) : []),
  ];
  // Spellings are one as the matcher folds them, diacritics and all.
  return withVariants(entities, (e, name) => variants(e, name).filter(distinctive), fold);
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

/** A person's name spelt word by word from its forms of as many words, where every spelling of a word starts with the same letter (no "Kishida Kishida" of Fumio Kishida and Kishida Fumio). */
function mixedSpellings(e: Entity): string[] {
  const words = e.name.split(' ');
  const forms = [e.name, ...e.aliases].map((f) => f.split(' ')).filter((f) => f.length === words.length);
  if (words.length < 2 || forms.length < 2) return [];
  const columns = words.map((_, i) => [...new Set(forms.map((f) => f[i]!))]);
  if (columns.some((c) => new Set(c.map((w) => fold(w)[0])).size > 1)) return [];
  let out = [''];
  for (const c of columns) out = out.flatMap((o) => c.map((w) => (o ? `${o} ${w}` : w))).slice(0, MAX_MIXED * 4);
  const written = new Set([e.name, ...e.aliases]);
  return out.filter((v) => !written.has(v)).slice(0, MAX_MIXED);
}
