import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crypto } from '../lazy-crypto.js';

/** What a snapshot records of a dictionary file it was built from. */
export interface SourceStamp { path: string; size: number; mtimeMs: number; sha1: string }

const FOLDERS = ['people', 'organisations', 'places', 'phrases', 'confusions', 'words', 'surnames', 'cultural-names'];

/** The dictionary files a snapshot depends on, relative to the dictionaries folder. */
export function sourceFiles(dir: string): string[] {
  return FOLDERS.flatMap((f) => (existsSync(join(dir, f)) ? readdirSync(join(dir, f)).filter((n) => /\.(jsonl|tsv|txt)$/.test(n)).sort().map((n) => `${f}/${n}`) : []));
}

const sha1 = (file: string) => crypto().createHash('sha1').update(readFileSync(file)).digest('hex');

export function stampSources(dir: string): SourceStamp[] {
  return sourceFiles(dir).map((path) => {
    const s = statSync(join(dir, path));
    return { path, size: s.size, mtimeMs: s.mtimeMs, sha1: sha1(join(dir, path)) };
  });
}

/**
 * Whether the dictionaries are still what the snapshot was built from. Sizes
 * decide first. In a checkout, whose dictionaries can be edited after a build,
 * times decide next, and a file whose time changed (a fresh checkout, a copy)
 * is hashed before the snapshot is distrusted. A packed install
 * (`checkout` false) ships the snapshot with the very files it was built
 * from, under the times of its unpacking: hashing every one of them cost each
 * run 15–18 ms, so there sizes are enough.
 */
export function sourcesMatch(dir: string, stamps: SourceStamp[], checkout = true): boolean {
  const files = sourceFiles(dir);
  if (files.length !== stamps.length) return false;
  return stamps.every((st, i) => {
    if (files[i] !== st.path) return false;
    const s = statSync(join(dir, st.path));
    return s.size === st.size && (!checkout || s.mtimeMs === st.mtimeMs || sha1(join(dir, st.path)) === st.sha1);
  });
}
