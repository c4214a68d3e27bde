import type { Document, Word } from '../document.js';

// Lower-case words that may sit inside a name: "Hassan bin Talal",
// "Ursula von der Leyen", "Center for a New American Security", "Newcastle
// upon Tyne", and their letter-by-letter renderings through Russian
// ("Alfred fon Shliffen", "Mokhamed uld Abdel Aziz", "Zhoze dush Santush").
export const CONNECTORS = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'van',
  'von', 'der', 'den', 'la', 'le', 'du', 'of', 'for', 'the', 'and', 'y', 'ul', 'wal', 'a', 'on', 'upon',
  'des', 'und', 'zu', 'fon', 'dyu', 'uld', 'dush', 'dus',
  // Russian and Chinese prepositions left in transliterated names: "Vrachi bez Granits", "Meiguo zhi Yin".
  'po', 'bez', 'zhi', 'yu',
]);

const MAX_CONNECTORS = 2;

/** A number hyphened to a name word: a model's designation ("S-400", "Su-35", "Shahed-136"). */
function isDesignation(doc: Document, a: Word, b: Word): boolean {
  return b.number && b.token === a.token + 2 && b.start === a.end + 1 && doc.text.charCodeAt(a.end) === 0x2d && a.nameWord;
}

/** Words names abbreviate with a full stop ("St. Petersburg", "Mt. Everest", "Ft. Worth"). */
const ABBREVIATED = new Set(['st', 'ste', 'mt', 'ft']);

/** A name word after such an abbreviation and its stop: the name goes on. */
function afterAbbreviation(doc: Document, a: Word, b: Word): boolean {
  return b.token === a.token + 2 && a.capitalised && ABBREVIATED.has(a.folded) && doc.text.charCodeAt(a.end) === 0x2e && b.nameWord;
}

/**
 * Maximal runs of name words in each sentence, joined by connectors but never
 * across punctuation but an abbreviation's stop: the spans where names can be.
 */
export function nameRuns(doc: Document): Word[][] {
  const runs: Word[][] = [];
  for (const sentence of doc.sentences) {
    if (!sentence) continue;
    let i = 0;
    while (i < sentence.length) {
      const lead = leadingParticles(doc, sentence, i);
      if (!lead && !sentence[i]!.nameWord) { i++; continue; }
      const run = sentence.slice(i, i + lead + 1);
      let j = i + lead + 1;
      while (j < sentence.length) {
        const w = sentence[j]!;
        const joined = isDesignation(doc, sentence[j - 1]!, w) || afterAbbreviation(doc, sentence[j - 1]!, w);
        if (!joined && !doc.adjacent(sentence[j - 1]!, w)) break;
        if (joined || w.nameWord) { run.push(w); j++; continue; }
        // Connectors only count when a name word follows them.
        let k = j;
        while (k < sentence.length && k - j < MAX_CONNECTORS && CONNECTORS.has(sentence[k]!.folded) && doc.adjacent(sentence[k - 1]!, sentence[k]!)) k++;
        if (k > j && k < sentence.length && doc.adjacent(sentence[k - 1]!, sentence[k]!) && sentence[k]!.nameWord) {
          run.push(...sentence.slice(j, k + 1));
          j = k + 1;
        } else break;
      }
      runs.push(run);
      i = j;
    }
  }
  return runs;
}

/**
 * How many particles at i lead into a name word ("von der" of "von der
 * Leyen"), after a word that is no name word itself; 0 if none do.
 */
function leadingParticles(doc: Document, sentence: Word[], i: number): number {
  // Asked of every word: most are no particle, which their spelling's facts tell.
  if (!sentence[i]!.leadingParticle) return 0;
  if (i > 0 && sentence[i - 1]!.nameWord && doc.adjacent(sentence[i - 1]!, sentence[i]!)) return 0;
  let k = i;
  while (k < sentence.length && k - i < MAX_CONNECTORS && sentence[k]!.leadingParticle && (k === i || doc.adjacent(sentence[k - 1]!, sentence[k]!))) k++;
  return k > i && k < sentence.length && doc.adjacent(sentence[k - 1]!, sentence[k]!) && sentence[k]!.nameWord ? k - i : 0;
}
