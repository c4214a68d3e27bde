import type { Finding } from '../types.js';
import type { Knowledge } from '../knowledge.js';
import { fold } from '../text/fold.js';

/** The shortest part of an English compound that counts ("Lake|man", not "Ka|la"). */
const MIN_PART = 3;

/**
 * Drops findings that read one word as a name of several run together when
 * the word is two English words ("Lakeman" is no "Lac Léman"): a compound
 * the word list lacks. A short garble can split so too ("Mo|tart" for
 * Mozart), so a one-word fix is left alone, and so is a curated garbled form.
 */
export function withoutCompounds(findings: Finding[], kb: Knowledge): Finding[] {
  const verdicts = new Map<string, boolean>();
  const isCompound = (word: string) => {
    let v = verdicts.get(word);
    if (v === undefined) {
      const folded = fold(word);
      v = /^\p{L}+$/u.test(folded) && !kb.gazetteer.forms.get(folded)?.some((f) => f.kind === 'garbled') && splits(folded, kb);
      verdicts.set(word, v);
    }
    return v;
  };
  return findings.filter((f) => !f.entity || !/\s/.test(f.expected[0] ?? '') || !isCompound(f.actual));
}

function splits(w: string, kb: Knowledge): boolean {
  for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
    if (kb.isCommonWord(w.slice(0, i)) && kb.isCommonWord(w.slice(i))) return true;
  }
  return false;
}
