const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;

/**
 * Fills a typed array from the snapshot file a page at a time, as lookups
 * reach it. On this kind of machine the first write to a fresh page costs
 * more than reading it: an article touches a few pages of the large string
 * pools and hash tables, so reading them whole was most of its start-up.
 */
export class Pager {
  private readonly loaded: Uint8Array;
  private missing: number;
  /** log2 of elements per page. */
  private readonly shift: number;

  /** `fill(bytes, from, to)` copies file bytes [from, to) of the array into `bytes`. */
  constructor(private readonly bytes: Uint8Array, elementSize: number, private readonly fill: (bytes: Uint8Array, from: number, to: number) => void) {
    this.shift = PAGE_BITS - Math.log2(elementSize);
    this.loaded = new Uint8Array(Math.ceil(bytes.length / PAGE));
    this.missing = this.loaded.length;
  }

  /** Makes elements [from, to) readable. */
  need(from: number, to: number): void {
    if (this.missing === 0 || to <= from) return;
    const last = (to - 1) >> this.shift;
    for (let p = from >> this.shift; p <= last; p++) {
      if (this.loaded[p]) continue;
      let q = p;
      while (q < last && !this.loaded[q + 1]) q++;
      this.fill(this.bytes, p * PAGE, Math.min((q + 1) * PAGE, this.bytes.length));
      this.loaded.fill(1, p, q + 1);
      this.missing -= q + 1 - p;
      p = q;
    }
  }
}
