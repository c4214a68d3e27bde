/**
 * Strings stored end to end as code units, read back by index: one byte per
 * unit when every string is Latin-1 (most folded names are), else two.
 */
export class StringList {
  constructor(readonly pool: Uint8Array | Uint16Array, readonly starts: Uint32Array) {}

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return String.fromCharCode.apply(null, this.pool.subarray(this.starts[i], this.starts[i + 1]) as unknown as number[]);
  }

  /** Whether string i is exactly s, without decoding it. */
  equals(i: number, s: string): boolean {
    const start = this.starts[i]!;
    if (this.starts[i + 1]! - start !== s.length) return false;
    for (let j = 0; j < s.length; j++) if (this.pool[start + j] !== s.charCodeAt(j)) return false;
    return true;
  }

  /** The list stored under `prefix` (`.pool`, `.starts`). */
  static stored(sections: Record<string, Uint8Array | Uint16Array | Uint32Array>, prefix: string): StringList {
    return new StringList(sections[`${prefix}.pool`] as Uint8Array | Uint16Array, sections[`${prefix}.starts`] as Uint32Array);
  }

  toSections(prefix: string): Record<string, Uint8Array | Uint16Array | Uint32Array> {
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
