/**
 * Splits text into words, numbers and punctuation with UTF-16 offsets into the
 * original string, and marks sentence boundaries. Words keep inner hyphens
 * and apostrophes (al-Qaeda, Jama'at, O'Brien are one token) but not a
 * possessive (Kalın's is Kalın + ' + s).
 */
export type TokenType = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  type: TokenType;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** First word of its sentence (its capital tells nothing). */
  sentenceStart: boolean;
  /** Whitespace (or nothing) separates it from the previous token. */
  spaceBefore: boolean;
}

// A word: letters/marks, with inner hyphens, apostrophes and dots of initials
// kept out; a number: digits with inner separators.
// No capture groups: the first character tells the alternative (typeOf), and
// a match array of one string is cheaper than one of four.
const TOKEN_RE = /\p{L}[\p{L}\p{M}]*(?:(?:[-‐‑]|['’](?!s(?![\p{L}\p{M}])))[\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const LETTER = /^\p{L}/u;
const DIGIT = /^\p{N}/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'prof', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs', 'u.s', 'e.g', 'i.e', 'etc', 'cf', 'capt', 'maj', 'adm', 'rev', 'hon', 'mt', 'ft']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let startOfSentence = true;
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index!;
    const raw = m[0];
    const type = typeOf(raw);
    // A blank line ends a sentence even without punctuation (headlines).
    if (tokens.length && !startOfSentence && blankLine(text, prevEnd, start)) {
      sentence++;
      startOfSentence = true;
    }
    tokens.push({
      text: raw, start, end: start + raw.length, type, sentence,
      sentenceStart: startOfSentence && type !== 'punct',
      spaceBefore: start > prevEnd || start === 0,
    });
    if (type !== 'punct') startOfSentence = false;
    else if (SENTENCE_END.has(raw) && !isAbbreviation(tokens, text)) {
      sentence++;
      startOfSentence = true;
    }
    prevEnd = start + raw.length;
  }
  return tokens;
}

/** A match starting with a letter is a word, with a digit a number (ASCII tested without a regex). */
function typeOf(raw: string): TokenType {
  const c = raw.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a) return 'word';
  if (raw.charCodeAt(0) >= 0x30 && raw.charCodeAt(0) <= 0x39) return 'number';
  if (raw.charCodeAt(0) < 0x80) return 'punct';
  return LETTER.test(raw) ? 'word' : DIGIT.test(raw) ? 'number' : 'punct';
}

/** Whether the whitespace between two tokens holds two line breaks. */
function blankLine(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const first = text.indexOf('\n', from);
  return first >= 0 && first < to && text.indexOf('\n', first + 1) >= 0 && text.indexOf('\n', first + 1) < to;
}

// "Mr." or a single initial ("J.") does not end a sentence.
function isAbbreviation(tokens: Token[], text: string): boolean {
  const dot = tokens[tokens.length - 1]!;
  if (dot.text !== '.') return false;
  const prev = tokens[tokens.length - 2];
  if (!prev || prev.end !== dot.start || prev.type !== 'word') return false;
  if (prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) return true;
  if (!ABBREVIATIONS.has(prev.text.toLowerCase())) return false;
  // "… in the U.S. It was" still ends: look at what follows.
  const next = text.slice(dot.end, dot.end + 3);
  return !/^\s*\n/.test(next);
}
