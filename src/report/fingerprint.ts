import { crypto } from '../lazy-crypto.js';
import type { Finding } from '../types.js';

/** Words of context on each side of a finding that go into its fingerprint. */
const CONTEXT_WORDS = 3;
/** How far to look for that context, so long texts stay linear. */
const WINDOW = 300;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
/** A sentence end or a blank line: context stops there, so text moved around it keeps its fingerprint. */
const BOUNDARY = /[.!?…]['"”’)\]]*\s|\n[ \t\r]*\n/g;

/**
 * A content fingerprint of one finding: rule, span text, fix and the nearest
 * words around it in the same sentence, lower-cased, punctuation and spacing
 * ignored. It does not depend on offsets, so it survives text being moved.
 */
export function fingerprint(f: Finding, text: string): string {
  const key = JSON.stringify([
    f.ruleId, f.actual, f.expected[0] ?? '',
    words(before(text, f.offset)).slice(-CONTEXT_WORDS).join(' '),
    words(after(text, f.offset + f.length)).slice(0, CONTEXT_WORDS).join(' '),
  ]);
  return crypto().createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Fingerprints of a file's findings, in order; repeats of the same content get ":2", ":3" … */
export function fingerprints(findings: Finding[], text: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = fingerprint(f, text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}:${n}`;
  });
}

function before(text: string, start: number): string {
  const from = Math.max(0, start - WINDOW);
  const s = text.slice(from, start);
  let cut = -1;
  for (const m of s.matchAll(BOUNDARY)) cut = m.index + m[0].length;
  if (cut >= 0) return s.slice(cut);
  // The window may begin inside a word: drop that fragment.
  return from > 0 ? s.replace(/^\S*/, '') : s;
}

function after(text: string, end: number): string {
  const to = Math.min(text.length, end + WINDOW);
  const s = text.slice(end, to);
  const m = new RegExp(BOUNDARY.source).exec(s);
  if (m) return s.slice(0, m.index);
  return to < text.length ? s.replace(/\S*$/, '') : s;
}

function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}
