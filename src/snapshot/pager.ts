import { PAGE_BITS } from './file-image.js';

/**
 * Makes a typed array that lies in a FileImage readable a page at a time, as
 * lookups reach it. On this kind of machine the first write to a fresh page
 * costs more than reading it: an article touches a few pages of the large
 * string pools and hash tables, so reading them whole was most of its start-up.
 * Its own flags let a lookup on a page already read return at once.
 */
export class Pager {
  private readonly loaded: Uint8Array;
  private missing: number;
  /** The file page the array starts in. */
  private readonly first: number;
  private readonly elementBits: number;

  /**
   * An array of `bytes` bytes of `elementSize` each at file offset `start`;
   * `fill(from, to)` makes file bytes [from, to) readable.
   */
  constructor(private readonly start: number, bytes: number, elementSize: number, private readonly fill: (from: number, to: number) => void) {
    this.elementBits = Math.log2(elementSize);
    this.first = start >> PAGE_BITS;
    this.loaded = new Uint8Array(bytes === 0 ? 0 : ((start + bytes - 1) >> PAGE_BITS) - this.first + 1);
    this.missing = this.loaded.length;
  }

  /** Makes elements [from, to) readable. */
  need(from: number, to: number): void {
    if (this.missing === 0 || to <= from) return;
    const at = this.start - (this.first << PAGE_BITS);
    const last = (at + (to << this.elementBits) - 1) >> PAGE_BITS;
    for (let p = (at + (from << this.elementBits)) >> PAGE_BITS; p <= last; p++) {
      if (this.loaded[p]) continue;
      let q = p;
      while (q < last && !this.loaded[q + 1]) q++;
      this.fill((this.first + p) << PAGE_BITS, (this.first + q + 1) << PAGE_BITS);
      this.loaded.fill(1, p, q + 1);
      this.missing -= q + 1 - p;
      p = q;
    }
  }
}
