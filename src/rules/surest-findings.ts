import type { Finding } from '../types.js';

/**
 * The findings sorted by offset, a finding overlapping a more confident one
 * dropped: two fixes of the same letters cannot both stand. On ties the
 * longer one is kept.
 */
export function surestFindings(findings: Finding[]): Finding[] {
  const byConfidence = [...findings].sort((a, b) => b.confidence - a.confidence || b.length - a.length);
  const kept: Finding[] = [];
  for (const f of byConfidence) {
    const overlaps = kept.some((k) => f.offset < k.offset + k.length && k.offset < f.offset + f.length);
    if (!overlaps) kept.push(f);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
