import { pagedSection, type Section } from './container.js';
import type { Pager } from './pager.js';

/**
 * Strings stored end to end as code units, read back by index: one byte per
 * unit when every string is Latin-1 (most folded names are), else two.
 * Read from a snapshot, the arrays fill as strings are asked for.
 */
export class StringList {
  constructor(
    readonly pool: Uint8Array | Uint16Array, readonly starts: Uint32Array,
    private readonly poolPages?: Pager, private readonly startPages?: Pager,
  ) {}

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    this.startPages?.need(i, i + 2);
    const start = this.starts[i]!;
    const end = this.starts[i + 1]!;
    this.poolPages?.need(start, end);
    return String.fromCharCode.apply(null, this.pool.subarray(start, end) as unknown as number[]);
  }

  /** Whether string i is exactly s, without decoding it. */
  equals(i: number, s: string): boolean {
    this.startPages?.need(i, i + 2);
    const start = this.starts[i]!;
    if (this.starts[i + 1]! - start !== s.length) return false;
    this.poolPages?.need(start, start + s.length);
    for (let j = 0; j < s.length; j++) if (this.pool[start + j] !== s.charCodeAt(j)) return false;
    return true;
  }

  /** The list stored under `prefix` (`.pool`, `.starts`). */
  static stored(sections: Record<string, Section>, prefix: string): StringList {
    const pool = pagedSection<Uint8Array | Uint16Array>(sections, `${prefix}.pool`);
    const starts = pagedSection<Uint32Array>(sections, `${prefix}.starts`);
    return new StringList(pool.array, starts.array, pool.pager, starts.pager);
  }

  toSections(prefix: string): Record<string, Section> {
    return { [`${prefix}.pool`]: this.pool, [`${prefix}.starts`]: this.starts };
  }

  static build(strings: string[]): StringList {
    const starts = new Uint32Array(strings.length + 1);
    let total = 0;
    strings.forEach((s, i) => { total += s.length; starts[i + 1] = total; });
    const wide = strings.some((s) => /[^\u0000-\u00ff]/.test(s));
    const pool = wide ? new Uint16Array(total) : new Uint8Array(total);
    strings.forEach((s, i) => { for (let j = 0; j < s.length; j++) pool[starts[i]! + j] = s.charCodeAt(j); });
    return new StringList(pool, starts);
  }
}
