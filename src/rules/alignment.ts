import type { Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { suggestable, type Form, type GazetteerView } from '../gazetteer/gazetteer.js';
import { similarity, type Similarity } from '../match/similarity.js';
import { LOOKALIKE, ocrDistance } from '../match/ocr-distance.js';
import { isDerivation } from './name-context.js';

/** A token more forms than this share ("John", "Republic") anchors nothing. */
export const MAX_ANCHORED_FORMS = 60;

/** Support from the entity being named elsewhere in the text. */
export const MENTION_BONUS = 0.1;

/** The lowest similarity a changed word may have to the name's word it stands for. */
export const MIN_WORD_SIMILARITY = 0.6;

/**
 * A known entity form laid over words of a run. Built with every field, in
 * this order, wherever it is built: one object shape keeps the code that
 * reads alignments optimised.
 */
export interface Alignment {
  form: Form;
  /** Set when words and form tokens do not pair one to one (split or joined names). */
  replacement: string | undefined;
  words: Word[];
  sims: Similarity[];
  changed: number[];
  confidence: number;
  /** Tokens of the text equal to the form's tokens letter for letter (tie-break). */
  literal: number;
  /** Whether the entity was already mentioned when this was scored. */
  mentioned: boolean;
  /**
   * One word, first in its sentence: it stands only where that word is a noun,
   * which the NLP library tells; asked only of an alignment about to win, since
   * loading the library costs more than checking a whole article.
   */
  firstOfSentence: boolean;
}

/**
 * "Americas" is a plural of "America", not a misspelt "Americans", and
 * "Latin-American" an adjective of "Latin America": a word derived from
 * any form of the same entity (written as one word) names it correctly. So
 * does one of its forms hyphened ("Tsing-tao" for the alias Tsingtao, as old
 * romanisations wrote it): only hyphens changed is style.
 */
export function derivesFromOwnForm(gz: GazetteerView, written: string, form: Form): boolean {
  const bare = written.replace(/[-']/g, '');
  const hyphened = bare !== written;
  return (gz.entityForms.get(form.entity) ?? []).some((f) => {
    if (!suggestable(f)) return false;
    const joined = f.folded.join('').replace(/[-']/g, '');
    return (hyphened && bare === joined) || isDerivation(bare, joined, form.entity.type === 'person');
  });
}

/** An acronym, plural ones included ("HMOs"): read by the acronym rule, never as a misspelt name. */
export function isAcronym(w: Word): boolean {
  return w.allCaps || /^\p{Lu}{2,}s$/u.test(w.text);
}

/** Spellings a per-spelling memo of the name rules keeps before forgetting them all. */
export const MAX_CANDIDATE_SPELLINGS = 50_000;

/**
 * similarity(), or half an edit where the word is a word of a name as MT
 * spells it back ("Dzhordzh" for George, "Tayms" for Times): no edit distance
 * sees that, and the word's table entry does. In OCR'd text a three-letter
 * English word of a name one look-alike glyph off is read by its glyphs too
 * ("Ncw South Wales"), which similarity() leaves to words of four letters.
 */
export function wordSimilarity(kb: Knowledge, written: string, name: string, skeleton: ((s: string) => string) | undefined): Similarity {
  if (kb.spellsNameWord(written, name)) return { cost: 0.5, score: 1 - 0.5 / name.length, via: 'transliteration' };
  const sim = similarity(kb.gazetteer.key(written), kb.gazetteer.key(name), skeleton);
  if (!skeleton || written.length !== 3 || name.length !== 3 || !kb.isCommonWord(name)) return sim;
  const cost = ocrDistance(written, name, skeleton, LOOKALIKE);
  return cost <= LOOKALIKE && 1 - cost / 3 > sim.score ? { cost, score: 1 - cost / 3, via: 'ocr' } : sim;
}
