import { ocrSkeletons } from '../match/confusions.js';
import type { Keyed } from '../match/similarity.js';
import type { KeyFns } from './gazetteer.js';

const MAX_CACHED = 100_000;

/** Letters a spelling needs for its swapped spellings to be looked up: shorter ones reach too many names. */
const MIN_SWAPPED = 5;
const LETTER = /\p{L}/u;

/**
 * Per-spelling memory of a gazetteer: match keys and fuzzy lookups. A long
 * text repeats its names, and skeletons are asked for letter by letter.
 */
export class KeyCache {
  private readonly keys = new Map<string, Keyed>();
  private readonly skeletons = new Map<string, string>();
  private readonly lookups = new Map<string, Set<string>>();

  constructor(private readonly fns: KeyFns) {}

  /** Folded and transliteration keys of a folded token. */
  key(folded: string): Keyed {
    let k = this.keys.get(folded);
    if (!k) {
      if (this.keys.size >= MAX_CACHED) this.keys.clear();
      this.keys.set(folded, (k = { folded, translit: this.fns.translit(folded) }));
    }
    return k;
  }

  /**
   * From MIN_SWAPPED letters, the transliteration keys of the spelling with
   * two letters after the first swapped, where they differ from its own key
   * by more than a swap. A swap is one slip, but a key merges letters, so it
   * can lie two deletions from the name's ("Buchaerst" bukerst, Bucharest
   * bukarest); the swapped spelling's key is the name's.
   */
  swappedKeys(folded: string): string[] {
    const keys: string[] = [];
    if (folded.length < MIN_SWAPPED) return keys;
    const own = this.key(folded).translit;
    for (let i = 1; i < folded.length - 1; i++) {
      const a = folded[i]!;
      const b = folded[i + 1]!;
      if (a === b || !LETTER.test(a) || !LETTER.test(b)) continue;
      // A key as long as its own is its own with two letters swapped: the lookup of that reaches it.
      const k = this.fns.translit(folded.slice(0, i) + b + a + folded.slice(i + 2));
      if (k.length !== own.length && !keys.includes(k)) keys.push(k);
    }
    return keys;
  }

  /** The OCR glyph skeleton of a folded string. */
  skeleton(folded: string): string {
    let k = this.skeletons.get(folded);
    if (k === undefined) {
      if (this.skeletons.size >= MAX_CACHED) this.skeletons.clear();
      this.skeletons.set(folded, (k = this.fns.ocr(folded)));
    }
    return k;
  }

  /** The skeletons an OCR lookup asks: the full one, and the letter-for-letter one where it differs. */
  ocrKeys(folded: string): string[] {
    return ocrSkeletons({ ocr: (f) => this.skeleton(f), ocrLetters: this.fns.ocrLetters }, folded);
  }

  /** A fuzzy lookup's result, computed once per spelling and mode; never the token itself. */
  fuzzy(folded: string, ocr: boolean, compute: () => Set<string>): Set<string> {
    const cacheKey = ocr ? `${folded}\u0000ocr` : folded;
    let out = this.lookups.get(cacheKey);
    if (!out) {
      if (this.lookups.size >= MAX_CACHED) this.lookups.clear();
      out = compute();
      out.delete(folded);
      this.lookups.set(cacheKey, out);
    }
    return out;
  }
}
