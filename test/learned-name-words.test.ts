import { describe, expect, it } from 'vitest';
import { learnedNameWords } from '../src/gazetteer/learned-name-words.js';
import { smallKnowledge } from './support.js';

/** What the learner reads from these people, with these real words. */
function learned(people: object[], realWords: string[] = []): Map<string, string> {
  const kb = smallKnowledge({ people });
  const entities = new Set(people.map((p) => kb.gazetteer.forms.get((p as { name: string }).name.toLowerCase())![0]!.entity));
  return learnedNameWords(entities, kb.gazetteer, kb.parts.keys, (w) => realWords.includes(w));
}

describe('learnedNameWords', () => {
  it('pairs each changed word of a garbled form with the word of the name it replaces', () => {
    const m = learned([{ name: 'George Walker Bush', aliases: ['George Bush'], garbled: ['Dzhordzh Uoker Bush', 'Dzhordzh Bushi', 'Dzhordzh Bushe'], rank: 1 }]);
    // Both of a form's words changed: read only when each starts like the name's ("Dzhordzh" does not).
    expect([...m].sort()).toEqual([['dzhordzh', 'george'], ['uoker', 'walker']]);
    expect([...learned([{ name: 'Mitch McConnell', garbled: ['Miqi Maikangnaier'], rank: 1 }])].sort()).toEqual([['maikangnaier', 'mcconnell'], ['miqi', 'mitch']]);
    // Hyphened parts are words when the name has as many ("Kanzas-Siti"), not when it hyphens them too.
    expect([...learned([{ name: 'Kansas City Star', garbled: ['Kanzas-Siti Star'], rank: 2 }])].sort()).toEqual([['kanzas', 'kansas'], ['siti', 'city']]);
    expect([...learned([{ name: 'Hersh Goldberg-Polin', garbled: ['Khersh Goldberg-Porin'], rank: 2 }])].sort()).toEqual([['goldberg-porin', 'goldberg-polin'], ['khersh', 'hersh']]);
  });
  it('keeps no spelling that is a real word, a word of an accepted name, or short', () => {
    const people = [
      { name: 'Hillary Clinton', garbled: ['Hillari Kelindun', 'Hillary Kli'], rank: 1 },
      { name: 'Hillari Smith', rank: 3 },
    ];
    expect([...learned(people, ['kelindun'])]).toEqual([]);
  });
  it('keeps every word a spelling stands for, commonest first, but not a rare misreading or another word order', () => {
    const people = [
      { name: 'Steven Mnuchin', garbled: ['Stiven Mnuchin'], rank: 2 },
      { name: 'Stephen Hadley', garbled: ['Stiven Hadley'], rank: 2 },
      { name: 'Stephen Harper', garbled: ['Stiven Harper'], rank: 1 },
      ...Array.from({ length: 20 }, (_, i) => ({ name: `John Smith${'x'.repeat(i)}`, garbled: [`Dzhon Smith${'x'.repeat(i)}`], rank: 3 })),
      { name: 'General Smith', garbled: ['Dzhon Smith'], rank: 3 },
      { name: 'Hideo Kojima', garbled: ['Xiaodao Xiufu'], rank: 2 },
    ];
    expect([...learned(people)].sort()).toEqual([['dzhon', 'john'], ['stiven', 'stephen steven']]);
  });
});
