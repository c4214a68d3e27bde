import { LineIndex } from '../text/lines.js';
import type { Finding } from '../types.js';
import { fingerprints } from './fingerprint.js';

/** What a reporter gets for one input. */
export interface FileResult {
  path: string;
  /** The decoded text, for line numbers and excerpts; absent when unreadable, or when each finding carries its place. */
  text?: string;
  findings: PlacedFinding[];
  /** Why the input could not be checked. */
  error?: string;
}

/** A finding that may carry its place, so that no reporter needs the whole text. */
export type PlacedFinding = Finding & { place?: Place };

/** Where a finding is, and the text around it, taken while the text was at hand. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text from CONTEXT code units before the finding to CONTEXT after it (less at the text's ends). */
  context: string;
  /** Where the finding starts in `context`. */
  at: number;
}

/**
 * Code units of text kept on each side of a finding: one more than a
 * fingerprint looks at (300), so fingerprints taken from the context come out
 * as from the whole text, and far more than an excerpt shows.
 */
export const CONTEXT = 301;

/**
 * Places of findings in `stretch`, a part of the text that starts at offset
 * `from` and holds CONTEXT code units around each finding (or reaches the
 * text's ends); `position` gives an offset's 1-based line and column.
 */
export function placeFindings(
  findings: Finding[], stretch: string, from: number, position: (offset: number) => { line: number; column: number },
): PlacedFinding[] {
  const placed = findings.map((f) => {
    const a = position(f.offset);
    const b = position(f.offset + f.length);
    const local = f.offset - from;
    const start = Math.max(0, local - CONTEXT);
    const context = stretch.slice(start, local + f.length + CONTEXT);
    return { ...f, place: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, context, at: local - start } };
  });
  // Copied through JSON: a slice of a string can keep the whole of it alive
  // (V8 shares the parent), and placed findings outlive the text.
  return JSON.parse(JSON.stringify(placed)) as PlacedFinding[];
}

/** Every finding's place: carried, or taken from the result's text. */
export function placesOf(r: FileResult): Place[] {
  if (r.findings.every((f) => f.place)) return r.findings.map((f) => f.place!);
  const text = r.text ?? '';
  const lines = new LineIndex(text);
  return placeFindings(r.findings, text, 0, (o) => lines.position(o)).map((f) => f.place!);
}

/** The finding's line around it, up to `width` code units either side, as a reporter shows it. */
export interface LineExcerpt {
  before: string;
  span: string;
  after: string;
  /** The line goes on before `before` / after `after`. */
  cutBefore: boolean;
  cutAfter: boolean;
}

export function lineAround(place: Place, length: number, width: number): LineExcerpt {
  const c = place.context;
  const start = c.lastIndexOf('\n', place.at - 1) + 1;
  const end = c.indexOf('\n', place.at);
  let line = c.slice(start, end < 0 ? c.length : end);
  if (end >= 0 && line.endsWith('\r')) line = line.slice(0, -1);
  // Positions along the whole line; the context may begin inside it, `lead`
  // code units in, and may end before it does: then it still holds more than
  // `width` past the finding, so what is shown and the cut marks are the same.
  const col = place.column - 1;
  const lead = col - (place.at - start);
  const known = lead + line.length;
  const len = Math.min(length, known - col);
  const from = Math.max(0, col - width);
  const to = Math.min(known, col + len + width);
  return {
    before: line.slice(from - lead, col - lead),
    span: line.slice(col - lead, col + len - lead),
    after: line.slice(col + len - lead, to - lead),
    cutBefore: from > 0,
    cutAfter: to < known,
  };
}

/**
 * The text fingerprints are taken from, and the findings with offsets into it:
 * the result's own text, or one made of the findings' contexts, separated by
 * blank lines (a boundary a fingerprint's context stops at), in which each
 * finding has the fingerprint it has in the whole text.
 */
export function fingerprintText(r: FileResult): { text: string; findings: Finding[] } {
  if (r.text !== undefined || !r.findings.every((f) => f.place)) return { text: r.text ?? '', findings: r.findings };
  let text = '';
  const findings = r.findings.map((f) => {
    text += '\n\n';
    const moved = { ...f, offset: text.length + f.place!.at };
    text += f.place!.context;
    return moved;
  });
  return { text: text + '\n\n', findings };
}

/** The content fingerprints of a result's findings, in order (see fingerprint.ts). */
export function fingerprintsOf(r: FileResult): string[] {
  const { text, findings } = fingerprintText(r);
  return fingerprints(findings, text);
}
