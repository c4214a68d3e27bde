import type { Entity } from '../types.js';
import type { GazetteerView, KeyFns } from './gazetteer.js';

/** Shorter spellings are syllables many names share ("Li", "Bai"). */
const MIN_SPELLING = 4;

/** A reading this much rarer than a spelling's commonest is a misaligned form ("Dzhon" for General). */
const MIN_SHARE = 0.1;

/**
 * Words of names as MT spells them, learned from the curated garbled forms.
 * Where a garbled form has as many words (or hyphened parts: "Kanzas-Siti")
 * as one of the entity's accepted forms, each word that differs spells that
 * word of the name: "Kelindun" in "Bill Kelindun" spells Clinton, so beside
 * Hillary it reads as Clinton too.
 * Families and namesakes share surnames, and MT garbles a surname the same
 * way whoever bears it.
 *
 * A form is read when its words are in the name's order: a word of it is the
 * name's in the same place, or each changed word starts like the name's once
 * transliterated (not "Xiaodao Xiufu" for Hideo Kojima, in Japanese order).
 * A spelling is kept when it is no real word or name (`isRealWord`, or a
 * word of an accepted form). Its value is every word it spells, commonest
 * first, space-separated ("stiven" → "stephen steven").
 */
export function learnedNameWords(
  entities: Iterable<Entity>, gz: GazetteerView, keys: KeyFns, isRealWord: (folded: string) => boolean,
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of entities) {
    const forms = gz.entityForms.get(e) ?? [];
    for (const g of forms) {
      if (g.kind !== 'garbled') continue;
      // Russian joins a foreign name's words with hyphens ("Kanzas-Siti Tayms"): a part may be a word.
      const readings = [g.folded, g.folded.flatMap((t) => t.split('-'))];
      const sameLength = (garbled: readonly string[]) => forms.find((f) => f.kind !== 'garbled' && f.kind !== 'dated' && f.tokenCount === garbled.length);
      const garbled = readings.find((r) => r.length > 1 && sameLength(r));
      if (!garbled) continue;
      const accepted = sameLength(garbled)!;
      const pairs = garbled.map((spelling, i): [string, string] => [spelling, accepted.folded[i]!]).filter(([s, w]) => s !== w);
      const inPlace = pairs.length < garbled.length;
      if (!inPlace && pairs.some(([s, w]) => keys.translit(s)[0] !== keys.translit(w)[0])) continue;
      for (const [spelling, word] of pairs) {
        if (spelling.length < MIN_SPELLING || word.length < 2 || word.includes('.')) continue;
        if (isRealWord(spelling) || gz.tokenForms.has(spelling)) continue;
        const words = counts.get(spelling) ?? new Map<string, number>();
        counts.set(spelling, words.set(word, (words.get(word) ?? 0) + 1));
      }
    }
  }
  const out = new Map<string, string>();
  for (const [spelling, words] of counts) {
    const ranked = [...words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.set(spelling, ranked.filter(([, n]) => n >= ranked[0]![1] * MIN_SHARE).map(([w]) => w).join(' '));
  }
  return out;
}
