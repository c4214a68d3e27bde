import type { Finding } from '../types.js';
import type { Knowledge } from '../knowledge.js';
import { fold } from '../text/fold.js';
import { derivationBases } from './name-context.js';

/**
 * Drops name findings on a word derived from a name the gazetteer accepts,
 * of any entry ("Napoleonic" from Napoleon is no misspelt "Napoleon III"):
 * align() knows the entry's own derivations only. A curated garbled form
 * stays a finding.
 */
export function withoutDerivations(findings: Finding[], kb: Knowledge): Finding[] {
  const gz = kb.gazetteer;
  const verdicts = new Map<string, boolean>();
  const derived = (word: string) => {
    let v = verdicts.get(word);
    if (v === undefined) {
      const folded = fold(word);
      v = /^\p{L}+$/u.test(folded) && !gz.forms.get(folded)?.some((f) => f.kind === 'garbled')
        && derivationBases(folded).some((b) => gz.forms.get(b)?.some((f) => f.kind !== 'garbled'));
      verdicts.set(word, v);
    }
    return v;
  };
  return findings.filter((f) => !f.entity || !derived(f.actual));
}
