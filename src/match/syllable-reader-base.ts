import type { NameReader, SyllableSystem } from './cyrillic-spellings.js';

/** Words whose readings are kept, then all forgotten at once: a stream's vocabulary has no end. */
const MAX_MEMO = 20_000;

/**
 * What every reader of a name's syllables shares: its index built on first
 * use (most texts need none), readings memoised per word, and the test of a
 * word already spelt in the language's own syllables.
 */
export abstract class SyllableReaderBase implements NameReader {
  abstract readonly system: SyllableSystem;
  abstract readonly source: NameReader['source'];
  /** The language's own syllables, as its usual Latin spelling writes them. */
  protected readonly native = new Set<string>();
  /** Letters in the longest piece split() or isNative() looks up. */
  protected longest = 0;
  private built = false;
  private readonly memo = new Map<string, string[]>();

  /** Fills `native`, `longest` and the reader's own index. */
  protected abstract build(): void;

  /** The readings of a word without apostrophes and hyphens. */
  protected abstract split(word: string): string[];

  /** Whether word[i] may stand for itself before a syllable (Japanese doubles a consonant). */
  protected doubled(_word: string, _i: number): boolean {
    return false;
  }

  /** Apostrophes and hyphens ignored: "Zheng'en" is zheng en. */
  read(folded: string): readonly string[] {
    let out = this.memo.get(folded);
    if (!out) {
      this.ready();
      out = this.split(folded.replace(/['’-]/g, ''));
      if (this.memo.size >= MAX_MEMO) this.memo.clear();
      this.memo.set(folded, out);
    }
    return out;
  }

  /** "Chunli", "Mao Ning", "Jaemyung". */
  isNative(folded: string): boolean {
    this.ready();
    const word = folded.replace(/['’-]/g, '');
    // ends[i]: word[i..] splits into syllables.
    const ends = new Uint8Array(word.length + 1);
    ends[word.length] = 1;
    for (let i = word.length - 1; i >= 0; i--) {
      for (let len = 1; len <= this.longest && i + len <= word.length && !ends[i]; len++) {
        if (ends[i + len] && this.native.has(word.slice(i, i + len))) ends[i] = 1;
      }
      if (ends[i + 1] && this.doubled(word, i)) ends[i] = 1;
    }
    return ends[0] === 1;
  }

  private ready(): void {
    if (this.built) return;
    this.built = true;
    this.build();
  }
}
