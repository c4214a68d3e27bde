/**
 * Symmetric-delete candidate index (the SymSpell idea): every key is stored
 * under itself and each of its one-character deletions, so a query finds all
 * keys within two edits by looking up its own deletions. Lookup cost does not
 * grow with the number of keys.
 */
export class DeleteIndex<T> {
  private readonly map = new Map<string, T[]>();

  add(key: string, value: T): void {
    for (const v of variants(key)) {
      const list = this.map.get(v);
      if (!list) this.map.set(v, [value]);
      else if (!list.includes(value)) list.push(value);
    }
  }

  lookup(key: string): Set<T> {
    const out = new Set<T>();
    for (const v of variants(key)) for (const x of this.map.get(v) ?? []) out.add(x);
    return out;
  }
}

function variants(key: string): Set<string> {
  const out = new Set<string>([key]);
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return out;
}
