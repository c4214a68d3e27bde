import type { Finding } from '../types.js';

/** What applying fixes did to one text. */
export interface FixResult {
  text: string;
  /** Findings whose first suggestion was written, in input order. */
  applied: Finding[];
  /** Every other finding, in input order: below the threshold, without a
   *  usable suggestion, stale (the span no longer reads `actual`) or losing
   *  an overlap. */
  skipped: Finding[];
}

/**
 * Writes each eligible finding's first suggestion over its span. Pure: text
 * outside the written spans (BOM, CRLF, everything) is copied unchanged.
 */
export function applyFixes(text: string, findings: Finding[], minConfidence: number): FixResult {
  const eligible = findings.filter((f) => isFixable(text, f, minConfidence));
  // Overlaps: the more confident fix wins, then the longer span, then the
  // earlier one; the sort is stable, so exact ties keep input order.
  const ranked = [...eligible].sort((a, b) => b.confidence - a.confidence || b.length - a.length || a.offset - b.offset);
  const chosen: Finding[] = [];
  for (const f of ranked) if (!chosen.some((c) => overlaps(c, f))) chosen.push(f);

  // Applied from the end backwards, so every offset still points into the
  // original text when its turn comes.
  chosen.sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const f of chosen) out = out.slice(0, f.offset) + f.expected[0] + out.slice(f.offset + f.length);

  const won = new Set(chosen);
  return { text: out, applied: findings.filter((f) => won.has(f)), skipped: findings.filter((f) => !won.has(f)) };
}

function isFixable(text: string, f: Finding, minConfidence: number): boolean {
  const fix = f.expected[0];
  return f.confidence >= minConfidence && fix !== undefined && fix !== f.actual
    && Number.isInteger(f.offset) && Number.isInteger(f.length) && f.offset >= 0 && f.length >= 0
    && f.offset + f.length <= text.length
    // Defensive: a finding computed for another version of the text.
    && text.slice(f.offset, f.offset + f.length) === f.actual;
}

/** Spans sharing a code unit overlap; so do two spans starting at the same
 *  offset (two insertions there would have no defined order). */
function overlaps(a: Finding, b: Finding): boolean {
  return a.offset === b.offset || (a.offset < b.offset + b.length && b.offset < a.offset + a.length);
}
