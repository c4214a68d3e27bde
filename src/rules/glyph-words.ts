import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { findingOver } from './finding.js';
import { DIGIT_LETTERS, misreadings } from './ocr-words.js';

const GLYPH_DIGIT = /[0158]/;

/** At most this many readings of one word are tried (two digits that are 1). */
const MAX_READINGS = 4;

/**
 * Capitalised words OCR wrote with a digit for a letter ("Mi1itary", "El1ie",
 * "Ke1li"), in text that reads as OCR output (where tokenize.ts glues such
 * digits to the words): the digit read as the letter it looks like makes a
 * word entlint knows, a given name or surname, or a word the text writes
 * elsewhere. Read before the name rules, which then leave the word alone: a
 * name one glyph from that word ("Elie", "Kélli", "Maduro" by ear) is no
 * nearer than the word itself. Any other reading ("Venezue1a" in a text
 * that never writes Venezuela) is left to the name rules, which read the
 * digits as the letters they look like too (the OCR glyph skeleton).
 */
export function glyphWordFindings(doc: Document, kb: Knowledge, claimed: Set<Word>): Finding[] {
  if (!doc.ocr) return [];
  const findings: Finding[] = [];
  for (const w of doc.words) {
    if (!w.capitalised || w.number || !GLYPH_DIGIT.test(w.raw)) continue;
    const reading = readingOf(doc, kb, w.raw);
    if (!reading) continue;
    claimed.add(w);
    findings.push(findingOver(doc, w, w, {
      ruleId: 'ocr/word', kind: 'ocr', confidence: 0.9,
      message: `“${w.raw}” looks like “${reading}” misread by OCR (${misreadings(w.raw, reading)})`,
      expected: [reading],
    }));
  }
  return findings;
}

/** The first reading of the word's digits as letters that is a word the knowledge or the text has. */
function readingOf(doc: Document, kb: Knowledge, raw: string): string | undefined {
  for (const reading of readings(raw)) {
    const folded = reading.toLowerCase();
    if (kb.isCommonWord(folded) || kb.isGivenName(folded) || kb.isSurname(folded) || kb.isDictionaryName(folded) || doc.foldedWords.has(folded)) return reading;
  }
  return undefined;
}

/** The spellings the digits can stand for, a leading one as a capital ("0ttawa": Ottawa). */
function readings(raw: string): string[] {
  let out = [''];
  for (let i = 0; i < raw.length; i++) {
    const letter = DIGIT_LETTERS[raw[i]!];
    if (!letter) {
      out = out.map((s) => s + raw[i]);
      continue;
    }
    // The likelier letter first: 1 is l, or I.
    const letters = raw[i] === '1' ? [letter, 'i'] : [letter];
    out = out.flatMap((s) => letters.map((l) => s + (i === 0 ? l.toUpperCase() : l))).slice(0, MAX_READINGS);
  }
  return out;
}
