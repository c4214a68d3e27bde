/**
 * Symmetric-delete candidate index (the SymSpell idea): every key is stored
 * under itself and each of its one-character deletions, so a query finds all
 * keys within two edits by looking up its own deletions: a query costs as many
 * hash lookups as it has letters, whatever the number of keys, plus one
 * entry per close key found (which does grow as the gazetteer gets denser).
 */
export class DeleteIndex {
  // Most variants belong to one key: a bare string saves an array each.
  private readonly map = new Map<string, string | string[]>();

  add(key: string, value: string): void {
    this.put(key, value);
    for (let i = 0; i < key.length; i++) this.put(key.slice(0, i) + key.slice(i + 1), value);
  }

  lookup(key: string): Set<string> {
    const out = this.near(key);
    for (let i = 0; i < key.length; i++) this.take(key.slice(0, i) + key.slice(i + 1), out);
    return out;
  }

  /** The values whose key is key or key with a letter more: one probe. */
  near(key: string, out = new Set<string>()): Set<string> {
    this.take(key, out);
    return out;
  }

  private take(variant: string, out: Set<string>): void {
    const hit = this.map.get(variant);
    if (hit === undefined) return;
    if (typeof hit === 'string') out.add(hit);
    else for (const x of hit) out.add(x);
  }

  private put(variant: string, value: string): void {
    const hit = this.map.get(variant);
    if (hit === undefined) this.map.set(variant, value);
    else if (typeof hit === 'string') { if (hit !== value) this.map.set(variant, [hit, value]); }
    else if (!hit.includes(value)) hit.push(value);
  }
}
