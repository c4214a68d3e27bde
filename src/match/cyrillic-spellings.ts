import { DataError } from '../gazetteer/data-error.js';
import { fold } from '../text/fold.js';
import { parseTsv } from './confusions.js';
import { SyllableReaderBase } from './syllable-reader-base.js';

/** A language whose names Russian spells syllable by syllable, by a system of its own. */
export type SyllableSystem = 'zh' | 'ja' | 'ko' | 'vi';

/** One syllable of a language in its usual Latin spelling (pinyin, Hepburn, the press's Korean and Vietnamese) and in Russian Cyrillic (confusions/cyrillic-syllables.tsv). */
export interface CyrillicSyllable { system: SyllableSystem; syllable: string; cyrillic: string }

/** The tables that read a name MT wrote back from Russian Cyrillic (confusions/cyrillic-syllables.tsv, cyrillic-latin.tsv) or Chinese characters (sino-syllables.tsv). */
export interface SyllableTables {
  syllables: CyrillicSyllable[];
  /** A Cyrillic letter → how MT writes it in Latin letters, the usual way first ("" for a soft sign dropped). */
  latin: [string, string[]][];
  sino: SinoSyllable[];
}

/** A Korean or Vietnamese syllable of names and the pinyin of the Chinese characters behind it (confusions/sino-syllables.tsv). */
export interface SinoSyllable { system: 'ko' | 'vi'; syllable: string; pinyin: string[] }

/** Reads a word of a name into one language's syllables: how MT wrote it back from another script. */
export interface NameReader {
  readonly system: SyllableSystem;
  /** What MT wrote the name back from: its Russian spelling, or its Chinese characters read as pinyin. */
  readonly source: 'russian' | 'pinyin';
  /** The word's readings in the language's own spelling (folded); none if it does not split so. */
  read(folded: string): readonly string[];
  /** Whether the word is already spelt in the language's own syllables: then it may be right as it is. */
  isNative(folded: string): boolean;
}

const SYSTEMS: readonly string[] = ['zh', 'ja', 'ko', 'vi'];

/** Parses `system<TAB>syllable<TAB>Cyrillic[<TAB>why]`. */
export function parseCyrillicSyllables(text: string, file: string): CyrillicSyllable[] {
  return parseTsv(text, file, 3).map(({ cells, line }) => {
    const [system, syllable, cyrillic] = cells;
    if (!system || !SYSTEMS.includes(system)) throw new DataError(file, line, `unknown system ${JSON.stringify(system)}: expected one of ${SYSTEMS.join(', ')}`);
    if (!syllable || !/^\p{Ll}+$/u.test(syllable)) throw new DataError(file, line, 'expected a lower-case Latin syllable in the second column');
    if (!cyrillic || !/^\p{Script=Cyrillic}+$/u.test(cyrillic)) throw new DataError(file, line, 'expected Cyrillic letters in the third column');
    return { system: system as SyllableSystem, syllable: fold(syllable), cyrillic };
  });
}

/** Parses `Cyrillic letter<TAB>Latin spellings, space-separated (none: dropped)[<TAB>why]`. */
export function parseCyrillicLatin(text: string, file: string): [string, string[]][] {
  return parseTsv(text, file, 1).map(({ cells, line }) => {
    const [letter, spellings = ''] = cells;
    if (!letter || [...letter].length !== 1 || !/\p{Script=Cyrillic}/u.test(letter)) throw new DataError(file, line, 'expected one Cyrillic letter in the first column');
    const latin = spellings.split(' ').filter(Boolean);
    if (latin.some((s) => !/^[a-z]+$/.test(s))) throw new DataError(file, line, 'expected lower-case Latin spellings in the second column');
    return [letter, latin.length ? latin : ['']];
  });
}

/** Readings of one word this many at most: a name's few syllables have a few each. */
const MAX_READINGS = 32;
/** Latin spellings of one Cyrillic syllable this many at most. */
const MAX_SPELLINGS = 16;

/**
 * Reads words MT wrote back from Russian Cyrillic in one language's usual
 * spelling: "tszinpin" (цзиньпин) → jinping, jingping, …; every way the word
 * splits into that language's syllables as Russian writes them. A doubled
 * consonant in Japanese is the doubled consonant (Хаттори, Hattori).
 */
export class SyllableReader extends SyllableReaderBase {
  readonly source = 'russian';
  /** Latin spelling of a syllable's Cyrillic → the syllables. */
  private readonly byLatin = new Map<string, string[]>();

  constructor(readonly system: SyllableSystem, private readonly tables: SyllableTables) {
    super();
  }

  protected build(): void {
    const latin = new Map(this.tables.latin);
    for (const { system, syllable, cyrillic } of this.tables.syllables) {
      if (system !== this.system) continue;
      this.native.add(syllable);
      for (const spelling of spellingsOf(cyrillic, latin)) {
        const list = this.byLatin.get(spelling) ?? [];
        if (!list.includes(syllable)) list.push(syllable);
        this.byLatin.set(spelling, list);
        this.longest = Math.max(this.longest, spelling.length);
      }
    }
  }

  /** The ways `word` splits into syllables as their Latin spellings, each read as the syllables it spells. */
  protected split(word: string): string[] {
    const by = this.byLatin;
    const from = new Map<number, string[]>([[word.length, ['']]]);
    for (let i = word.length - 1; i >= 0; i--) {
      const here = new Set<string>();
      for (let len = 1; len <= this.longest && i + len <= word.length; len++) {
        const piece = word.slice(i, i + len);
        const readings = by.get(piece);
        const rest = from.get(i + len);
        if (!readings || !rest?.length) continue;
        for (const r of readings) for (const tail of rest) if (here.size < MAX_READINGS) here.add(r + tail);
      }
      if (this.doubled(word, i)) {
        for (const tail of from.get(i + 1) ?? []) if (here.size < MAX_READINGS) here.add(word[i]! + tail);
      }
      if (here.size) from.set(i, [...here]);
    }
    return from.get(0) ?? [];
  }

  /** Japanese doubles a consonant before a syllable (っ): Hattori, Nikko. */
  protected override doubled(word: string, i: number): boolean {
    return this.system === 'ja' && word[i + 1] === word[i] && /[bcdfghjkmprstz]/.test(word[i]!);
  }
}

/** Every Latin spelling of a Cyrillic syllable, letter by letter. */
function spellingsOf(cyrillic: string, latin: Map<string, string[]>): string[] {
  let out = [''];
  for (const letter of cyrillic) {
    const ways = latin.get(letter) ?? [letter];
    out = out.flatMap((o) => ways.map((w) => o + w)).slice(0, MAX_SPELLINGS);
  }
  return out;
}
