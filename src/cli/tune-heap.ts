import { createRequire } from 'node:module';

type V8 = typeof import('node:v8');

let v8: V8 | undefined;
let capped = false;

/** New-space size (both semi-spaces) at which it stops growing: 8 MB, against V8's 32. */
const YOUNG_CAP = 8 * 2 ** 20;

/**
 * V8 heap settings for checking long texts, called before each piece once
 * the command line sees one (a second piece, a stream of documents): a short
 * text's heap never grows enough to need them. V8 reads each when it next
 * collects or grows the heap, so they take effect though set after start-up.
 * Process-wide: the command line and the benchmark call this, the library
 * never does.
 *
 * - A long text is checked in pieces whose words die young. V8's default lets
 *   the heap grow to four times what survives before collecting it; growing
 *   by 30% keeps 5 MB of prose near 190 MB instead of 320.
 * - Allocation-site pretenuring sees a piece's words outlive one scavenge and
 *   from then on allocates every word straight into the old generation, which
 *   only a full collection frees: building a piece's words took twice as long
 *   and the peak rose by 35 MB.
 * - The new space doubles while pieces' words survive scavenges, up to 32 MB,
 *   though a piece's words are a fraction of one: once it reaches YOUNG_CAP it
 *   stops growing (its maximum is fixed at start-up; its growth factor is not).
 *   Checking 5 MB of prose, the command line peaked at 179–183 MB, not 197–199.
 */
export function tuneHeap(): void {
  if (!v8) {
    v8 = createRequire(import.meta.url)('node:v8') as V8;
    v8.setFlagsFromString('--heap-growing-percent=30');
    v8.setFlagsFromString('--no-allocation-site-pretenuring');
  }
  if (capped) return;
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (young && young.space_size >= YOUNG_CAP) {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    capped = true;
  }
}
