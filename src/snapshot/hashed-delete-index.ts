import { hash } from './hash.js';
import { Postings } from './postings.js';

const SINGLE = 0x80000000;

/**
 * The symmetric-delete index of match/delete-index.ts in typed arrays: each
 * key and its one-letter deletions are stored by hash only. A hash collision
 * can only add a candidate, and every candidate is verified by similarity()
 * anyway, so the strings themselves need not be kept. Hashes are sorted and
 * searched by bisection: half the bytes of a hash table, and start-up reads
 * every byte of it.
 */
export class HashedDeleteIndex {
  /**
   * `hashes`: sorted; `entries[i]`: SINGLE | id for the one target most
   * variants have, else posting index into `targets`.
   */
  constructor(readonly hashes: Uint32Array, readonly entries: Uint32Array, readonly targets: Postings) {}

  /** Ids of the targets within two edits of key (key and query deletions meet). */
  lookup(key: string, out = new Set<number>()): Set<number> {
    this.take(hash(key), out);
    for (let i = 0; i < key.length; i++) this.take(hash(key, i), out);
    return out;
  }

  private take(h: number, out: Set<number>): void {
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.hashes.length || this.hashes[lo] !== h) return;
    const entry = this.entries[lo]!;
    if (entry & SINGLE) out.add(entry & ~SINGLE);
    else for (const id of this.targets.at(entry)) out.add(id);
  }

  /** keys[i] is the key target i is found under. */
  static build(keys: string[]): HashedDeleteIndex {
    if (keys.length >= SINGLE) throw new RangeError('too many keys for a delete index');
    const byHash = new Map<number, number[]>();
    const put = (h: number, id: number) => {
      const list = byHash.get(h);
      if (!list) byHash.set(h, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    keys.forEach((k, id) => {
      put(hash(k), id);
      for (let i = 0; i < k.length; i++) put(hash(k, i), id);
    });
    const hashes = Uint32Array.from(byHash.keys()).sort();
    const entries = new Uint32Array(hashes.length);
    const lists: number[][] = [];
    hashes.forEach((h, i) => {
      const ids = byHash.get(h)!;
      entries[i] = ids.length === 1 ? (SINGLE | ids[0]!) >>> 0 : lists.push(ids) - 1;
    });
    return new HashedDeleteIndex(hashes, entries, Postings.build(lists));
  }
}
