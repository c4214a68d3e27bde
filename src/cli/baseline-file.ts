import { readFile, rename, writeFile } from 'node:fs/promises';
import { createBaseline, filterByBaseline, formatBaseline, parseBaseline, type Baseline } from '../baseline.js';
import { ConfigError } from '../config/config.js';
import { fingerprintText, type FileResult } from '../report/result.js';

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

/*
 * baseline.ts takes fingerprints from a result's text. The CLI's results keep
 * their findings' places instead, so they lend it the text fingerprintText()
 * makes of the findings' contexts, in which each finding has the fingerprint
 * it has in the whole text.
 */
function lent(r: FileResult): FileResult {
  return r.error !== undefined || r.text !== undefined ? r : { ...r, ...fingerprintText(r) };
}

/** A baseline of every finding in the results. */
export function baselineOf(results: FileResult[], cwd: string): Baseline {
  return createBaseline(results.map(lent), cwd);
}

/** The results without the findings the baseline knows. */
export function withoutBaselined(results: FileResult[], baseline: Baseline, cwd: string): FileResult[] {
  const lentResults = results.map(lent);
  return filterByBaseline(lentResults, baseline, cwd).map((filtered, i) => {
    const own = results[i]!;
    const lentFindings = lentResults[i]!.findings;
    if (filtered.findings.length === lentFindings.length) return own;
    const kept = new Set(filtered.findings);
    return { ...own, findings: own.findings.filter((_, k) => kept.has(lentFindings[k]!)) };
  });
}
