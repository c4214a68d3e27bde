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
  const { points: sa, units: oneA, merged: mergedA } = glyphsOf(a, skeleton);
  const { points: sb, units: oneB, merged: mergedB } = glyphsOf(b, skeleton);
  const prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let prevLeast = 0;
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    let least = i;
    for (let j = 1; j <= m; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : sa[i - 1] === sb[j - 1] ? LOOKALIKE : 1;
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + same);
      // Two glyphs read as one and back (rn / m, cl / d, li / h).
      if (i >= 2 && mergedA[i] !== undefined && mergedA[i] === oneB[j - 1]) best = Math.min(best, prev2[j - 1]! + LOOKALIKE);
      if (j >= 2 && mergedB[j] !== undefined && mergedB[j] === oneA[i - 1]) best = Math.min(best, prev[j - 2]! + LOOKALIKE);
      cur[j] = best;
      if (best < least) least = best;
    }
    // Costs only grow along a path, and a path crosses every row or, merging
    // two letters, skips one: past `max` in two rows running, it ends past it.
    if (least > max && prevLeast > max) return Math.min(least, prevLeast);
    prevLeast = least;
    for (let j = 0; j <= m; j++) prev2[j] = prev[j]!;
    prev = cur;
  }
  return prev[m]!;
}

/** What the table reads of one string's glyphs. */
interface Glyphs {
  /** The skeleton class of each code point. */
  points: string[];
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
    cache.set(s, (g = { points: [...s].map((c) => skeleton(c)), units, merged }));
  }
  return g;
}

/** The skeleton class of thin vertical strokes (i, l, j, t, f, 1). */
const STROKE = 'l';

/** What swapping two look-alike letters costs, against 1 for any other edit. */
export const LOOKALIKE = 0.4;
