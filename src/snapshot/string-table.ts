import { pagedSection, type Section } from './container.js';
import { hash, tableSize } from './hash.js';
import type { Pager } from './pager.js';
import { StringList } from './string-list.js';

/** Bits of the key filter per key: about 2% of absent keys get past it. */
const FILTER_BITS_PER_KEY = 10;
/** Bits each key sets in the filter. */
const FILTER_PROBES = 3;

/**
 * A read-only set of strings, each with an index: an open-addressing hash
 * table over a StringList. Lookups compare code units in place, so a probe
 * allocates nothing and the table loads as two typed arrays. A Bloom filter
 * of the keys, read whole when first asked, turns most absent keys away:
 * a text asks about more words a table lacks than it holds, and a probe of
 * the table itself reads a page or two of a large file at random.
 */
export class StringTable {
  private readonly mask: number;
  private filterBits?: Uint32Array;

  constructor(
    readonly keys: StringList, readonly slots: Uint32Array, private readonly slotPages?: Pager,
    private readonly filter: () => Uint32Array = () => StringTable.filterOf(keys),
  ) {
    this.mask = slots.length - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Index of s, or -1. */
  indexOf(s: string): number {
    const h = hash(s);
    if (!mayHold(this.filterBits ??= this.filter(), h)) return -1;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      this.slotPages?.need(i, i + 1);
      const slot = this.slots[i]!;
      if (slot === 0) return -1;
      if (this.keys.equals(slot - 1, s)) return slot - 1;
    }
  }

  has(s: string): boolean {
    return this.indexOf(s) >= 0;
  }

  /** The table stored under `prefix` (its list, `.slots` and `.filter`). */
  static stored(sections: Record<string, Section>, prefix: string): StringTable {
    const slots = pagedSection<Uint32Array>(sections, `${prefix}.slots`);
    return new StringTable(StringList.stored(sections, prefix), slots.array, slots.pager, () => sections[`${prefix}.filter`] as Uint32Array);
  }

  toSections(prefix: string): Record<string, Section> {
    return { ...this.keys.toSections(prefix), [`${prefix}.slots`]: this.slots, [`${prefix}.filter`]: this.filterBits ??= this.filter() };
  }

  /** The Bloom filter of a list's strings: a power of two of bits, FILTER_BITS_PER_KEY or more per string. */
  static filterOf(keys: StringList): Uint32Array {
    let bits = 32;
    while (bits < FILTER_BITS_PER_KEY * keys.length) bits *= 2;
    const filter = new Uint32Array(bits / 32);
    for (let k = 0; k < keys.length; k++) {
      const h = hash(keys.at(k));
      for (let j = 0, b = h, d = step(h); j < FILTER_PROBES; j++, b = (b + d) >>> 0) filter[(b & (bits - 1)) >>> 5]! |= 1 << (b & 31);
    }
    return filter;
  }

  /** Keys keep their order: index i is keys[i]. */
  static build(keys: string[]): StringTable {
    const slots = new Uint32Array(tableSize(keys.length));
    const mask = slots.length - 1;
    keys.forEach((k, idx) => {
      let i = hash(k) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = idx + 1;
    });
    return new StringTable(StringList.build(keys), slots);
  }
}

/** The filter's second hash, odd: the bits a key sets are h, h + step, h + 2·step (double hashing). */
const step = (h: number) => (Math.imul(h, 0x9e3779b1) >>> 0) | 1;

/** Whether a key hashing to h may be in the table whose filter this is: false is sure, true may be wrong. */
function mayHold(filter: Uint32Array, h: number): boolean {
  const bits = filter.length * 32;
  for (let j = 0, b = h, d = step(h); j < FILTER_PROBES; j++, b = (b + d) >>> 0) if (!(filter[(b & (bits - 1)) >>> 5]! & (1 << (b & 31)))) return false;
  return true;
}
