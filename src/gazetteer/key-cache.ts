import { ocrSkeletons } from '../match/confusions.js';
import type { Keyed } from '../match/similarity.js';
import type { KeyFns } from './gazetteer.js';

const MAX_CACHED = 100_000;

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
