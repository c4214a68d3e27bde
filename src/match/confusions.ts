import { DataError } from '../gazetteer/data-error.js';
import { fold } from '../text/fold.js';
import type { KeyFns } from '../gazetteer/gazetteer.js';

export interface RewriteRule { from: string; to: string; why: string }

export interface Homoglyph { char: string; looksLike: string; readAs: string }

/** Parses a tab-separated table; `#` lines and blank lines are skipped. */
export function parseTsv(text: string, file: string, columns: number, nonEmpty = columns): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells.length < columns || cells.slice(0, nonEmpty).some((c) => c === '')) {
      throw new DataError(file, i + 1, `expected ${columns} tab-separated columns`);
    }
    rows.push({ cells, line: i + 1 });
  });
  return rows;
}

export function parseRewriteRules(text: string, file: string): RewriteRule[] {
  // An empty `to` deletes (hyphens, apostrophes).
  return parseTsv(text, file, 2, 1).map(({ cells, line }) => {
    if (cells[0]!.startsWith('re:')) {
      try {
        new RegExp(cells[0]!.slice(3));
      } catch (err) {
        throw new DataError(file, line, `bad regular expression: ${(err as Error).message}`);
      }
    }
    return { from: cells[0]!, to: cells[1]!, why: cells[2] ?? '' };
  });
}

/** A word of a name as MT writes it back: a given name ("Dzhordzh" for George), an English word ("Tayms" for Times). */
export interface NameSpelling { spelling: string; name: string; why: string }

/** Parses `spelling<TAB>word<TAB>why`; both are single (maybe hyphenated) words, stored folded. */
export function parseNameSpellings(text: string, file: string): NameSpelling[] {
  return parseTsv(text, file, 2).map(({ cells, line }) => {
    const [spelling, name] = [cells[0]!.trim(), cells[1]!.trim()];
    if (!ONE_NAME.test(spelling) || !ONE_NAME.test(name)) throw new DataError(file, line, 'expected one word in each of the first two columns');
    return { spelling: fold(spelling), name: fold(name), why: cells[2] ?? '' };
  });
}

/** Letters, or letters joined by hyphens ("Zhan-Klod"). */
const ONE_NAME = /^\p{L}+(-\p{L}+)*$/u;

export function parseHomoglyphs(text: string, file: string): Homoglyph[] {
  return parseTsv(text, file, 3).map(({ cells, line }) => {
    if ([...cells[0]!].length !== 1) throw new DataError(file, line, 'first column must be one character');
    return { char: cells[0]!, looksLike: cells[1]!, readAs: cells[2]! };
  });
}

/**
 * Applies rewrite rules in order, then collapses doubled letters. Every word
 * a check compares is keyed so, and most rules do not apply to it: a literal
 * rule is skipped when the word lacks one of its letters (letterMask), a
 * regular expression when it does not match, before anything is replaced.
 */
export function rewriter(rules: RewriteRule[]): (s: string) => string {
  const compiled = rules.map((r) => r.from.startsWith('re:')
    ? { literal: undefined, mask: 0, re: new RegExp(r.from.slice(3), 'g'), to: r.to }
    : { literal: r.from, mask: letterMask(r.from), re: new RegExp(escapeRe(r.from), 'g'), to: r.to });
  return (s: string) => {
    let out = s;
    let mask = letterMask(s);
    for (const r of compiled) {
      if (r.literal !== undefined ? (r.mask & mask) !== r.mask || !out.includes(r.literal) : !matches(r.re, out)) continue;
      out = out.replace(r.re, r.to);
      mask = letterMask(out);
    }
    return DOUBLED.test(out) ? out.replace(DOUBLED_ALL, '$1') : out;
  };
}

const DOUBLED = /(.)\1/;
const DOUBLED_ALL = /(.)\1+/g;

/** A global regular expression's test from the start, leaving it ready for replace(). */
function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
}

/**
 * A bit per letter a–z a string holds, and four shared by all other characters:
 * a string holds every character of another only if its mask covers the other's.
 */
function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    m |= c >= 0x61 && c <= 0x7a ? 1 << (c - 0x61) : 1 << (26 + (c & 3));
  }
  return m;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The match keys of a knowledge base. `ocrLetters` is the glyph skeleton by
 * its letter-for-letter rules only: a word whose real "ri" or "cl" the full
 * skeleton would merge ("Marinda", one letter from a town Maninda) still meets
 * the names it is one misread letter from.
 */
export function keyFns(transliteration: RewriteRule[], ocr: RewriteRule[]): KeyFns {
  return { translit: rewriter(transliteration), ocr: rewriter(ocr), ocrLetters: rewriter(ocr.filter((r) => [...r.from].length === 1)) };
}

/** A word's glyph skeletons: the full one, and the letter-for-letter one where it differs. */
export function ocrSkeletons(keys: Pick<KeyFns, 'ocr' | 'ocrLetters'>, folded: string): string[] {
  const full = keys.ocr(folded);
  const letters = keys.ocrLetters(folded);
  return letters === full ? [full] : [full, letters];
}
