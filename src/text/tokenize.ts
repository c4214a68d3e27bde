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

// The tokens are those of this pattern, which the scanner below implements:
//   \p{L}[\p{L}\p{M}]*(?:(?:[-‐‑]|['’](?!s(?![\p{L}\p{M}])))[\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S
// a word (letters and marks, inner hyphens and apostrophes but not a
// possessive 's), a number (digits with inner separators), or any other
// character. By hand: compiled, the pattern cost a run 4 ms at its first
// character beyond ASCII, more than checking an article's words.
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'prof', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs', 'u.s', 'e.g', 'i.e', 'etc', 'cf', 'capt', 'maj', 'adm', 'rev', 'hon', 'mt', 'ft']);

/** Receives each token in order (scanTokens) as a span of the text, with no object or string built for it. */
export type TokenVisitor = (start: number, end: number, type: TokenType, sentence: number, sentenceStart: boolean) => void;

export function tokenize(text: string, glyphDigits = false): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, type, sentence, sentenceStart) => {
    tokens.push({ text: text.slice(start, end), start, end, type, sentence, sentenceStart });
  }, glyphDigits);
  return tokens;
}

/**
 * The tokens of tokenize(), handed to `visit` one by one: a long text's words
 * need no token objects. With `glyphDigits` (text read as OCR output), the
 * digits OCR makes of letters glued to a word are the word's letters
 * (isGlyphWord): "Liverpoo1" is one word, not "Liverpoo" and a number; and
 * a word hyphened at a line's end goes on in the next ("Massa-\nchusetts").
 */
export function scanTokens(text: string, visit: TokenVisitor, glyphDigits = false): void {
  glyphs = glyphDigits;
  let sentence = 0;
  let startOfSentence = true;
  let prevEnd = 0;
  let any = false;
  // The token before the current one, for abbreviations ("Mr.").
  let prevStart = 0;
  let prevType: TokenType = 'punct';
  for (let end = nextToken(text, 0); end >= 0; end = nextToken(text, end)) {
    const start = found;
    const type = glyphs && end - start > 1 && isDigit(text.charCodeAt(start)) && isGlyphWord(text, start, end) ? 'word' : typeOf(text, start);
    // A blank line ends a sentence even without punctuation (headlines).
    if (any && !startOfSentence && blankLine(text, prevEnd, start)) {
      sentence++;
      startOfSentence = true;
    }
    visit(start, end, type, sentence, startOfSentence && type !== 'punct');
    // The visitor may have scanned another text (a name's words) the plain way.
    glyphs = glyphDigits;
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
// Whether the scan joins glyph digits to words (scanTokens).
let glyphs = false;

const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Classes of characters in the pattern. */
const OTHER = 0, LETTER = 1, MARK = 2, NUMBER = 3, SPACE = 4;
/** One small pattern for the class of a character beyond ASCII, asked once per character. */
const CLASS = /^(?:(\p{L})|(\p{M})|(\p{N})|(\s))$/u;
const classes = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x80) return isLetter(cp) ? LETTER : isDigit(cp) ? NUMBER : cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : OTHER;
  let c = classes.get(cp);
  if (c === undefined) {
    const m = CLASS.exec(String.fromCodePoint(cp));
    c = !m ? OTHER : m[1] ? LETTER : m[2] ? MARK : m[3] ? NUMBER : SPACE;
    classes.set(cp, c);
  }
  return c;
}

/** The class of the character at i, or OTHER past the end. */
const classAt = (text: string, i: number) => (i < text.length ? classOf(text.codePointAt(i)!) : OTHER);
/** Code units of the character at i. */
const width = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);
const isLetterOrMark = (c: number) => c === LETTER || c === MARK;

/**
 * The end of the first token at or after `from` (its start in `found`), or -1.
 * ASCII has scanners of its own; from any other character on, a token is
 * left to anyToken(). Most text is ASCII.
 */
function nextToken(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 0x80) return anyToken(text, i);
    found = i;
    if (isLetter(c)) return glyphs ? glyphWordEnd(text, i, wordEnd(text, i)) : wordEnd(text, i);
    if (isDigit(c)) return glyphs && isGlyphDigit(c) ? glyphWordEnd(text, i, numberEnd(text, i)) : numberEnd(text, i);
    return i + 1;
  }
  return -1;
}

/** nextToken() for any characters, from `from` on: the ASCII scanners hand over to it at their first character beyond ASCII. */
function anyToken(text: string, from: number): number {
  let i = from;
  while (i < text.length && classAt(text, i) === SPACE) i += width(text, i);
  if (i >= text.length) return -1;
  found = i;
  const c = classAt(text, i);
  const end = i + width(text, i);
  return c === LETTER ? anyWordEnd(text, end) : c === NUMBER ? anyNumberEnd(text, end) : end;
}

/** The end of a word whose first letter ends at j. */
function anyWordEnd(text: string, j: number): number {
  for (;;) {
    while (isLetterOrMark(classAt(text, j))) j += width(text, j);
    const c = text.charCodeAt(j);
    const hyphen = c === 0x2d || c === 0x2010 || c === 0x2011;
    const apostrophe = c === 0x27 || c === 0x2019;
    if (!hyphen && !apostrophe) return j;
    // A possessive: the 's is not the word's.
    if (apostrophe && text.charCodeAt(j + 1) === 0x73 && !isLetterOrMark(classAt(text, j + 2))) return j;
    if (!isLetterOrMark(classAt(text, j + 1))) return j;
    j += 1;
  }
}

/** The end of a number whose first digit ends at j. */
function anyNumberEnd(text: string, j: number): number {
  for (;;) {
    while (classAt(text, j) === NUMBER) j += width(text, j);
    const c = text.charCodeAt(j);
    if ((c !== 0x2e && c !== 0x2c && c !== 0x3a) || classAt(text, j + 1) !== NUMBER) return j;
    j += 1;
  }
}

const at = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : -1);

/** Letters, joined by a hyphen or apostrophe to more letters, but not a possessive "'s". */
function wordEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    while (isLetter(at(text, j))) j++;
    const c = at(text, j);
    if (c >= 0x80) return anyToken(text, start);
    if (glyphs && c === 0x2d) {
      const next = lineBreakJoin(text, j);
      if (next > 0) { j = next; continue; }
    }
    if (c !== 0x2d && c !== 0x27) return j;
    const d = at(text, j + 1);
    if (d >= 0x80) return anyToken(text, start);
    if (!isLetter(d)) return j;
    if (c === 0x27 && d === 0x73) {
      const e = at(text, j + 2);
      if (e >= 0x80) return anyToken(text, start);
      if (!isLetter(e)) return j;
    }
    j += 2;
  }
}

/**
 * A word print hyphened at the end of a line goes on in the next ("Massa-\n
 * chusetts"): where the hyphen at `hyphen` ends a line and a lower-case
 * letter begins the next, that letter's index; else -1.
 */
function lineBreakJoin(text: string, hyphen: number): number {
  let j = hyphen + 1;
  while (at(text, j) === 0x20 || at(text, j) === 0x09) j++;
  if (at(text, j) === 0x0d) j++;
  if (at(text, j) !== 0x0a) return -1;
  j++;
  while (at(text, j) === 0x20 || at(text, j) === 0x09) j++;
  const c = at(text, j);
  return c >= 0x61 && c <= 0x7a ? j : -1;
}

/** The spelling of a word print hyphened across lines, joined: "Massa-\nchusetts" is Massachusetts. */
export function joinLines(word: string): string {
  return word.replace(/-[ \t]*\r?\n[ \t]*/g, '');
}

/** Digits OCR makes of letters: 0 of O, 1 of l or I, 5 of S, 8 of B. */
const isGlyphDigit = (c: number) => c === 0x30 || c === 0x31 || c === 0x35 || c === 0x38;

/**
 * The end of a word with the glyph digits glued to its letters ("Liverpoo1",
 * "Lond0n", "0ttawa"), or `plain` (the token's end without them) when what
 * the digits make is no such word.
 */
function glyphWordEnd(text: string, start: number, plain: number): number {
  let j = start;
  while (isLetter(at(text, j)) || isGlyphDigit(at(text, j))) j++;
  // Only a run of ASCII letters and digits longer than the plain token: "Anglo-Saxon",
  // "1,000" and "Lond0n’s" stay as they were.
  if (j <= plain || at(text, j) >= 0x80 || isDigit(at(text, j)) || !isGlyphWord(text, start, j)) return plain;
  return j;
}

/**
 * Letters and glyph digits that read as a misprinted word: three letters or
 * more, more letters than digits and at most two digits, and no number with
 * a suffix ("1st", "10th", "1850s", "B52" stay numbers and codes).
 */
function isGlyphWord(text: string, start: number, end: number): boolean {
  let letters = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    if (isLetter(text.charCodeAt(i))) letters++;
    else digits++;
  }
  return letters >= 3 && digits <= 2 && digits < letters && !ORDINAL.test(text.slice(start, end));
}

const ORDINAL = /^\d+(?:st|nd|rd|th|s|d)$/i;

/** Digits, joined by "." "," or ":" to more digits. */
function numberEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    while (isDigit(at(text, j))) j++;
    const c = at(text, j);
    if (c >= 0x80) return anyToken(text, start);
    if (c !== 0x2e && c !== 0x2c && c !== 0x3a) return j;
    const d = at(text, j + 1);
    if (d >= 0x80) return anyToken(text, start);
    if (!isDigit(d)) return j;
    j += 2;
  }
}

/** A token starting with a letter is a word, with a digit a number. */
function typeOf(text: string, start: number): TokenType {
  const c = classOf(text.codePointAt(start)!);
  return c === LETTER ? 'word' : c === NUMBER ? 'number' : 'punct';
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
  if (prev.length === 1 && (prev < '\u0080' ? prev >= 'A' && prev <= 'Z' : /\p{Lu}/u.test(prev))) return true;
  if (!ABBREVIATIONS.has(prev.toLowerCase())) return false;
  // "… in the U.S. It was" still ends: look at what follows.
  const next = text.slice(dotStart + 1, dotStart + 4);
  return !/^\s*\n/.test(next);
}
