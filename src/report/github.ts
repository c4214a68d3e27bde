import type { Severity } from '../types.js';
import { placesOf, type FileResult } from './result.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff. */
export function formatGithub(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const file = escapeProperty(r.path);
    if (r.error !== undefined) {
      out.push(`::error file=${file}::${escapeData(`could not be read: ${r.error}`)}`);
      continue;
    }
    const places = placesOf(r);
    r.findings.forEach((f, i) => {
      const p = places[i]!;
      const props = `file=${file},line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn},title=${escapeProperty(f.ruleId)}`;
      const message = f.expected.length ? `${f.message} → ${f.expected[0]}` : f.message;
      out.push(`::${COMMAND[f.severity]} ${props}::${escapeData(message)}`);
    });
  }
  return out.map((l) => l + '\n').join('');
}

/** The escaping of @actions/core for a command's message. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escaping of @actions/core for a command's property values. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
