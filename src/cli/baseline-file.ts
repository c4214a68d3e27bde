import { readFile, rename, writeFile } from 'node:fs/promises';
import { formatBaseline, parseBaseline, type Baseline } from '../baseline.js';
import { ConfigError } from '../config/config.js';

/** Reads a baseline file; null when it does not exist yet (the caller decides if that is an error). */
export async function readBaseline(file: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return null;
    throw new ConfigError(file, e.code === 'EISDIR' ? 'is a directory, not a baseline file' : `cannot be read (${e.message})`);
  }
  return parseBaseline(text, file);
}

/** Writes a baseline file, replacing it whole so an interrupted run never leaves half a file. */
export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, formatBaseline(baseline), 'utf8');
  await rename(tmp, file);
}
