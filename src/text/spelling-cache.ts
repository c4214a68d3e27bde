/**
 * Values per spelling, looked up by a span of a text: a hit neither slices
 * the span into a string nor hashes one, which was most of what building a
 * long text's words cost. Open addressing over FNV-1a hashes of the UTF-16
 * code units, each key beside its value in one array (one cache line for
 * both: a long text looks up every word it has); emptied when full, like the
 * caches it replaces: an archive's vocabulary, not its length, fills it.
 */
export class SpellingCache<T> {
  /** Key at 2i, its value at 2i + 1. */
  private slots: (string | T | undefined)[];
  private count = 0;

  constructor(private readonly max: number, private capacity = 1 << 12) {
    this.slots = new Array<string | T | undefined>(2 * capacity).fill(undefined);
  }

  /** The value of the spelling text[start, end), made from that spelling on first sight. */
  get(text: string, start: number, end: number, make: (spelling: string) => T): T {
    const h = fnv(text, start, end);
    const len = end - start;
    const mask = this.capacity - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = this.slots[2 * s] as string | undefined;
      if (k === undefined) break;
      if (k.length === len && same(k, text, start)) return this.slots[2 * s + 1] as T;
    }
    const spelling = text.slice(start, end);
    const value = make(spelling);
    if (this.count >= this.max) this.clear();
    else if (2 * (this.count + 1) > this.capacity) this.grow();
    this.put(h, spelling, value);
    return value;
  }

  private put(h: number, key: string, value: T): void {
    const mask = this.capacity - 1;
    let s = h & mask;
    while (this.slots[2 * s] !== undefined) s = (s + 1) & mask;
    this.slots[2 * s] = key;
    this.slots[2 * s + 1] = value;
    this.count++;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Array<string | T | undefined>(2 * this.capacity).fill(undefined);
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) {
      const k = old[i] as string | undefined;
      if (k !== undefined) this.put(fnv(k, 0, k.length), k, old[i + 1] as T);
    }
  }

  private clear(): void {
    this.slots.fill(undefined);
    this.count = 0;
  }
}

function fnv(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function same(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
