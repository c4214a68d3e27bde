import type { Entity } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import type { SyllableSystem } from '../match/cyrillic-spellings.js';

/** Where each language's names belong: a reading must name an entity of these countries. */
export const SYLLABLE_COUNTRIES: Record<SyllableSystem, ReadonlySet<string>> = {
  zh: new Set(['CN', 'TW', 'HK', 'MO', 'SG']),
  ja: new Set(['JP']),
  ko: new Set(['KR', 'KP']),
  vi: new Set(['VN']),
};

export function belongsTo(e: Entity, system: SyllableSystem): boolean {
  return !!e.country && e.country.split(/,\s*/).some((c) => SYLLABLE_COUNTRIES[system].has(c));
}

/** The words that name a language's countries and their peoples ("china", "chinese", "taiwanese"), per knowledge. */
export function countryWords(kb: Knowledge, system: SyllableSystem): ReadonlySet<string> {
  let bySystem = pointerWords.get(kb);
  if (!bySystem) pointerWords.set(kb, (bySystem = new Map()));
  let words = bySystem.get(system);
  if (!words) bySystem.set(system, (words = kb.countryWords(SYLLABLE_COUNTRIES[system])));
  return words;
}

const pointerWords = new WeakMap<Knowledge, Map<SyllableSystem, ReadonlySet<string>>>();

/** The languages whose countries the text names (Japan, Chinese, Korea …), found once per text. */
function namedSystems(doc: Document, kb: Knowledge): ReadonlySet<SyllableSystem> {
  let out = named.get(doc);
  if (!out) {
    const systems = new Set<SyllableSystem>();
    for (const system of Object.keys(SYLLABLE_COUNTRIES) as SyllableSystem[]) {
      const words = countryWords(kb, system);
      if (doc.words.some((w) => w.capitalised && words.has(w.folded))) systems.add(system);
    }
    named.set(doc, (out = systems));
  }
  return out;
}

const named = new WeakMap<Document, ReadonlySet<SyllableSystem>>();

/**
 * A word spelt wholly in the syllables of a language whose country the text
 * names is a name of that language, no slip for a place or an organisation
 * of another country a letter or two away: "Kamioka" in a report on Japan is
 * no Carioca, "Wanping" in one on China no Wapping. Not in OCR'd text.
 */
export function nativeElsewhere(doc: Document, kb: Knowledge, w: Word, e: Entity): boolean {
  if (doc.ocr || e.type === 'person') return false;
  const systems = namedSystems(doc, kb);
  if (!systems.size) return false;
  return kb.syllableReaders().some((r) => systems.has(r.system) && !belongsTo(e, r.system) && r.isNative(w.folded));
}
