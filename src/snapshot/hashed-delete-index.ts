import { hash, tableSize } from './hash.js';
import { Postings } from './postings.js';

/**
 * The symmetric-delete index of match/delete-index.ts in typed arrays: each
 * key and its one-letter deletions are stored by hash only. A hash collision
 * can only add a candidate, and every candidate is verified by similarity()
 * anyway, so the strings themselves need not be kept.
 */
const SINGLE = 0x80000000;

export class HashedDeleteIndex {
  private readonly mask: number;

  /**
   * `slots`: pairs of (hash, entry); an entry is 0 when empty, SINGLE | id
   * for the one target most variants have, else posting index + 1.
   */
  constructor(readonly slots: Uint32Array, readonly targets: Postings) {
    this.mask = slots.length / 2 - 1;
  }

  /** Ids of the targets within two edits of key (key and query deletions meet). */
  lookup(key: string, out = new Set<number>()): Set<number> {
    this.take(hash(key), out);
    for (let i = 0; i < key.length; i++) this.take(hash(key, i), out);
    return out;
  }

  private take(h: number, out: Set<number>): void {
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const entry = this.slots[2 * i + 1]!;
      if (entry === 0) return;
      if (this.slots[2 * i] === h) {
        if (entry & SINGLE) out.add(entry & ~SINGLE);
        else for (const id of this.targets.at(entry - 1)) out.add(id);
        return;
      }
    }
  }

  /** keys[i] is the key target i is found under. */
  static build(keys: string[]): HashedDeleteIndex {
    const byHash = new Map<number, number[]>();
    const put = (h: number, id: number) => {
      const list = byHash.get(h);
      if (!list) byHash.set(h, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    if (keys.length >= SINGLE) throw new RangeError('too many keys for a delete index');
    keys.forEach((k, id) => {
      put(hash(k), id);
      for (let i = 0; i < k.length; i++) put(hash(k, i), id);
    });
    const slots = new Uint32Array(2 * tableSize(byHash.size));
    const mask = slots.length / 2 - 1;
    const lists: number[][] = [];
    for (const [h, ids] of byHash) {
      let i = h & mask;
      while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
      slots[2 * i] = h;
      slots[2 * i + 1] = ids.length === 1 ? (SINGLE | ids[0]!) >>> 0 : lists.push(ids);
    }
    return new HashedDeleteIndex(slots, Postings.build(lists));
  }
}
