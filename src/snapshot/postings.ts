import { pagedSection, type Section } from './container.js';
import type { Pager } from './pager.js';

/** Lists of numbers by index (an id's forms, a variant's targets), end to end. */
export class Postings {
  constructor(
    readonly values: Uint32Array, readonly starts: Uint32Array,
    private readonly valuePages?: Pager, private readonly startPages?: Pager,
  ) {}

  at(i: number): Uint32Array {
    this.startPages?.need(i, i + 2);
    const start = this.starts[i]!;
    const end = this.starts[i + 1]!;
    this.valuePages?.need(start, end);
    return this.values.subarray(start, end);
  }

  /** The postings stored as `values` and `starts` sections of a group. */
  static stored(sections: Record<string, Section>, values: string, starts: string): Postings {
    const v = pagedSection<Uint32Array>(sections, values);
    const s = pagedSection<Uint32Array>(sections, starts);
    return new Postings(v.array, s.array, v.pager, s.pager);
  }

  static build(lists: ArrayLike<number>[]): Postings {
    const starts = new Uint32Array(lists.length + 1);
    let total = 0;
    lists.forEach((l, i) => { total += l.length; starts[i + 1] = total; });
    const values = new Uint32Array(total);
    lists.forEach((l, i) => values.set(l, starts[i]));
    return new Postings(values, starts);
  }
}
