import { describe, expect, it, vi } from 'vitest';
import { check } from '../src/check.js';
import { smallKnowledge } from './support.js';

// The tagger, replaced by a spy that calls every first word a verb: what
// reaches it, and what the text alone settles.
const tagger = vi.hoisted(() => vi.fn(() => false));
vi.mock('../src/nlp/first-word.js', () => ({ firstWordIsNominal: tagger }));

const kb = smallKnowledge({ places: [{ name: 'Hadrekli', kind: 'city', country: 'CZ', rank: 2 }] });
const asked = (text: string) => {
  tagger.mockClear();
  const found = check(text, { knowledge: kb }).map((f) => f.actual);
  return { found, asked: tagger.mock.calls.length };
};

describe('first words of sentences, before the tagger', () => {
  it('asks the tagger only about a first word the text does not show to be a noun', () => {
    expect(asked('Hadrekly, the city, grew on Monday.')).toEqual({ found: [], asked: 1 });
    // Owning something, standing alone, or capitalised after a lower-case word elsewhere.
    expect(asked("Hadrekly's mayor spoke on Monday.")).toEqual({ found: ['Hadrekly'], asked: 0 });
    expect(asked('Hadrekly.')).toEqual({ found: ['Hadrekly'], asked: 0 });
    expect(asked('Hadrekly grew on Monday. We reached the city of Hadrekly later.').asked).toBe(0);
    // A headline's Title Case shows nothing.
    expect(asked('Floods Hit Hadrekly Again\n\nHadrekly, the city, grew on Monday.')).toEqual({ found: [], asked: 1 });
  });
});
