import type { Finding } from '../types.js';
import { placesOf, type FileResult, type Place } from './result.js';

/** One finding as the JSON contract of DESIGN.md has it; shared with the NDJSON stream. */
export function jsonFinding(f: Finding, p: Pick<Place, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return {
    ruleId: f.ruleId, kind: f.kind, severity: f.severity, message: f.message,
    offset: f.offset, length: f.length,
    line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn,
    actual: f.actual, expected: f.expected, confidence: f.confidence,
    ...(f.entity ? { entity: f.entity } : {}),
  };
}

/** The JSON contract of DESIGN.md: one document, positions in UTF-16 code units. */
export function formatJson(results: FileResult[]): string {
  const files = results.map((r) => {
    const places = placesOf(r);
    const findings = r.findings.map((f, i) => jsonFinding(f, places[i]!));
    return { path: r.path, findings, ...(r.error ? { error: r.error } : {}) };
  });
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
