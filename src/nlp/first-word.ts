import { createRequire } from 'node:module';

interface Term { text: string; tags: string[] }
type Nlp = (text: string) => { json(): { terms: Term[] }[] };

let nlp: Nlp | undefined;

// Parts of speech a name is never tagged with.
const NOT_A_NAME = ['Verb', 'Adverb', 'Adjective', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord'];

/**
 * Whether the first word of a sentence reads as a noun (so it can be a
 * garbled name) rather than a verb, adverb or the like. A word list cannot
 * judge an inflected or rare first word; compromise's tagger can, and is
 * loaded only when a candidate needs it (it costs ~0.2 s).
 */
export function firstWordIsNominal(sentence: string, word: string): boolean {
  nlp ??= createRequire(import.meta.url)('compromise/two') as Nlp;
  const terms = nlp(sentence).json().flatMap((s) => s.terms);
  const term = terms.find((t) => t.text === word);
  return !term || !term.tags.some((tag) => NOT_A_NAME.includes(tag));
}
