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
  const sa = [...a].map((c) => skeleton(c));
  const sb = [...b].map((c) => skeleton(c));
  // Read once per string, not per cell: each was a lookup of a new string.
  const mergedA = mergedPairs(a, skeleton);
  const mergedB = mergedPairs(b, skeleton);
  const oneA = unitClasses(a, skeleton);
  const oneB = unitClasses(b, skeleton);
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

/** The skeleton class of each UTF-16 unit of s. */
function unitClasses(s: string, skeleton: (s: string) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(skeleton(s[i]!));
  return out;
}

/**
 * Per end position i ≥ 2, the one letter the glyph pair s[i-2, i) is read
 * as, if a rule reads it so ("rn" as "m"), or it is two thin strokes read as
 * one ("Ij" for "L"); not two round letters that merely share a class ("ca"
 * is not "a").
 */
function mergedPairs(s: string, skeleton: (s: string) => string): (string | undefined)[] {
  const out = new Array<string | undefined>(s.length + 1).fill(undefined);
  for (let i = 2; i <= s.length; i++) {
    const pair = s.slice(i - 2, i);
    const joined = skeleton(pair);
    if (joined.length !== 1) continue;
    if (joined === STROKE || joined !== (skeleton(pair[0]!) + skeleton(pair[1]!)).replace(/(.)\1+/g, '$1')) out[i] = joined;
  }
  return out;
}

/** The skeleton class of thin vertical strokes (i, l, j, t, f, 1). */
const STROKE = 'l';

/** What swapping two look-alike letters costs, against 1 for any other edit. */
export const LOOKALIKE = 0.4;
