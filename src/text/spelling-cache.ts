/**
 * Values per spelling, looked up by a span of a text: a hit neither slices
 * the span into a string nor hashes one, which was most of what building a
 * long text's words cost. Open addressing over FNV-1a hashes of the UTF-16
 * code units; emptied when full, like the caches it replaces: an archive's
 * vocabulary, not its length, fills it.
 */
export class SpellingCache<T> {
  private keys: (string | undefined)[];
  private values: (T | undefined)[];
  private count = 0;

  constructor(private readonly max: number, private capacity = 1 << 12) {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<T | undefined>(capacity).fill(undefined);
  }

  /** The value of the spelling text[start, end), made from that spelling on first sight. */
  get(text: string, start: number, end: number, make: (spelling: string) => T): T {
    const h = fnv(text, start, end);
    const len = end - start;
    const mask = this.capacity - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = this.keys[s];
      if (k === undefined) break;
      if (k.length === len && same(k, text, start)) return this.values[s]!;
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
    while (this.keys[s] !== undefined) s = (s + 1) & mask;
    this.keys[s] = key;
    this.values[s] = value;
    this.count++;
  }

  private grow(): void {
    const { keys, values } = this;
    this.capacity *= 2;
    this.keys = new Array<string | undefined>(this.capacity).fill(undefined);
    this.values = new Array<T | undefined>(this.capacity).fill(undefined);
    this.count = 0;
    keys.forEach((k, i) => {
      if (k !== undefined) this.put(fnv(k, 0, k.length), k, values[i]!);
    });
  }

  private clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
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
