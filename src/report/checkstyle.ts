import { placesOf, type FileResult } from './result.js';

/** Checkstyle XML, which Jenkins, GitLab and most CI dashboards read. */
export function formatCheckstyle(results: FileResult[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const r of results) {
    out.push(`  <file name="${xml(r.path)}">`);
    if (r.error !== undefined) {
      out.push(`    <error line="0" severity="error" message="${xml(`could not be read: ${r.error}`)}" source="entlint"/>`);
    }
    const places = placesOf(r);
    r.findings.forEach((f, i) => {
      const { line, column } = places[i]!;
      const message = f.expected.length ? `${f.message} → ${f.expected[0]}` : f.message;
      out.push(`    <error line="${line}" column="${column}" severity="${f.severity}" message="${xml(message)}" source="entlint.${xml(f.ruleId)}"/>`);
    });
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}

const ENTITY: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/**
 * Escapes an attribute value. Line breaks and tabs become character references
 * (attribute normalisation would turn them into spaces); characters XML 1.0
 * cannot carry at all become U+FFFD.
 */
function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!);
}
