import { pagedSection, type Section } from './container.js';
import { hash, tableSize } from './hash.js';
import type { Pager } from './pager.js';
import { StringList } from './string-list.js';

/**
 * A read-only set of strings, each with an index: an open-addressing hash
 * table over a StringList. Lookups compare code units in place, so a probe
 * allocates nothing and the table loads as two typed arrays.
 */
export class StringTable {
  private readonly mask: number;

  constructor(readonly keys: StringList, readonly slots: Uint32Array, private readonly slotPages?: Pager) {
    this.mask = slots.length - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Index of s, or -1. */
  indexOf(s: string): number {
    for (let i = hash(s) & this.mask; ; i = (i + 1) & this.mask) {
      this.slotPages?.need(i, i + 1);
      const slot = this.slots[i]!;
      if (slot === 0) return -1;
      if (this.keys.equals(slot - 1, s)) return slot - 1;
    }
  }

  has(s: string): boolean {
    return this.indexOf(s) >= 0;
  }

  /** The table stored under `prefix` (its list, and `.slots`). */
  static stored(sections: Record<string, Section>, prefix: string): StringTable {
    const slots = pagedSection<Uint32Array>(sections, `${prefix}.slots`);
    return new StringTable(StringList.stored(sections, prefix), slots.array, slots.pager);
  }

  toSections(prefix: string): Record<string, Section> {
    return { ...this.keys.toSections(prefix), [`${prefix}.slots`]: this.slots };
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
