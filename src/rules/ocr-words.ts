import { LOOKALIKE, ocrDistance } from '../match/ocr-distance.js';
import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import type { GazetteerView } from '../gazetteer/gazetteer.js';
import { findingOver } from './finding.js';
import { joinLines } from '../text/tokenize.js';
import { memoised } from './memoised.js';

/** A lower-case word as OCR writes one: letters, and the digits it reads letters as (app1ause, 0f). */
const WRITTEN = /^[a-z0158]{2,}$/;

/**
 * Ordinary words OCR misread ("chomist" for chemist, "porticn" for portion,
 * "app1ause" for applause), in text that reads as OCR output: a lower-case
 * word that is no word or name entlint knows, whose glyph skeleton is that of
 * common words, read as the nearest by OCR distance (the most common of the
 * nearest) within two look-alike letters (three in longer words); or a rare
 * real word the confusion table says OCR makes of a common one ("tho"). A
 * sentence's first word may be capitalised ("Tbe"), when it reads as one of
 * the commonest short words; a capitalised word within a sentence, of seven
 * letters or more, when one look-alike letter makes it a word ("Collcge").
 * Names are the other rules' business: the words they read are left alone,
 * but for such a capitalised word, where the surer finding stands (check()'s
 * surestFindings). Only where some spelling reads as a function
 * word ("tbe", "aud"): a text can read as OCR output for its foreign words
 * alone ("tios", "vada"), and those are no misreadings.
 */
export function ocrWordFindings(doc: Document, kb: Knowledge, claimed: Set<Word>): Finding[] {
  if (!doc.ocr) return [];
  const findings: Finding[] = [];
  // A spelling read as a function word ("tbe", "aud") shows OCR: prose full of foreign words ("vada", "tios") has none.
  let evidence = false;
  const words = doc.words;
  for (let i = 0; i < words.length; i++) {
    // The whole of what is written between spaces and punctuation: a digit splits "app1ause" into words.
    const start = i;
    while (i + 1 < words.length && words[i + 1]!.start === words[i]!.end) i++;
    const first = words[start]!;
    const last = words[i]!;
    // A word hyphened across lines is read joined ("moun-\ntaiu": mountain).
    const raw = joinLines(doc.text.slice(first.start, last.end));
    // A sentence's first word may be capitalised ("Tbe"); any other capital
    // is a name's, or a long word's in one ("Collcge"), read more strictly.
    const capital = /^[A-Z][a-z]/.test(raw);
    const titled = capital && first.pos > 0;
    const written = capital ? raw[0]!.toLowerCase() + raw.slice(1) : raw;
    // Two digits are a number ("10th"), not a misread word.
    if (!WRITTEN.test(written) || !/[a-z]{2}/.test(written) || /[0-9].*[0-9]/.test(written)) continue;
    // The table's words are read so even where some name has them ("Tho").
    const listed = misread(kb, written);
    // A capitalised word is read even where a name reading claimed it ("Intemational", weakly
    // an Internacional): the surer of the two findings stands.
    if ((!listed && isName(kb, written) && (capital || first.leadingParticle || !isCommonestMisprint(kb, written))) || words.slice(start, i + 1).some((w) => w.known || (!titled && claimed.has(w)))) continue;
    if (titled && (listed || written.length < MIN_TITLED)) continue;
    if (isWordPart(doc, kb, first, last, capital)) continue;
    const read = listed ?? (kb.isCommonWord(written) ? undefined : misprintedWord(kb, written));
    if (!read) continue;
    // A sentence's first word, only the commonest short words: a longer one is more likely a name print garbled.
    if (capital && !titled && (read.rank > 0 || read.word.length > 5)) continue;
    // Within a sentence, a long word one look-alike letter from a word, not a name's ("Collcge", "Intemational").
    if (titled && (read.cost > LOOKALIKE || read.word.length < MIN_TITLED)) continue;
    evidence ||= kb.isFunctionWord(read.word);
    const word = capital ? read.word[0]!.toUpperCase() + read.word.slice(1) : read.word;
    findings.push(findingOver(doc, first, last, {
      ruleId: 'ocr/word', kind: 'ocr', confidence: read.confidence,
      message: `“${raw}” looks like “${word}” misread by OCR (${misreadings(written, read.word)})`,
      expected: [word],
    }));
  }
  return evidence ? findings : [];
}

/** A name entlint knows, or a word of one: the name rules read it. */
function isName(kb: Knowledge, folded: string): boolean {
  return kb.gazetteer.tokenForms.has(folded) || kb.isGivenName(folded) || kb.isDictionaryName(folded) || kb.isCulturalName(folded) || kb.isCommonSurname(folded);
}

/**
 * A lower-case word one look-alike glyph from one of the commonest words
 * ("aro": are, "iu": in, "como": come): a misprint even where some name has
 * the word (El Aro, Lake Como), as names are capitalised, but for their
 * particles ("de").
 */
function isCommonestMisprint(kb: Knowledge, written: string): boolean {
  const read = misprintedWord(kb, written);
  return read !== undefined && read.rank === 0 && read.cost <= LOOKALIKE;
}

/** Letters a capitalised word within a sentence needs to be read as a misprinted word: shorter ones are names' spellings. */
const MIN_TITLED = 7;

/** Spellings remembered before all are forgotten: an archive's misreadings repeat ("tbe"). */
const MAX_MEMOISED = 50_000;
const readings = new WeakMap<GazetteerView, Map<string, Reading | undefined>>();

/** The letter print's digit most looks like. */
export const DIGIT_LETTERS: Readonly<Record<string, string>> = { 0: 'o', 1: 'l', 5: 's', 8: 'b' };

/** OCR distance allowed between a word and the word read back (ocrDistance: a look-alike letter costs 0.4): two such letters, three from six letters. */
const maxDistance = (written: string) => (written.length >= 6 ? 1.2 : 0.8);

/** A word read back, how common it is (0 the commonest class), its OCR distance and how sure the reading is. */
export interface Reading { word: string; rank: number; cost: number; confidence: number }

/** The common word print made of a spelling that is none, if one is nearest (memoised). */
export function misprintedWord(kb: Knowledge, written: string): Reading | undefined {
  return memoised(readings, kb.gazetteer, MAX_MEMOISED, written, () => readBack(kb, written));
}

/** A real word the table says OCR makes of a common one ("tho": the): less sure, as the word may be meant. */
function misread(kb: Knowledge, written: string): Reading | undefined {
  const word = kb.misreadingOf(written);
  return word ? { word, rank: 0, cost: LOOKALIKE, confidence: 0.6 } : undefined;
}

/** The common word the spelling is a misreading of: the nearest, the most common of the nearest; none when two tie. */
function readBack(kb: Knowledge, written: string): Reading | undefined {
  // A digit among letters is the letter it looks most like ("whi1e" is while, not white).
  const letters = written.replace(/[0158]/g, (d) => DIGIT_LETTERS[d]!);
  const near = kb.wordsLookingLike(written)
    .filter((c) => Math.abs(c.word.length - written.length) <= 1)
    .map((c) => ({ ...c, cost: ocrDistance(letters, c.word, kb.gazetteer.skeleton, maxDistance(written)) }))
    .filter((c) => c.cost <= maxDistance(written))
    .sort((a, b) => a.cost - b.cost || a.rank - b.rank);
  const [best, second] = near;
  // Two words as near and as common ("ond": and, end) leave the reading open.
  if (!best || (second && second.cost === best.cost && second.rank === best.rank)) return undefined;
  return { word: best.word, rank: best.rank, cost: best.cost, confidence: best.cost <= LOOKALIKE ? 0.7 : 0.65 };
}

/**
 * Part of a word split by a line break or a lost hyphen: the first word of
 * a line, lower case, may end a word the line before began ("moun- / tain"),
 * a word before a hyphen and no letter may begin one ("experi-—what"), and a
 * word that makes a common one with its neighbour is half of it ("pro tection").
 */
function isWordPart(doc: Document, kb: Knowledge, first: Word, last: Word, capital: boolean): boolean {
  const before = doc.text.slice(Math.max(0, first.start - 40), first.start);
  if ((!capital && endsLineWord(kb, before, first.end - first.start)) || /^-(?!\p{L})/u.test(doc.text.slice(last.end, last.end + 2))) return true;
  const prev = doc.previous(first);
  const next = doc.next(last);
  return (prev !== undefined && doc.adjacent(prev, first) && kb.isCommonWord(prev.folded + first.folded))
    || (next !== undefined && doc.adjacent(last, next) && kb.isCommonWord(last.folded + next.folded));
}

/** Letters from which a line's first word is no word's end but a word: ends of split words are short ("tain", "ern"). */
const MIN_LINE_WORD = 6;

/**
 * Whether a line's first word may end a word the line before began, given
 * the text before it and the word's length: a short one may, as may any
 * after a hyphen or lower-case letters that are no word ("moun"). A long one
 * after a whole word or punctuation is a word of its own ("chomist" after
 * "the", a misprint).
 */
function endsLineWord(kb: Knowledge, before: string, length: number): boolean {
  const m = /(?:^|\n)[ \t]*$/.exec(before);
  if (!m) return false;
  if (length < MIN_LINE_WORD) return true;
  // The text's first word: what came before it is unknown.
  if (!before.includes('\n')) return true;
  const line = before.slice(0, m.index).trimEnd();
  if (/[-\u00ac\u00ad]$/.test(line)) return true;
  const last = /\p{L}+$/u.exec(line)?.[0];
  return last !== undefined && /^\p{Ll}+$/u.test(last) && !kb.isCommonWord(last);
}

/** The letters read for others, as "o for e, n for u", "rn for m" or "e missing". */
export function misreadings(written: string, word: string): string {
  if (written.length !== word.length) {
    let p = 0;
    while (p < word.length && written[p] === word[p]) p++;
    let s = 0;
    while (s < word.length - p && written[written.length - 1 - s] === word[word.length - 1 - s]) s++;
    const [a, b] = [written.slice(p, written.length - s), word.slice(p, word.length - s)];
    return !a ? `${b} missing` : b ? `${a} for ${b}` : `${a} too many`;
  }
  const pairs: string[] = [];
  for (let i = 0; i < word.length; i++) if (written[i] !== word[i]) pairs.push(`${written[i]} for ${word[i]}`);
  return pairs.join(', ');
}
