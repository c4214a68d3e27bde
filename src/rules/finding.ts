import type { Finding, FindingKind } from '../types.js';
import type { Document, Word } from '../document.js';
import { withoutQualifier } from '../gazetteer/without-qualifier.js';

/** Confidence at or above which a finding is an error rather than a warning. */
export const ERROR_CONFIDENCE = 0.8;

/** How a finding this sure is shown: an error or a warning. */
export function severityOf(confidence: number): Finding['severity'] {
  return confidence >= ERROR_CONFIDENCE ? 'error' : 'warning';
}

export function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0, x)) * 100) / 100;
}

/** Builds a finding over words a..b of the document. */
export function findingOver(
  doc: Document, a: Word, b: Word,
  f: { ruleId: string; kind: FindingKind; message: string; expected: string[]; confidence: number; entity?: Finding['entity'] },
): Finding {
  const confidence = clamp(f.confidence);
  return {
    ruleId: f.ruleId, kind: f.kind,
    severity: severityOf(confidence),
    message: f.message,
    offset: a.start, length: b.end - a.start,
    actual: doc.text.slice(a.start, b.end),
    // An entity's name is written without the qualifier the data tells namesakes apart by.
    expected: [...new Set(f.entity ? f.expected.map(withoutQualifier) : f.expected)],
    confidence,
    ...(f.entity ? { entity: f.entity } : {}),
  };
}

/** Words Title Case keeps lower-case inside a name. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Gives the replacement the case pattern of the original ("World" → "Peace", "GAS" → "GAZA"). */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && replacement.length > 1) return replacement.toUpperCase();
  const words = original.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) {
    // Title Case leaves the small words of a name small ("Belt and Road").
    return replacement.replace(/(^|\s)(\p{Ll}\p{L}*)/gu, (_, s: string, w: string) => s + (s && MINOR_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)));
  }
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
