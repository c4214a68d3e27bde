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

/** Receives each token in order (scanTokens), with no object built for it. */
export type TokenVisitor = (text: string, start: number, type: TokenType, sentence: number, sentenceStart: boolean) => void;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (raw, start, type, sentence, sentenceStart) => {
    tokens.push({ text: raw, start, end: start + raw.length, type, sentence, sentenceStart });
  });
  return tokens;
}

/** The tokens of tokenize(), handed to `visit` one by one: a long text's words need no token objects. */
export function scanTokens(text: string, visit: TokenVisitor): void {
  let sentence = 0;
  let startOfSentence = true;
  let prevEnd = 0;
  let any = false;
  // The token before the current one, for abbreviations ("Mr.").
  let prevText = '';
  let prevType: TokenType = 'punct';
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index!;
    const raw = m[0];
    const type = typeOf(raw);
    // A blank line ends a sentence even without punctuation (headlines).
    if (any && !startOfSentence && blankLine(text, prevEnd, start)) {
      sentence++;
      startOfSentence = true;
    }
    visit(raw, start, type, sentence, startOfSentence && type !== 'punct');
    if (type !== 'punct') startOfSentence = false;
    else if (SENTENCE_END.has(raw) && !isAbbreviation(raw, start, prevText, prevType, prevEnd, text)) {
      sentence++;
      startOfSentence = true;
    }
    any = true;
    prevText = raw;
    prevType = type;
    prevEnd = start + raw.length;
  }
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
function isAbbreviation(dot: string, dotStart: number, prev: string, prevType: TokenType, prevEnd: number, text: string): boolean {
  if (dot !== '.') return false;
  if (!prev || prevEnd !== dotStart || prevType !== 'word') return false;
  if (prev.length === 1 && /\p{Lu}/u.test(prev)) return true;
  if (!ABBREVIATIONS.has(prev.toLowerCase())) return false;
  // "… in the U.S. It was" still ends: look at what follows.
  const next = text.slice(dotStart + 1, dotStart + 4);
  return !/^\s*\n/.test(next);
}
