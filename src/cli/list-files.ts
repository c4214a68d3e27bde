import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { formatOf } from '../formats/detect.js';

/** What a directory is searched for: plain text, and every markup format entlint reads the prose of. */
export function isCheckable(name: string): boolean {
  return extname(name).toLowerCase() === '.txt' || formatOf(name) !== 'text';
}

/**
 * The files under a directory that entlint can check, recursively, in code
 * unit order of their paths so every run lists them alike. Dot-directories
 * and node_modules are skipped; symbolic links to files are followed, links to
 * directories are not (they could loop).
 */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(path);
      } else if (isCheckable(e.name) && (e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()))) {
        out.push(path);
      }
    }
  };
  await walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
