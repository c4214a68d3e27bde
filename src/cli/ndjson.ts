import { createInterface } from 'node:readline';
import { check } from '../check.js';
import type { Knowledge } from '../knowledge.js';
import { jsonFinding } from '../report/json.js';
import { placesOf } from '../report/result.js';
import { tuneHeap } from './tune-heap.js';

export interface NdjsonOptions {
  minConfidence: number;
  knowledge?: Knowledge;
}

export interface NdjsonSummary {
  /** Result lines written: one per non-empty input line, errors included. */
  documents: number;
  withFindings: number;
  /** Lines that could not be checked (each written as an error line). */
  errors: number;
}

type Id = string | number;

/**
 * Streams NDJSON documents `{"id", "text"}` in, one result line per document
 * out, in input order, so entlint can sit behind GNU parallel --pipe, Hadoop
 * Streaming or Spark's pipe(). Each line given to `write` ends in "\n".
 * Every write is awaited: a write that waits for 'drain' stops the reading
 * too, which keeps memory bounded on huge inputs.
 */
export async function runNdjson(
  input: NodeJS.ReadableStream,
  write: (line: string) => Promise<void> | void,
  options: NdjsonOptions,
): Promise<NdjsonSummary> {
  const summary: NdjsonSummary = { documents: 0, withFindings: 0, errors: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    // A BOM is legal at the start of a UTF-8 file but not inside JSON.
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    const result = resultLine(line, lineNumber, options);
    summary.documents++;
    if (result.status === 'error') summary.errors++;
    else if (result.status === 'findings') summary.withFindings++;
    await write(result.line);
  }
  return summary;
}

/** The output line for one input line; never throws, so one bad document cannot stop a batch job. */
function resultLine(line: string, lineNumber: number, options: NdjsonOptions): { line: string; status: 'error' | 'findings' | 'clean' } {
  const doc = parseDocument(line, lineNumber);
  if ('error' in doc) return { line: `${JSON.stringify({ id: doc.id, error: doc.error })}\n`, status: 'error' };
  let findings;
  tuneHeap();
  try {
    findings = check(doc.text, { minConfidence: options.minConfidence, knowledge: options.knowledge });
  } catch (err) {
    return { line: `${JSON.stringify({ id: doc.id, error: `internal error: ${(err as Error).message}` })}\n`, status: 'error' };
  }
  const places = placesOf({ path: '', text: doc.text, findings });
  const out = JSON.stringify({ id: doc.id, findings: findings.map((f, i) => jsonFinding(f, places[i]!)) });
  return { line: `${out}\n`, status: findings.length ? 'findings' : 'clean' };
}

/**
 * The id and text of one line. An error keeps the document's own id when it
 * has a valid one: under parallel --pipe or Hadoop, line numbers restart in
 * every chunk, so they are only a last resort for joining results back.
 */
function parseDocument(line: string, lineNumber: number): { id: Id; text: string } | { id: Id; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { id: lineNumber, error: `invalid JSON: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: lineNumber, error: 'expected a JSON object {"id": …, "text": "…"}' };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  const validId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  if (id !== undefined && !validId) return { id: lineNumber, error: '"id" must be a string or a number' };
  const docId = validId ? id : lineNumber;
  if (typeof text !== 'string') return { id: docId, error: '"text" must be a string' };
  return { id: docId, text };
}
