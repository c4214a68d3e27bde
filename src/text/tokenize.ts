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

/** Receives each token in order (scanTokens) as a span of the text, with no object or string built for it. */
export type TokenVisitor = (start: number, end: number, type: TokenType, sentence: number, sentenceStart: boolean) => void;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, type, sentence, sentenceStart) => {
    tokens.push({ text: text.slice(start, end), start, end, type, sentence, sentenceStart });
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
  let prevStart = 0;
  let prevType: TokenType = 'punct';
  for (let end = nextToken(text, 0); end >= 0; end = nextToken(text, end)) {
    const start = found;
    const type = typeOf(text, start, end);
    // A blank line ends a sentence even without punctuation (headlines).
    if (any && !startOfSentence && blankLine(text, prevEnd, start)) {
      sentence++;
      startOfSentence = true;
    }
    visit(start, end, type, sentence, startOfSentence && type !== 'punct');
    if (type !== 'punct') startOfSentence = false;
    else {
      const punct = text.slice(start, end);
      if (SENTENCE_END.has(punct) && !isAbbreviation(punct, start, text.slice(prevStart, prevEnd), prevType, prevEnd, text)) {
        sentence++;
        startOfSentence = true;
      }
    }
    any = true;
    prevStart = start;
    prevType = type;
    prevEnd = end;
  }
}

// Where the token nextToken() found starts (a variable, not an object per token).
let found = 0;

const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The end of the first token at or after `from` (its start in `found`), or -1.
 * ASCII is scanned by hand, exactly as TOKEN_RE reads it; from any other
 * character on, a token is left to TOKEN_RE itself. Most text is ASCII, and
 * a match object per token is most of what tokenizing allocates.
 */
function nextToken(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 0x80) return viaRegex(text, i);
    found = i;
    if (isLetter(c)) return wordEnd(text, i);
    if (isDigit(c)) return numberEnd(text, i);
    return i + 1;
  }
  return -1;
}

function viaRegex(text: string, from: number): number {
  TOKEN_RE.lastIndex = from;
  const m = TOKEN_RE.exec(text);
  if (!m) return -1;
  found = m.index;
  return m.index + m[0].length;
}

const at = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : -1);

/** Letters, joined by a hyphen or apostrophe to more letters, but not a possessive "'s". */
function wordEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    while (isLetter(at(text, j))) j++;
    const c = at(text, j);
    if (c >= 0x80) return viaRegex(text, start);
    if (c !== 0x2d && c !== 0x27) return j;
    const d = at(text, j + 1);
    if (d >= 0x80) return viaRegex(text, start);
    if (!isLetter(d)) return j;
    if (c === 0x27 && d === 0x73) {
      const e = at(text, j + 2);
      if (e >= 0x80) return viaRegex(text, start);
      if (!isLetter(e)) return j;
    }
    j += 2;
  }
}

/** Digits, joined by "." "," or ":" to more digits. */
function numberEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    while (isDigit(at(text, j))) j++;
    const c = at(text, j);
    if (c >= 0x80) return viaRegex(text, start);
    if (c !== 0x2e && c !== 0x2c && c !== 0x3a) return j;
    const d = at(text, j + 1);
    if (d >= 0x80) return viaRegex(text, start);
    if (!isDigit(d)) return j;
    j += 2;
  }
}

/** A token starting with a letter is a word, with a digit a number (ASCII tested without a regex). */
function typeOf(text: string, start: number, end: number): TokenType {
  const first = text.charCodeAt(start);
  const c = first | 0x20;
  if (c >= 0x61 && c <= 0x7a) return 'word';
  if (first >= 0x30 && first <= 0x39) return 'number';
  if (first < 0x80) return 'punct';
  const raw = text.slice(start, end);
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
