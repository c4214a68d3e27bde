import { distance } from 'fastest-levenshtein';
import { LOOKALIKE, ocrDistance } from './ocr-distance.js';

/**
 * How a token and a name were found to be alike, for messages and kinds
 * ('split': two OCR pieces of one word, 'syllables': a given name written
 * syllable by syllable, which the names rule joins; 'adjective': a place's
 * name as a Russian adjective).
 */
export type Via = 'exact' | 'transposition' | 'transliteration' | 'ocr' | 'edit' | 'split' | 'syllables' | 'ending' | 'declined' | 'adjective';

export interface Similarity {
  /** Weighted edits: transliteration- or OCR-explained differences cost half. */
  cost: number;
  /** 1 - cost / length, in 0..1. */
  score: number;
  via: Via;
}

export interface Keyed { folded: string; translit: string }

/**
 * Two look-alike swaps or one other slip. (It read 1.2, meant as three swaps,
 * but 0.4 + 0.4 + 0.4 sums above 1.2 in floating point; three swaps, measured,
 * let in more wrong readings than right ones.)
 */
const MAX_OCR_COST = 1;

/** Letter → look-alike class, for text that looks like OCR output. */
export type Skeleton = (s: string) => string;

/**
 * Compares two folded forms through their raw spelling and transliteration
 * keys, and, for OCR'd text (`ocr` given), with look-alike letters cheap.
 */
export function similarity(q: Keyed, t: Keyed, ocr?: Skeleton): Similarity {
  // Hyphens, apostrophes and spaces are style, not spelling ("Viet-Nam", "Vietnam").
  if (q.folded === t.folded || ((SEPARATOR.test(q.folded) || SEPARATOR.test(t.folded)) && bare(q.folded) === bare(t.folded))) {
    return { cost: 0, score: 1, via: 'exact' };
  }
  // Each reading is scored against its own length: keys are shorter than spellings.
  let cost = distance(q.folded, t.folded);
  let via: Via = 'edit';
  if (cost === 2 && isTransposition(q.folded, t.folded)) { cost = 1; via = 'transposition'; }
  let score = 1 - cost / Math.max(q.folded.length, t.folded.length);
  const tk = keyCost(q.translit, t.translit);
  const tkScore = 1 - tk / Math.max(q.translit.length, t.translit.length, 1);
  if (tkScore > score) { cost = tk; score = tkScore; via = 'transliteration'; }
  const gh = ghKeyCost(q.translit, t.translit);
  const ghScore = 1 - gh / Math.max(q.translit.length, t.translit.length, 1);
  // On a tie with a plain edit, the rule is the better explanation.
  if (ghScore > score || (ghScore === score && via === 'edit')) { cost = gh; score = ghScore; via = 'transliteration'; }
  if (isCaseEnding(q.folded, t.folded)) {
    const endingScore = 1 - 0.5 / t.folded.length;
    if (endingScore > score) { cost = 0.5; score = endingScore; via = 'ending'; }
  }
  if (isRussianLandName(q.translit, t.translit)) {
    const landScore = 1 - 1 / t.folded.length;
    if (landScore > score) { cost = 1; score = landScore; via = 'ending'; }
  }
  const declined = declinedCost(q, t);
  if (declined < Infinity) {
    const declinedScore = 1 - declined / t.folded.length;
    if (declinedScore > score) { cost = declined; score = declinedScore; via = 'declined'; }
  }
  // A misreading is in a word long enough to tell; a four-letter word gets one swap only.
  const shortest = Math.min(q.folded.length, t.folded.length);
  if (ocr && shortest >= 4) {
    const max = shortest >= 5 ? MAX_OCR_COST : LOOKALIKE;
    const ok = ocrDistance(q.folded, t.folded, ocr, max);
    if (ok <= max) {
      const okScore = 1 - ok / Math.max(q.folded.length, t.folded.length);
      if (okScore > score) { cost = ok; score = okScore; via = 'ocr'; }
    }
  }
  return { cost, score: Math.max(0, score), via };
}

/**
 * Cost of two keys: equal keys cost half an edit (the rules explain the
 * difference); one more edit only on long keys, where it cannot turn one
 * short name into another (Kalyn is not Tallinn), and not of the first
 * letter, which no romanisation leaves to chance ("Arizana" is no Marikana).
 */
function keyCost(a: string, b: string): number {
  const d = distance(a, b);
  if (d === 0 || (d === 1 && Math.min(a.length, b.length) >= 7 && a[0] === b[0])) return d + 0.5;
  return Infinity;
}

/**
 * Cost of two keys that agree once g and h are one letter: Russian and
 * Ukrainian write H with Г ("Gitler", "Gaaga", "Gamburg"), and MT spells
 * it back as g. Only that way round, where the keys agree but for it, and
 * a whole edit: one reading, not proof.
 */
function ghKeyCost(written: string, name: string): number {
  if (written.length !== name.length) return Infinity;
  let differ = false;
  for (let i = 0; i < written.length; i++) {
    if (written[i] === name[i]) continue;
    if (written[i] !== 'g' || name[i] !== 'h') return Infinity;
    differ = true;
  }
  return differ ? 1 : Infinity;
}

const SEPARATOR = /[-' ]/;

function bare(s: string): string {
  return s.replace(/[-' ]/g, '');
}

const MIN_STEM = 4;

/**
 * A name in -a left in a Russian case: the ending dropped or declined
 * ("Vurn", "Vurne", "Vurny" for "Vurna"), as MT does with a name it does not
 * know and keeps in the form the sentence had. The stem is a consonant of four
 * letters or more: shorter ones are other names ("Tem", "Tema").
 */
function isCaseEnding(written: string, name: string): boolean {
  if (name.length < MIN_STEM + 1 || !name.endsWith('a')) return false;
  const stem = name.slice(0, -1);
  if (/[aeiouy]$/.test(stem)) return false;
  if (written === stem) return true;
  return written.length === name.length && written.startsWith(stem) && 'eiuy'.includes(written[written.length - 1]!);
}

/** What English ends a land's name with where Russian has -ия: Lapland, Burgundy, France, Belgium, Bavaria. */
const LAND_ENDINGS = ['', 'i', 'e', 'ium', 'a'];

/**
 * A land's name as Russian forms it, spelt back ("Laplandiya", "Burgundiya",
 * "Frantsiya", "Belgiya"): the name's stem and -ия, keyed -ia. The stem is
 * four letters or more; after a vowel -ия is -ея or -уя, which stand for
 * -a alone ("Koreya", "Paduya"). A whole edit: a person's -ya is
 * written so too ("Amartiya" is Amartya, a slip, not a land).
 */
function isRussianLandName(written: string, name: string): boolean {
  if (!written.endsWith('ia') || written.length < MIN_STEM + 2 || written === name) return false;
  const stem = written.slice(0, -2);
  const ending = name.slice(stem.length);
  return name.startsWith(stem) && LAND_ENDINGS.includes(ending) && (ending === 'a' || !/[aeiou]$/.test(stem));
}

/**
 * Russian case endings of a name that ends in a consonant: of, to, with Biden
 * (Bidena, Bidenu, Bidenom). Not -e: an English surname is often a name and
 * an e (Browne, Locke).
 */
const CASE_ENDINGS = ['a', 'u', 'om', 'em', 'ym', 'im'];
/**
 * A name declined as an adjective, its ending matched: "Zelensky"
 * (Zelenskogo, Zelenskomu, Zelenskim), "Navalny" (Navalnogo, Navalnym; a
 * stem of four letters or more before the n, so "Tony" is no "Tom").
 */
const ADJECTIVAL = /(?:(?<=sk)(?:yy|iy|ii|y|i)|(?<=\p{L}{3}n)(?:yy|iy|y))$/u;
const ADJECTIVAL_ENDINGS = ['ogo', 'omu', 'im', 'ym', 'om'];

/** A Slavic surname's feminine form ("Ivanova", "Zelenskaya" of Ivanov, Zelensky): a relative's name, not a garble nor a case. */
export function isFeminineForm(word: string, name: string): boolean {
  if (/(ov|ev|in|yn)$/.test(name)) return word === `${name}a`;
  const adjectival = ADJECTIVAL.exec(name);
  return !!adjectival && word === `${name.slice(0, -adjectival[0].length)}aya`;
}

/**
 * What reading `q` as the name `t` left in a Russian case costs: half an edit
 * for the name plus an ending ("Bidenom"), one through the transliteration
 * keys ("Sholtsa", Scholz); Infinity when it is no case form of the name. MT
 * leaves a name it does not know in the case the sentence gave it.
 */
export function declinedCost(q: Keyed, t: Keyed): number {
  const name = t.folded;
  const adjectival = ADJECTIVAL.exec(name);
  if (adjectival) {
    const stem = name.slice(0, name.length - adjectival[0].length);
    return ADJECTIVAL_ENDINGS.some((e) => q.folded === stem + e) ? 0.5 : Infinity;
  }
  if (name.length < MIN_STEM || /[aeiouy]$/.test(name) || isFeminineForm(q.folded, name)) return Infinity;
  for (const e of CASE_ENDINGS) {
    if (!q.folded.endsWith(e) || /[aeiouy]$/.test(q.folded.slice(0, -e.length))) continue;
    if (q.folded === name + e) return 0.5;
    const k = e.replace('y', 'i');
    if (q.translit.length === t.translit.length + k.length && q.translit.endsWith(k) && q.translit.startsWith(t.translit)) return 1;
  }
  return Infinity;
}

/** A word in an adjectival name's case ("Zelenskogo", "Navalnym"): its stem. */
const ADJECTIVAL_FORM = /^(\p{L}*sk|\p{L}{3,}n)(?:ogo|omu|im|ym|om)$/u;

/**
 * The names a word could be a case form of (see declinedCost) that a fuzzy
 * lookup of the word itself misses: its stems without each ending of two
 * letters or more. A one-letter ending is one deletion, within the index's reach.
 */
export function declinedStems(folded: string): string[] {
  const out: string[] = [];
  const adjectival = ADJECTIVAL_FORM.exec(folded);
  if (adjectival) out.push(`${adjectival[1]}y`);
  // A land's name in -iya: its stem is the English name or near it ("Laplandiya", "Burgundiya").
  const land = /^(.{4,})(?:iya|ija|ia)$/.exec(folded);
  if (land) out.push(land[1]!);
  for (const e of CASE_ENDINGS) {
    if (e.length < 2) continue;
    const stem = folded.slice(0, -e.length);
    if (folded.endsWith(e) && stem.length >= MIN_STEM && !/[aeiouy]$/.test(stem)) out.push(stem);
  }
  return out;
}

/** One swap of adjacent letters ("Deash" / "Daesh"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * Spelt by ear: the same consonants, doubles as one, and as many vowel
 * sounds (a name's silent final e not counted). MT that spells an English
 * name as it sounds keeps the first and changes the vowels ("Dzhimmi
 * Dulittl", Jimmy Doolittle; "Vir Berd", Vere Bird).
 */
export function soundsAlike(q: Keyed, t: Keyed): boolean {
  return heard(q, false) === heard(t, true);
}

// Per key object (gazetteers cache theirs): align() asks for the same names' words again and again.
const heardCache = [new WeakMap<Keyed, string>(), new WeakMap<Keyed, string>()] as const;

/** A key's consonants, doubles as one, and its count of vowel sounds. */
function heard(k: Keyed, name: boolean): string {
  const cache = heardCache[name ? 1 : 0];
  let h = cache.get(k);
  if (h === undefined) {
    const single = k.translit.replace(/(.)\1+/g, '$1');
    const spoken = name ? single.replace(/([^aeiou])e$/, '$1') : single;
    h = `${spoken.replace(/[aeiou]+/g, '')} ${spoken.match(/[aeiou]+/g)?.length ?? 0}`;
    cache.set(k, h);
  }
  return h;
}
