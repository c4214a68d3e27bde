import { pagedSection, type Section } from './container.js';
import { hash } from './hash.js';
import type { Pager } from './pager.js';
import { Postings } from './postings.js';

const SINGLE = 0x80000000;
/** Hashes per directory bucket, on average: a probe bisects a few cache lines, not the whole array. */
const PER_BUCKET = 64;
const MAX_BITS = 20;

/**
 * The symmetric-delete index of match/delete-index.ts in typed arrays: each
 * key and its one-letter deletions are stored by hash only. A hash collision
 * can only add a candidate, and every candidate is verified by similarity()
 * anyway, so the strings themselves need not be kept. Hashes are sorted:
 * half the bytes of a hash table. A directory by the hashes' top bits points
 * each probe at the few dozen hashes that can hold it, so a probe costs about
 * the same cache misses whether the index holds ten thousand names or a million.
 */
export class HashedDeleteIndex {
  /**
   * `hashes`: sorted; `entries[i]`: SINGLE | id for the one target most
   * variants have, else posting index into `targets`.
   */
  private readonly shift: number;

  /** `dir[b]`: the first hash whose top bits are b (`directory()`). */
  constructor(
    readonly hashes: Uint32Array, readonly entries: Uint32Array, readonly targets: Postings, readonly dir: Uint32Array,
    private readonly hashPages?: Pager, private readonly entryPages?: Pager,
  ) {
    this.shift = 32 - Math.log2(dir.length - 1);
  }

  /** The index stored under `prefix` in a group. */
  static stored(sections: Record<string, Section>, prefix: string): HashedDeleteIndex {
    const hashes = pagedSection<Uint32Array>(sections, `${prefix}.hashes`);
    const entries = pagedSection<Uint32Array>(sections, `${prefix}.entries`);
    return new HashedDeleteIndex(
      hashes.array, entries.array, Postings.stored(sections, `${prefix}.values`, `${prefix}.vstarts`),
      sections[`${prefix}.dir`] as Uint32Array, hashes.pager, entries.pager,
    );
  }

  /** The sections `stored()` reads back. */
  toSections(prefix: string): Record<string, Section> {
    return {
      [`${prefix}.hashes`]: this.hashes, [`${prefix}.entries`]: this.entries,
      [`${prefix}.values`]: this.targets.values, [`${prefix}.vstarts`]: this.targets.starts, [`${prefix}.dir`]: this.dir,
    };
  }

  /** Ids of the targets within two edits of key (key and query deletions meet). */
  lookup(key: string, out = new Set<number>()): Set<number> {
    this.take(hash(key), out);
    for (let i = 0; i < key.length; i++) this.take(hash(key, i), out);
    return out;
  }

  /** Ids of the targets whose key is key or key with a letter more: one probe. */
  near(key: string, out = new Set<number>()): Set<number> {
    this.take(hash(key), out);
    return out;
  }

  private take(h: number, out: Set<number>): void {
    const b = h >>> this.shift;
    let lo = this.dir[b]!;
    let hi = this.dir[b + 1]!;
    // One bucket past its end: where the bisection lands when every hash in it is smaller.
    this.hashPages?.need(lo, Math.min(hi + 1, this.hashes.length));
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.hashes.length || this.hashes[lo] !== h) return;
    this.entryPages?.need(lo, lo + 1);
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
    return new HashedDeleteIndex(hashes, entries, Postings.build(lists), HashedDeleteIndex.directory(hashes));
  }

  /** Bucket starts for sorted hashes, 2^bits + 1 of them, the last one past the end. */
  static directory(hashes: Uint32Array): Uint32Array {
    const bits = Math.min(MAX_BITS, Math.max(1, Math.ceil(Math.log2(hashes.length / PER_BUCKET))));
    const shift = 32 - bits;
    const dir = new Uint32Array((1 << bits) + 1);
    let b = 0;
    hashes.forEach((h, i) => {
      while (b <= h >>> shift) dir[b++] = i;
    });
    dir.fill(hashes.length, b);
    return dir;
  }
}
