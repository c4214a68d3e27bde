/** Lists of numbers by index (an id's forms, a variant's targets), end to end. */
export class Postings {
  constructor(readonly values: Uint32Array, readonly starts: Uint32Array) {}

  at(i: number): Uint32Array {
    return this.values.subarray(this.starts[i], this.starts[i + 1]);
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
