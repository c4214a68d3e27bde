/**
 * FNV-1a over UTF-16 code units. `skip` leaves one position out, so the hash
 * of a one-letter deletion is computed without building the shorter string.
 */
export function hash(s: string, skip = -1): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Open-addressing table size for n keys: a power of two at most 80% full (a miss is answered by the filter first). */
export function tableSize(n: number): number {
  let size = 16;
  while (size * 0.8 < n) size *= 2;
  return size;
}
