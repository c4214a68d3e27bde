import type { Finding, Severity } from '../types.js';
import { fingerprintsOf, placesOf, type FileResult, type Place } from './result.js';
import { ruleHelp } from './rule-help.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A SARIF 2.1.0 log with one run, for code-scanning tools. Regions count
 * UTF-16 code units like the findings; each result carries its fix and a
 * content fingerprint that survives the text around it moving.
 */
export function formatSarif(results: FileResult[], options: { toolVersion: string }): string {
  const ruleIds = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const unreadable = results.filter((r) => r.error !== undefined);
  const run = {
    tool: {
      driver: {
        name: 'entlint',
        version: options.toolVersion,
        informationUri: 'https://github.com/entlint/entlint',
        rules: ruleIds.map((id) => {
          const h = ruleHelp(id);
          return {
            id, name: h.name,
            shortDescription: { text: h.short },
            fullDescription: { text: h.help },
            help: { text: h.help },
            // Each result states its own level; confidence decides it.
            defaultConfiguration: { level: 'error' },
          };
        }),
      },
    },
    invocations: [{
      executionSuccessful: unreadable.length === 0,
      ...(unreadable.length ? {
        toolExecutionNotifications: unreadable.map((r) => ({
          level: 'error',
          message: { text: `${r.path} could not be read: ${r.error}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.path) } } }],
        })),
      } : {}),
    }],
    columnKind: 'utf16CodeUnits',
    results: results.flatMap((r) => {
      const places = placesOf(r);
      const prints = fingerprintsOf(r);
      const artifactLocation = { uri: artifactUri(r.path) };
      return r.findings.map((f, i) => {
        const region = regionOf(places[i]!, f);
        return {
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId)!,
          level: LEVEL[f.severity],
          message: { text: f.expected.length ? `${f.message} → ${f.expected[0]}` : f.message },
          locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: f.actual } } } }],
          ...(f.expected.length ? {
            fixes: [{
              description: { text: `Replace “${f.actual}” with “${f.expected[0]}”` },
              artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: f.expected[0] } }] }],
            }],
          } : {}),
          partialFingerprints: { 'entlintContent/v1': prints[i]! },
          properties: {
            confidence: f.confidence, kind: f.kind, suggestions: f.expected,
            ...(f.entity ? { entity: f.entity } : {}),
          },
        };
      });
    }),
  };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}

function regionOf(p: Place, f: Finding) {
  return {
    startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn,
    charOffset: f.offset, charLength: f.length,
  };
}

/**
 * A path as a URI reference: forward slashes, each segment percent-encoded;
 * absolute paths become file: URIs. "<stdin>" is encoded too ("%3Cstdin%3E"),
 * since "<" and ">" are not allowed in a URI.
 */
export function artifactUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const encode = (s: string) => s.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(p)) return `file:///${p.slice(0, 2)}${encode(p.slice(2))}`;
  if (p.startsWith('/')) return `file://${encode(p)}`;
  return encode(p);
}
