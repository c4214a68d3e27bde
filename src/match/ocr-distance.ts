import { distance } from 'fastest-levenshtein';

/**
 * Edit distance in which swapping letters that look alike in print costs
 * less than swapping unrelated ones. Both strings are folded; `skeleton`
 * maps a letter to its look-alike class (from the OCR rewrite table). A
 * distance above `max` comes back as some value above it, once the table
 * shows it is.
 */
export function ocrDistance(a: string, b: string, skeleton: (s: string) => string, max = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  // Beyond a few edits the exact weighting no longer matters.
  if (Math.abs(n - m) > 3) return distance(a, b);
  // Per UTF-16 unit, as the table walks the strings: a letter beyond the BMP is two units.
  const { units: sa, merged: mergedA } = glyphsOf(a, skeleton);
  const { units: sb, merged: mergedB } = glyphsOf(b, skeleton);
  // Three rows of the table, at offsets into memory kept between calls:
  // arrays made per row were most of what a lookup in OCR'd text allocated.
  // Costs in fifths, whole numbers: fractions are boxed until V8 optimises.
  const w = m + 1;
  if (rows.length < 3 * w) rows = new Int32Array(6 * w);
  const t = rows;
  const limit = max * FIFTHS;
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= m; j++) t[prev + j] = j * FIFTHS;
  let prevLeast = 0;
  for (let i = 1; i <= n; i++) {
    t[cur] = i * FIFTHS;
    let least = i * FIFTHS;
    for (let j = 1; j <= m; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : sa[i - 1] === sb[j - 1] ? LOOKALIKE_FIFTHS : FIFTHS;
      let best = Math.min(t[prev + j]! + FIFTHS, t[cur + j - 1]! + FIFTHS, t[prev + j - 1]! + same);
      // Two glyphs read as one and back (rn / m, cl / d, li / h).
      if (i >= 2 && mergedA[i] !== undefined && mergedA[i] === sb[j - 1]) best = Math.min(best, t[prev2 + j - 1]! + LOOKALIKE_FIFTHS);
      if (j >= 2 && mergedB[j] !== undefined && mergedB[j] === sa[i - 1]) best = Math.min(best, t[prev + j - 2]! + LOOKALIKE_FIFTHS);
      t[cur + j] = best;
      if (best < least) least = best;
    }
    // Costs only grow along a path, and a path crosses every row or, merging
    // two letters, skips one: past `max` in two rows running, it ends past it.
    if (least > limit && prevLeast > limit) return Math.min(least, prevLeast) / FIFTHS;
    prevLeast = least;
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return t[prev + m]! / FIFTHS;
}

/** An edit in fifths; a look-alike swap costs two (LOOKALIKE). */
const FIFTHS = 5;
const LOOKALIKE_FIFTHS = 2;

let rows = new Int32Array(0);

/** What the table reads of one string's glyphs. */
interface Glyphs {
  /** The skeleton class of each UTF-16 unit. */
  units: string[];
  /**
   * Per end position i ≥ 2, the one letter the glyph pair [i-2, i) is read
   * as, if a rule reads it so ("rn" as "m"), or it is two thin strokes read
   * as one ("Ij" for "L"); not two round letters that merely share a class
   * ("ca" is not "a").
   */
  merged: (string | undefined)[];
}

const MAX_GLYPHS = 50_000;
const glyphCache = new WeakMap<(s: string) => string, Map<string, Glyphs>>();

/**
 * A string's glyphs, kept per skeleton: a word is compared with the dozens
 * of names its lookup finds, and a name with every word near it.
 */
function glyphsOf(s: string, skeleton: (s: string) => string): Glyphs {
  let cache = glyphCache.get(skeleton);
  if (!cache) glyphCache.set(skeleton, (cache = new Map()));
  let g = cache.get(s);
  if (!g) {
    if (cache.size >= MAX_GLYPHS) cache.clear();
    const units: string[] = [];
    for (let i = 0; i < s.length; i++) units.push(skeleton(s[i]!));
    const merged = new Array<string | undefined>(s.length + 1).fill(undefined);
    for (let i = 2; i <= s.length; i++) {
      const pair = s.slice(i - 2, i);
      const joined = skeleton(pair);
      if (joined.length !== 1) continue;
      if (joined === STROKE || joined !== (units[i - 2]! + units[i - 1]!).replace(/(.)\1+/g, '$1')) merged[i] = joined;
    }
    cache.set(s, (g = { units, merged }));
  }
  return g;
}

/** The skeleton class of thin vertical strokes (i, l, j, t, f, 1). */
const STROKE = 'l';

/** What swapping two look-alike letters costs, against 1 for any other edit. */
export const LOOKALIKE = 0.4;
