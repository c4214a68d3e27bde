import { createRequire } from 'node:module';

let tuned = false;

/**
 * V8 settings for checking long texts, set once the command line sees one (a
 * second piece, a stream of documents): loading node:v8 costs ~10 ms, more
 * than a short text's check. Both are read at each collection, so they take
 * effect though set after start-up. Process-wide: the command line and the
 * benchmark call this, the library never does.
 *
 * - A long text is checked in pieces whose words die young. V8's default lets
 *   the heap grow to four times what survives before collecting it; growing
 *   by 30% keeps 5 MB of prose near 190 MB instead of 320.
 * - Allocation-site pretenuring sees a piece's words outlive one scavenge and
 *   from then on allocates every word straight into the old generation, which
 *   only a full collection frees: building a piece's words took twice as long
 *   and the peak rose by 35 MB.
 */
export function tuneHeap(): void {
  if (tuned) return;
  tuned = true;
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  setFlagsFromString('--heap-growing-percent=30');
  setFlagsFromString('--no-allocation-site-pretenuring');
}
