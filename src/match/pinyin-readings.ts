import { DataError } from '../gazetteer/data-error.js';
import { fold } from '../text/fold.js';
import { parseTsv } from './confusions.js';
import type { SinoSyllable } from './cyrillic-spellings.js';
import { SyllableReaderBase } from './syllable-reader-base.js';

/** Parses `system<TAB>syllable<TAB>pinyin readings, space-separated[<TAB>the characters]`. */
export function parseSinoSyllables(text: string, file: string): SinoSyllable[] {
  return parseTsv(text, file, 3).map(({ cells, line }) => {
    const [system, syllable, readings = ''] = cells;
    if (system !== 'ko' && system !== 'vi') throw new DataError(file, line, `unknown system ${JSON.stringify(system)}: expected ko or vi`);
    if (!syllable || !/^[a-z]+$/.test(syllable)) throw new DataError(file, line, 'expected a lower-case ASCII syllable in the second column');
    const pinyin = readings.split(' ').filter(Boolean);
    if (!pinyin.length || pinyin.some((p) => !/^[a-zü]+$/.test(p))) throw new DataError(file, line, 'expected toneless pinyin syllables, space-separated, in the third column');
    return { system, syllable, pinyin: pinyin.map(fold) };
  });
}

/** Readings of one word this many at most: a given name's two syllables have a few each. */
const MAX_READINGS = 256;

/**
 * Reads a Korean or Vietnamese name that MT from Chinese wrote in the pinyin
 * of its characters: "Zaiming" (在明) → jae-myung, "Mingzheng" (明政) →
 * minh chinh. Korean writes a given name's syllables as one word, hyphened or
 * spaced as the press does; Vietnamese writes each syllable as a word.
 */
export class PinyinReader extends SyllableReaderBase {
  readonly source = 'pinyin';
  /** Pinyin syllable → the language's syllables of its characters. */
  private readonly byPinyin = new Map<string, string[]>();
  private readonly joins: readonly string[];

  constructor(readonly system: 'ko' | 'vi', private readonly table: readonly SinoSyllable[]) {
    super();
    this.joins = system === 'ko' ? ['-', ' '] : [' '];
  }

  protected build(): void {
    for (const { system, syllable, pinyin } of this.table) {
      if (system !== this.system) continue;
      this.native.add(syllable);
      for (const p of pinyin) {
        const list = this.byPinyin.get(p) ?? [];
        if (!list.includes(syllable)) list.push(syllable);
        this.byPinyin.set(p, list);
        this.longest = Math.max(this.longest, p.length, syllable.length);
      }
    }
  }

  /**
   * The ways `word` splits into the fewest pinyin syllables, as pinyin is read
   * ("qingyuan" is qing yuan, not qing yu an), each read as the language's
   * syllables of its characters.
   */
  protected split(word: string): string[] {
    const by = this.byPinyin;
    // fewest[i]: syllables in the shortest split of word[i..] (0 at the end; none: Infinity).
    const fewest = new Array<number>(word.length + 1).fill(Infinity);
    fewest[word.length] = 0;
    for (let i = word.length - 1; i >= 0; i--) {
      for (let len = 1; len <= this.longest && i + len <= word.length; len++) {
        if (by.has(word.slice(i, i + len))) fewest[i] = Math.min(fewest[i]!, fewest[i + len]! + 1);
      }
    }
    if (fewest[0] === Infinity) return [];
    const from = new Map<number, string[]>([[word.length, ['']]]);
    for (let i = word.length - 1; i >= 0; i--) {
      const here = new Set<string>();
      for (let len = 1; len <= this.longest && i + len <= word.length; len++) {
        const readings = by.get(word.slice(i, i + len));
        const rest = from.get(i + len);
        if (!readings || !rest?.length || fewest[i + len]! + 1 !== fewest[i]) continue;
        for (const r of readings) {
          for (const tail of rest) {
            if (!tail) here.add(r);
            else for (const j of this.joins) if (here.size < MAX_READINGS) here.add(r + j + tail);
          }
        }
      }
      if (here.size) from.set(i, [...here]);
    }
    return from.get(0) ?? [];
  }
}
