import { LineIndex } from '../text/lines.js';
import type { Finding } from '../types.js';
import type { FileResult } from './result.js';

/** One finding as the JSON contract of DESIGN.md has it; shared with the NDJSON stream. */
export function jsonFinding(f: Finding, lines: LineIndex) {
  const a = lines.position(f.offset);
  const b = lines.position(f.offset + f.length);
  return {
    ruleId: f.ruleId, kind: f.kind, severity: f.severity, message: f.message,
    offset: f.offset, length: f.length,
    line: a.line, column: a.column, endLine: b.line, endColumn: b.column,
    actual: f.actual, expected: f.expected, confidence: f.confidence,
    ...(f.entity ? { entity: f.entity } : {}),
  };
}

/** The JSON contract of DESIGN.md: one document, positions in UTF-16 code units. */
export function formatJson(results: FileResult[]): string {
  const files = results.map((r) => {
    const lines = new LineIndex(r.text ?? '');
    const findings = r.findings.map((f) => jsonFinding(f, lines));
    return { path: r.path, findings, ...(r.error ? { error: r.error } : {}) };
  });
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
