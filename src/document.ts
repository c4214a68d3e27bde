import type { Entity } from './types.js';
import type { Knowledge } from './knowledge.js';
import { fold } from './text/fold.js';
import { joinLines, scanTokens } from './text/tokenize.js';
import { LEADING_PARTICLES, isNameSpelling } from './text/name-words.js';

const MIN_WORDS_FOR_NOISE = 20;
/** Clean prose keeps under 0.5% of its words unknown and lower-case; OCR'd pages run above 4%. */
const OCR_NOISE = 0.02;
/** What OCR output is read again for (tokenize.ts's glyph digits): a letter beside a digit print can make of one, a word hyphened at a line's end. */
const GLYPH_READING = /[A-Za-z][0158]|[0158][A-Za-z]|[A-Za-z]-[ \t]*\r?\n/;

/** What a word's spelling alone says, the same wherever it occurs (memoised per spelling). */
export interface WordFacts {
  /** The spelling as written. */
  raw: string;
  /** NFC. */
  text: string;
  folded: string;
  capitalised: boolean;
  allCaps: boolean;
  number: boolean;
  common: boolean;
  /** A common English given name: somebody's real name, not a garble. */
  givenName: boolean;
  /** Mixes scripts or carries a stray combining mark ("Mi̇t", "Рutin"). */
  suspicious: boolean;
  /** Lower-case letters only, two or more: the words whose share tells OCR noise. */
  plainLower: boolean;
  /** Can start or end a name (isNameSpelling): the rules ask it of every word. */
  nameWord: boolean;
  /** A particle that can begin a surname ("von", "de", "ter"): nameRuns() asks it of every word. */
  leadingParticle: boolean;
  /** Written wholly in other scripts' look-alikes of Latin letters ("РКК"): the homoglyph rule reads it. */
  lookalikes: boolean;
  /** Phrase rules that need this word in their sentence (indices in the knowledge's phrases). */
  triggers: readonly number[] | undefined;
  /** Phrase rules whose pattern can start with this word (indices). */
  phraseStarts: readonly number[] | undefined;
  /** A hyphened word that joins a name to a word or two names: its parts' offsets within it (compoundParts), read as words. */
  parts: readonly number[] | undefined;
}

type WordLists = {
  isCommonWord(f: string): boolean; isGivenName(f: string): boolean; isLookalikes(text: string): boolean;
  phrasesTriggeredBy(f: string): readonly number[] | undefined; phrasesStartingWith(f: string): readonly number[] | undefined;
  compoundParts(text: string, folded: string): readonly number[] | undefined;
};

const ASCII_WORD = /^[A-Za-z'-]+$/;
/**
 * A combining mark NFC leaves that no orthography writes: the dot above an i
 * that lower-casing a Turkish "İ" gives ("Mi̇t"), or a mark on no letter.
 * Not a tone over a letter with a dot below, as Yoruba writes ("Adébáyọ̀").
 */
const STRAY_MARK = /[iIjı]\u0307|(?<![\p{L}\p{M}])\p{M}/u;
/** The hyphens the tokenizer keeps inside a word. */
const HYPHEN = /[-‐‑]/;
/** The next punctuation token after spaces: one character, as the tokenizer's `\S`. */
const PUNCTUATION = /\s*(\S)/uy;

/** Computes the facts of one spelling; plain ASCII words, most of any English text, without the Unicode rules. */
export function wordFacts(raw: string, number: boolean, kb: WordLists): WordFacts {
  if (number || !ASCII_WORD.test(raw)) return unicodeWordFacts(raw, number, kb);
  const folded = raw.toLowerCase();
  const letters = raw.includes("'") || raw.includes('-') ? raw.replace(/['-]/g, '') : raw;
  const first = raw.charCodeAt(0);
  const capitalised = first >= 0x41 && first <= 0x5a;
  const allCaps = letters.length >= 2 && letters === letters.toUpperCase();
  return {
    raw, text: raw, folded, number, capitalised, allCaps,
    nameWord: isNameSpelling(raw, number, capitalised, allCaps),
    common: kb.isCommonWord(folded),
    givenName: kb.isGivenName(folded),
    suspicious: false,
    plainLower: folded.length >= 2 && letters === raw && raw === folded,
    leadingParticle: LEADING_PARTICLES.has(folded),
    lookalikes: kb.isLookalikes(raw),
    triggers: kb.phrasesTriggeredBy(folded),
    phraseStarts: kb.phrasesStartingWith(folded),
    parts: raw.includes('-') ? kb.compoundParts(raw, folded) : undefined,
  };
}

/** The facts of any spelling, by the Unicode rules. */
export function unicodeWordFacts(raw: string, number: boolean, kb: WordLists): WordFacts {
  const text = raw.normalize('NFC');
  const folded = fold(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  // A word OCR began with a digit began with the capital it misread ("0ttawa", "5ydney").
  const capitalised = /^[\p{Lu}058]/u.test(text);
  const allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return {
    raw, text, folded, number, capitalised, allCaps,
    nameWord: isNameSpelling(text, number, capitalised, allCaps),
    common: !number && kb.isCommonWord(folded),
    givenName: kb.isGivenName(folded),
    suspicious: STRAY_MARK.test(text) || (/\p{Script=Latin}/u.test(text) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text)),
    plainLower: !number && folded.length >= 2 && /^\p{Ll}+$/u.test(text),
    leadingParticle: LEADING_PARTICLES.has(folded),
    lookalikes: kb.isLookalikes(text),
    triggers: kb.phrasesTriggeredBy(folded),
    phraseStarts: kb.phrasesStartingWith(folded),
    parts: !number && HYPHEN.test(text) ? kb.compoundParts(text, folded) : undefined,
  };
}

/** A word print hyphened across lines: the facts of its spelling joined, as written. */
function lineBrokenFacts(kb: Knowledge, raw: string): WordFacts {
  const joined = joinLines(raw);
  return { ...kb.wordFactsAt(joined, 0, joined.length, false), raw };
}

/**
 * A word or number of the text, with what the rules ask of it. What its
 * spelling says is shared with every other occurrence of that spelling
 * (`facts`), so a long text's words are small objects.
 */
export class Word implements WordFacts {
  /** Entity whose exact form covers this word, once known. */
  known: Entity | undefined = undefined;

  constructor(
    private readonly facts: WordFacts,
    /** Position among all tokens, words and punctuation (Document.tokenText). */
    readonly token: number,
    readonly start: number,
    readonly sentence: number,
    /** Position within its sentence. */
    readonly pos: number,
  ) {}

  // Derived, not stored: a long text has a million words, and a field costs 8 bytes in every one.
  get end(): number { return this.start + this.facts.raw.length; }
  /** First word of its sentence (its capital tells nothing). */
  get sentenceStart(): boolean { return this.pos === 0; }

  get raw(): string { return this.facts.raw; }
  get text(): string { return this.facts.text; }
  get folded(): string { return this.facts.folded; }
  get capitalised(): boolean { return this.facts.capitalised; }
  get allCaps(): boolean { return this.facts.allCaps; }
  get number(): boolean { return this.facts.number; }
  get common(): boolean { return this.facts.common; }
  get givenName(): boolean { return this.facts.givenName; }
  get suspicious(): boolean { return this.facts.suspicious; }
  get plainLower(): boolean { return this.facts.plainLower; }
  get nameWord(): boolean { return this.facts.nameWord; }
  get leadingParticle(): boolean { return this.facts.leadingParticle; }
  get lookalikes(): boolean { return this.facts.lookalikes; }
  get triggers(): readonly number[] | undefined { return this.facts.triggers; }
  get phraseStarts(): readonly number[] | undefined { return this.facts.phraseStarts; }
  get parts(): readonly number[] | undefined { return this.facts.parts; }
}

/** The text as the rules see it: tokens, words per sentence, and what is known so far. */
export class Document {
  readonly words: Word[] = [];
  /**
   * Words per sentence; a sentence of punctuation alone is a hole. Holey from
   * the start, so every document's array has one shape and the rules that
   * loop over it stay optimised.
   */
  readonly sentences: Word[][] = new Array<Word[]>(0);
  private folded?: Set<string>;
  /** Entities mentioned with a correct form, or resolved from a garbled one. */
  readonly mentions = new Set<Entity>();
  /** Words of names resolved from garbled ones, per sentence: context as good as the written words. */
  readonly resolvedWords = new Map<number, Set<string>>();
  /** Share of lower-case words that are neither English nor names: high in OCR output. */
  readonly noise: number;
  /**
   * Text that reads like raw OCR output, where look-alike letters explain
   * errors: noisy, and some unknown word in it a misread function word
   * ("tbe", "aud", "iu"). Prose full of foreign words ("injera", "kitfo",
   * "qvevri") is noisy too, but none of them reads as one. Knowledge without
   * function words (a small test base) goes by the noise alone.
   */
  readonly ocr: boolean;

  constructor(readonly text: string, kb: Knowledge) {
    this.noise = this.scan(kb, false);
    this.ocr = this.noise >= OCR_NOISE && (!kb.isFunctionWord('the') || this.words.some((w) => isMisreadFunctionWord(kb, w)));
    // Read as OCR output, the text is read again with the digits print turned
    // into letters glued to the words ("Liverpoo1") and the words hyphened
    // across lines joined ("Massa-\nchusetts"); the verdict stands.
    if (this.ocr && GLYPH_READING.test(text)) {
      this.words.length = 0;
      this.sentences.length = 0;
      this.scan(kb, true);
    }
  }

  /** Builds the words and sentences; returns the share of unknown lower-case words (noise). */
  private scan(kb: Knowledge, glyphDigits: boolean): number {
    const text = this.text;
    // Share of all words, not of lower-case ones: a fix that turns "gas
    // sector" into "Gaza Strip" must not tip a text into or out of OCR mode.
    let unknown = 0;
    // Tokens are counted, not kept: a word's neighbours are read back from the text (tokenText).
    let tokens = 0;
    const add = (f: WordFacts, start: number, sentence: number) => {
      if (f.plainLower && !f.common && !kb.gazetteer.tokenForms.has(f.folded)) unknown++;
      const w = new Word(f, tokens++, start, sentence, (this.sentences[sentence] ??= []).length);
      this.words.push(w);
      this.sentences[sentence]!.push(w);
    };
    scanTokens(text, (start, end, type, sentence) => {
      if (type === 'punct') {
        tokens++;
        return;
      }
      const f = glyphDigits && type === 'word' && text.slice(start, end).includes('\n')
        ? lineBrokenFacts(kb, text.slice(start, end))
        : kb.wordFactsAt(text, start, end, type === 'number');
      if (!f.parts) return add(f, start, sentence);
      // A name hyphened to a word ("Khamas-run"): its parts are words, its hyphens punctuation.
      for (let i = 0; i < f.parts.length; i += 2) {
        if (i) tokens++;
        add(kb.wordFactsAt(text, start + f.parts[i]!, start + f.parts[i + 1]!, false), start + f.parts[i]!, sentence);
      }
    }, glyphDigits);
    return this.words.length >= MIN_WORDS_FOR_NOISE ? unknown / this.words.length : 0;
  }

  /** Every word of the text, folded, and every word of a resolved name: built when a rule first asks. */
  get foldedWords(): ReadonlySet<string> {
    if (!this.folded) {
      this.folded = new Set(this.words.map((w) => w.folded));
      for (const set of this.resolvedWords.values()) for (const f of set) this.folded.add(f);
    }
    return this.folded;
  }

  /**
   * The text of token `token`, a word or a punctuation mark; undefined past
   * the last. Tokens between two words are punctuation, one character each,
   * so they are read from the text between the words.
   */
  tokenText(token: number): string | undefined {
    const w = this.lastWord((x) => x.token <= token);
    const before = w !== undefined && w.token <= token;
    if (before && w.token === token) return w.raw;
    PUNCTUATION.lastIndex = before ? w.end : 0;
    for (let t = before ? w.token : -1; ;) {
      const m = PUNCTUATION.exec(this.text);
      if (!m) return undefined;
      if (++t === token) return m[1];
    }
  }

  /** The word that is token `token`, if that token is a word. */
  wordAt(token: number): Word | undefined {
    const w = this.lastWord((x) => x.token <= token);
    return w?.token === token ? w : undefined;
  }

  /** The word that starts at an offset, if one does. */
  wordStartingAt(offset: number): Word | undefined {
    const w = this.lastWord((x) => x.start <= offset);
    return w?.start === offset ? w : undefined;
  }

  /** The sentence of the word starting at or before an offset. */
  sentenceAt(offset: number): number {
    return this.lastWord((w) => w.start <= offset)?.sentence ?? 0;
  }

  /** By bisection, the last word for which `before` holds (the first word if none does). */
  private lastWord(before: (w: Word) => boolean): Word | undefined {
    let lo = 0;
    let hi = this.words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before(this.words[mid]!)) lo = mid;
      else hi = mid - 1;
    }
    return this.words[lo];
  }

  /** Records what a garbled stretch in a sentence really says, for phrase contexts. */
  addResolved(sentence: number, text: string): void {
    const set = this.resolvedWords.get(sentence) ?? new Set<string>();
    for (const t of text.split(/\s+/)) if (t) { set.add(fold(t)); this.folded?.add(fold(t)); }
    this.resolvedWords.set(sentence, set);
  }

  /** Words a and b are next to each other with only spaces between. */
  adjacent(a: Word, b: Word): boolean {
    return b.token === a.token + 1;
  }

  /** The word before w in its sentence, if any. */
  previous(w: Word): Word | undefined {
    return w.pos > 0 ? this.sentences[w.sentence]![w.pos - 1] : undefined;
  }

  /** The word after w in its sentence, if any. */
  next(w: Word): Word | undefined {
    return this.sentences[w.sentence]![w.pos + 1];
  }

}

/**
 * A lower-case word that OCR made of a function word: one the table of
 * misreadings lists ("tho"), or an unknown word with a function word's glyph
 * skeleton and about its length ("tbe", "aud").
 */
function isMisreadFunctionWord(kb: Knowledge, w: Word): boolean {
  if (!w.plainLower) return false;
  if (kb.misreadingOf(w.folded) !== undefined) return true;
  if (w.common || kb.gazetteer.tokenForms.has(w.folded)) return false;
  return kb.wordsLookingLike(w.folded).some((c) => c.word !== w.folded && Math.abs(c.word.length - w.folded.length) <= 1 && kb.isFunctionWord(c.word));
}
