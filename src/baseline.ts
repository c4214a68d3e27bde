import { relative, resolve, sep } from 'node:path';
import { ConfigError } from './config/config.js';
import { fingerprints } from './report/fingerprint.js';
import type { FileResult } from './report/result.js';

/**
 * Findings accepted as known, so that only new ones are reported: per file
 * (relative to the working directory, '/'-separated), the content
 * fingerprints of its findings. Line numbers play no part, so editing
 * elsewhere in a file keeps its known findings known.
 */
export interface Baseline {
  version: 1;
  files: Record<string, string[]>;
}

/** A baseline of every finding in the results. */
export function createBaseline(results: FileResult[], cwd: string): Baseline {
  const files: Record<string, string[]> = {};
  for (const r of results) {
    if (r.text === undefined || !r.findings.length) continue;
    const key = baselinePath(r.path, cwd);
    files[key] = [...new Set([...(files[key] ?? []), ...fingerprints(r.findings, r.text)])];
  }
  return sortBaseline({ version: 1, files });
}

/** The results without the findings the baseline knows. */
export function filterByBaseline(results: FileResult[], baseline: Baseline, cwd: string): FileResult[] {
  return results.map((r) => {
    const known = baseline.files[baselinePath(r.path, cwd)];
    if (!known || r.text === undefined || !r.findings.length) return r;
    const set = new Set(known);
    const prints = fingerprints(r.findings, r.text);
    return { ...r, findings: r.findings.filter((_, i) => !set.has(prints[i]!)) };
  });
}

/** Reads a baseline document; errors name the file. */
export function parseBaseline(json: string, file: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(file, `invalid JSON (${(err as Error).message})`);
  }
  const fail = (detail: string): never => {
    throw new ConfigError(file, `not an entlint baseline: ${detail}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('expected a JSON object');
  const doc = raw as Record<string, unknown>;
  for (const k of Object.keys(doc)) if (k !== 'version' && k !== 'files') fail(`unknown field "${k}"`);
  if (doc.version !== 1) fail('"version" must be 1');
  const files = doc.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return fail('"files" must be an object mapping paths to fingerprints');
  for (const [path, prints] of Object.entries(files)) {
    if (!Array.isArray(prints) || prints.some((p) => typeof p !== 'string')) fail(`"files" entry ${JSON.stringify(path)} must be an array of strings`);
  }
  return { version: 1, files: files as Record<string, string[]> };
}

/** The baseline as a document that diffs well: sorted paths and fingerprints, one per line, final newline. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(sortBaseline(baseline), null, 2)}\n`;
}

function sortBaseline(b: Baseline): Baseline {
  const files: Record<string, string[]> = {};
  for (const path of Object.keys(b.files).sort()) files[path] = [...b.files[path]!].sort();
  return { version: 1, files };
}

/** A path as baselines store it: relative to the working directory, '/'-separated. */
function baselinePath(path: string, cwd: string): string {
  return relative(cwd, resolve(cwd, path)).split(sep).join('/');
}
