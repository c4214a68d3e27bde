/**
 * A name as a language of open syllables hears it and English spells it back
 * (through Chinese characters "Blinken" comes back as "Brinkin", "Kirby" as
 * "Coby", "Raisi" as "Lacy"): consonants only, r and l one sound, voiced and
 * voiceless stops one, the hissing sounds one, and an r that closes a
 * syllable unheard. Coarse on purpose: hundreds of names share a key of two
 * consonants, so a key only proposes; the text must point at the person.
 */
const SOUNDS: [RegExp, string][] = [
  [/[^a-z]/g, ''],
  // Kh is the Russian and Arabic spelling of a sound English writes h ("Khopkins").
  [/ph/g, 'f'], [/th/g, 't'], [/ck/g, 'k'], [/kh/g, 'h'],
  [/tsch|sch|tch|dzh|sh|zh|ch|ts|tz|dz|j|x/g, 's'],
  [/c(?=[eiy])/g, 's'], [/[cgq]/g, 'k'], [/b/g, 'p'], [/d/g, 't'], [/z/g, 's'], [/v/g, 'f'],
  // W before a vowel is a consonant ("Wang"), after one a vowel ("Modrow").
  [/w(?=[aeiouy])/g, 'f'], [/w/g, 'u'],
  [/ng$/, 'n'],
  [/([aeiouy])r+(?=[^aeiouy]|$)/g, '$1'], [/r/g, 'l'],
  [/[haeiouy]/g, ''], [/(.)\1+/g, '$1'],
];

/** Spellings whose keys are kept: a text's unknown names recur. */
const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

/** The heard key of a folded word ("brinkin", "blinken" → "plnkn"). */
export function heardKey(folded: string): string {
  let key = cache.get(folded);
  if (key !== undefined) return key;
  key = folded;
  for (const [from, to] of SOUNDS) key = key.replace(from, to);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(folded, key);
  return key;
}
