import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { fold } from '../text/fold.js';
import { PERSON_CUES } from './name-context.js';

/**
 * Drops name findings on a word that is itself a populated place (the
 * GeoNames layer), in text that is not OCR'd: "Dorchester" is a town, not a
 * misspelt "Worcester". OCR'd text knows these places before matching; other
 * text asks only about the few words it would correct, so an article never
 * reads the layer. A curated garbled form stays a finding, and so does a
 * person's name after a given name or a title ("Joe Baden"), and an agency
 * or person that reports or says something ("Blomberg reports"): no place there.
 */
const REPORTING = new Set(['said', 'says', 'reports', 'reported', 'told', 'wrote', 'writes', 'announced', 'stated', 'noted', 'added', 'claimed', 'tweeted']);

export function withoutKnownPlaces(findings: Finding[], doc: Document, kb: Knowledge): Finding[] {
  const places = new Map<string, boolean>();
  const isPlace = (word: string) => {
    let v = places.get(word);
    if (v === undefined) {
      const folded = fold(word);
      v = !!kb.ocrLayer()?.gazetteer.forms.get(folded)?.some((f) => f.kind !== 'garbled')
        && !kb.gazetteer.forms.get(folded)?.some((f) => f.kind === 'garbled');
      places.set(word, v);
    }
    return v;
  };
  // A given name: a common one, or one an entry's person bears ("Alexey").
  const givenName = (w: Word) => w.givenName
    || !!kb.gazetteer.tokenForms.get(w.folded)?.some((f) => f.type === 'person' && f.folded.indexOf(w.folded) < f.folded.length - 1);
  const personNamed = (f: Finding) => {
    const w = doc.wordStartingAt(f.offset);
    const before = w && doc.previous(w);
    return !!before && doc.adjacent(before, w) && (PERSON_CUES.has(before.folded) || givenName(before));
  };
  // A name that reports or says something is an agency or a person.
  const speaks = (f: Finding) => {
    const w = doc.wordStartingAt(f.offset);
    const after = w && doc.next(w);
    return !!after && doc.adjacent(w, after) && REPORTING.has(after.folded);
  };
  return findings.filter((f) => !f.entity || /\s/.test(f.actual)
    || (f.entity.type === 'person' && personNamed(f)) || (f.entity.type !== 'place' && speaks(f)) || !isPlace(f.actual));
}
