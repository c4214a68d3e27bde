import type { Entity } from './types.js';
import { compoundParts } from './text/compound-parts.js';
import { Gazetteer, type Form, type GazetteerView, type KeyFns, type Lookup } from './gazetteer/gazetteer.js';
import { CompositeGazetteer } from './gazetteer/composite-gazetteer.js';
import { wordFacts, type WordFacts } from './document.js';
import { withRiversideVariants } from './gazetteer/riverside-variants.js';
import { withPlainNameVariants } from './gazetteer/plain-name-variants.js';
import { learnedNameWords } from './gazetteer/learned-name-words.js';
import { keyFns, ocrSkeletons, type Homoglyph, type NameSpelling, type RewriteRule } from './match/confusions.js';
import { SpellingCache } from './text/spelling-cache.js';
import { ARABIC_ARTICLE } from './text/name-words.js';
import { ocrWordIndex, ocrWordsOf } from './match/ocr-word-index.js';
import { SyllableReader, type NameReader, type SyllableTables } from './match/cyrillic-spellings.js';
import { PinyinReader } from './match/pinyin-readings.js';
import { otherSurname, type SurnameEnding } from './match/surname-endings.js';
import { phraseKeys, type PhraseRule, type PhraseRuleEntry } from './rules/phrase-rules.js';

const MAX_CACHED_SPELLINGS = 200_000;
const NO_WORDS: readonly string[] = [];
/** People a surname must name to be common. */
const COMMON_SURNAME_PEOPLE = 10;

/** Demonym endings and what to put back to get the country ("Norwegian" → "Norw" + "ay"). */
const DEMONYM_ENDINGS: [string, string[]][] = [
  ['egian', ['ay']], ['ian', ['ia', 'y', 'e', '']], ['an', ['a', '']], ['ese', ['', 'a']], ['ish', ['ey', 'y', 'and', '']],
  ['i', ['', 'ia']], ['n', ['']], ['ch', ['ce']], ['', ['y']],
];

/** Raw knowledge as read from dictionary files. */
export interface KnowledgeData {
  entities: Entity[];
  phrases: PhraseRuleEntry[];
  transliteration: RewriteRule[];
  ocr: RewriteRule[];
  homoglyphs: Homoglyph[];
  /** Ordinary English words, lower case. */
  commonWords: Iterable<string>;
  /** Common given names of English-speaking countries, lower case. */
  givenNames: Iterable<string>;
  /** Names an English spelling dictionary lists (Latin, Saturn, Alzheimer), folded. */
  dictionaryNames?: Iterable<string>;
  /** Surnames of many countries, folded (dictionaries/surnames/). */
  surnames?: Iterable<string>;
  /** Names of languages, peoples, festivals and months, folded (dictionaries/cultural-names/): never a garbled place or person. */
  culturalNames?: Iterable<string>;
  /** Given names and English words of names as MT spells them back (confusions/given-names.tsv, name-words.tsv). */
  nameSpellings?: NameSpelling[];
  /** The commonest ordinary words, lower case, by class (the most common first): what OCR'd words are read back as. */
  wordClasses?: Iterable<string>[];
  /** Rare real words OCR makes of common ones ("tho" for the: confusions/ocr-words.tsv). */
  ocrMisreadings?: NameSpelling[];
  /** English function words (words/function-words.txt): misread, they show a text is OCR output. */
  functionWords?: Iterable<string>;
  /** Surname endings by family of names (confusions/surname-endings.tsv). */
  surnameEndings?: SurnameEnding[];
  /** Small places (GeoNames), read only when an OCR'd text needs them. */
  ocrPlaces?: () => Entity[];
  /** Chinese, Japanese, Korean and Vietnamese syllables as Russian spells them, Russian letters as MT writes them (confusions/cyrillic-*.tsv), Korean and Vietnamese syllables as pinyin (sino-syllables.tsv). */
  syllableTables?: SyllableTables;
}

/** A set of strings as the checker asks it: a Set, or a table read from a snapshot. */
export interface StringSet { has(s: string): boolean }

/** Knowledge already indexed: built from KnowledgeData, or read from a snapshot. */
export interface KnowledgeParts {
  gazetteer: GazetteerView;
  keys: KeyFns;
  words: StringSet;
  givenNames: StringSet;
  dictionaryNames: StringSet;
  surnames: StringSet;
  culturalNames: StringSet;
  /**
   * Folded MT spelling → the folded words of names it spells, space-separated
   * ("dzhordzh" → "george", "stiven" → "stephen steven"): the tables', and
   * those learned from garbled forms (learnedNameWords).
   */
  nameSpellings: Lookup<string, string>;
  /** Glyph skeleton → common words with it, class-prefixed (ocrWordIndex). */
  ocrWords: Lookup<string, string>;
  /** Written real word → the common word OCR made it of ("tho" → the). */
  ocrMisreadings: Lookup<string, string>;
  functionWords: StringSet;
  /** Folded country name or alias → its ISO code ("norway" → "NO"). */
  countries: Map<string, string>;
  phrases: PhraseRule[];
  homoglyphs: Homoglyph[];
  /** The OCR place layer, built or read once on first use. */
  ocrLayer?: () => Knowledge | undefined;
  /** The OCR layer's main gazetteer: its people and name words, where the layer holds places only. */
  main?: GazetteerView;
  /** What kb.syllableReaders() reads names written back from Russian or Chinese with. */
  syllableTables?: SyllableTables;
  surnameEndings?: SurnameEnding[];
}

/** Country names and aliases of a gazetteer's countries, folded, with their codes. */
export function countryNames(entities: Entity[], gazetteer: GazetteerView): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'place' || e.kind !== 'country' || !e.country || e.country.includes(',')) continue;
    for (const f of gazetteer.entityForms.get(e) ?? []) if (f.tokens.length === 1 && f.kind !== 'garbled') out.set(f.folded[0]!, e.country);
  }
  return out;
}

/** Indexes raw knowledge in memory (tests, house dictionaries, a missing snapshot). */
export function buildParts(data: KnowledgeData): KnowledgeParts {
  const words = new Set(data.commonWords);
  const isCommonWord = (w: string) => commonWord(words, w);
  const keys = keyFns(data.transliteration, data.ocr);
  const gazetteer = new Gazetteer(data.entities, keys, isCommonWord);
  const givenNames = new Set(data.givenNames);
  const dictionaryNames = new Set(data.dictionaryNames);
  const surnames = new Set(data.surnames);
  const culturalNames = new Set(data.culturalNames);
  const isRealWord = (w: string) => isCommonWord(w) || givenNames.has(w) || dictionaryNames.has(w) || surnames.has(w) || culturalNames.has(w);
  const parts: KnowledgeParts = {
    gazetteer, keys, words, givenNames, dictionaryNames, surnames, culturalNames,
    // The tables' spellings win over those learned from garbled forms.
    nameSpellings: new Map([
      ...learnedNameWords(data.entities, gazetteer, keys, isRealWord),
      ...(data.nameSpellings ?? []).map((s): [string, string] => [s.spelling, s.name]),
    ]),
    countries: countryNames(data.entities, gazetteer),
    ocrWords: lazyOcrWords(data, keys),
    ocrMisreadings: new Map((data.ocrMisreadings ?? []).map((m): [string, string] => [m.spelling, m.name])),
    functionWords: new Set(data.functionWords),
    phrases: data.phrases,
    homoglyphs: data.homoglyphs,
    syllableTables: data.syllableTables,
    surnameEndings: data.surnameEndings,
  };
  parts.ocrLayer = ocrLayerOf(parts, () => {
    const places = data.ocrPlaces?.();
    return places?.length ? new Gazetteer(places, keys, isCommonWord, true) : undefined;
  });
  return parts;
}

/**
 * The OCR place layer: the same words and keys over a gazetteer of places,
 * without phrase rules or countries; built on first use, once.
 */
export function ocrLayerOf(parts: KnowledgeParts, places: () => GazetteerView | undefined): () => Knowledge | undefined {
  let layer: Knowledge | null | undefined;
  return () => {
    if (layer === undefined) {
      const gazetteer = places();
      layer = gazetteer ? new Knowledge({ ...parts, gazetteer, main: parts.gazetteer, countries: new Map(), phrases: [], ocrLayer: undefined }) : null;
    }
    return layer ?? undefined;
  };
}

/** The OCR word index of the data's word classes, built when an OCR'd text first asks (a Knowledge built per test need not). */
function lazyOcrWords(data: KnowledgeData, keys: KeyFns): Lookup<string, string> {
  let index: Map<string, string> | undefined;
  const built = () => (index ??= ocrWordIndexOf(data, keys));
  return { get: (k) => built().get(k), has: (k) => built().has(k) };
}

/** The OCR word index of the data's word classes (ocrWordIndex), keyed by both glyph skeletons. */
export function ocrWordIndexOf(data: KnowledgeData, keys: KeyFns): Map<string, string> {
  return ocrWordIndex(data.wordClasses ?? [], (w) => ocrSkeletons(keys, w));
}

/** An ordinary English word (folded, lower case), contractions included ("they'll"). */
function commonWord(words: StringSet, folded: string): boolean {
  if (words.has(folded)) return true;
  if (!folded.includes("'")) return false;
  const m = /^(.+)'(ll|re|ve|d|s|t|m)$/.exec(folded);
  return m !== null && words.has(m[1]!);
}

const ASCII_NUMBER = /^[0-9.,:]+$/;

/** What wordFacts() says of an ASCII number ("1,200", "9:30"), without its regular expressions. */
function asciiNumberFacts(raw: string, kb: Knowledge): WordFacts {
  return {
    // In wordFacts()'s order: one object shape for the words' facts keeps the code reading them monomorphic.
    // Digits and ASCII punctuation are no other script's look-alikes.
    raw, text: raw, folded: raw, number: true, capitalised: false, allCaps: false, nameWord: false, common: false, givenName: false, suspicious: false,
    plainLower: false, leadingParticle: false, lookalikes: false, triggers: kb.phrasesTriggeredBy(raw), phraseStarts: kb.phrasesStartingWith(raw),
    parts: undefined,
  };
}

/** Everything the checker knows, indexed for lookup. */
export class Knowledge {
  readonly parts: KnowledgeParts;
  readonly gazetteer: GazetteerView;
  // Phrase rules by their index in parts.phrases: a sentence marks the rules
  // its words trigger in an array by index, and its words' start rules are
  // looked up there, not searched for in a list.
  /** Rules by the words their pattern can start with. */
  readonly phrasesByWord = new Map<string, number[]>();
  /** Rules whose pattern starts with no literal word, tried at every word. */
  readonly phrasesAnywhere: number[] = [];
  /** Rules by the words of their trigger: a sentence holding none of them cannot match the rule. */
  readonly phrasesByTrigger = new Map<string, number[]>();
  /** Rules with no literal word to trigger them, tried in every sentence. */
  readonly phrasesUntriggered = new Set<PhraseRule>();
  readonly homoglyphs: Map<string, Homoglyph>;
  /** Latin letters a transliterator writes → the Latin letter the Cyrillic source glyph looked like. */
  readonly readAsToLooksLike: Map<string, string>;
  /** Surname ending → its family of names. */
  private readonly surnameEndings: Map<string, string>;
  private readonly factsCache = new SpellingCache<WordFacts>(MAX_CACHED_SPELLINGS);
  /** Made once: a closure made per call would be most of what looking up a word allocates. */
  private readonly spellingFacts = (raw: string): WordFacts => wordFacts(raw, false, this);
  private readonly spelledWords = new Map<string, readonly string[]>();
  private readers?: NameReader[];

  constructor(source: KnowledgeData | KnowledgeParts) {
    const parts = 'gazetteer' in source ? source : buildParts(source);
    this.parts = parts;
    this.gazetteer = parts.gazetteer;
    this.homoglyphs = new Map(parts.homoglyphs.map((h) => [h.char, h]));
    this.surnameEndings = new Map((parts.surnameEndings ?? []).map((e) => [e.ending, e.family]));
    this.readAsToLooksLike = new Map();
    // Cyrillic only: Russian and Ukrainian MT reads acronyms by sound; a Greek
    // eta read as "I" would turn every "MIA" into an "MHA".
    for (const h of parts.homoglyphs) {
      if (!/\p{Script=Cyrillic}/u.test(h.char)) continue;
      const read = h.readAs.toUpperCase();
      const looks = h.looksLike.toUpperCase();
      if (read !== looks && !this.readAsToLooksLike.has(read)) this.readAsToLooksLike.set(read, looks);
    }
    parts.phrases.forEach((rule, id) => {
      const { first, trigger } = rule.keys ?? phraseKeys(rule);
      if (first) {
        for (const alt of first) {
          const list = this.phrasesByWord.get(alt) ?? [];
          list.push(id);
          this.phrasesByWord.set(alt, list);
        }
      } else this.phrasesAnywhere.push(id);
      if (!trigger) this.phrasesUntriggered.add(rule);
      for (const alt of trigger ?? []) {
        const list = this.phrasesByTrigger.get(alt) ?? [];
        list.push(id);
        this.phrasesByTrigger.set(alt, list);
      }
    });
  }

  /** This knowledge with a newsroom's own entities (given the variants curated ones get) and phrase rules added. */
  extend(own: Entity[], phrases: PhraseRule[]): Knowledge {
    const isCommonWord = (w: string) => this.isCommonWord(w);
    const entities = withPlainNameVariants(withRiversideVariants(own), isCommonWord);
    const house = new Gazetteer(entities, this.parts.keys, isCommonWord);
    return new Knowledge({
      ...this.parts,
      gazetteer: new CompositeGazetteer([this.gazetteer, house]),
      countries: new Map([...this.parts.countries, ...countryNames(entities, house)]),
      phrases: [...this.parts.phrases, ...phrases],
    });
  }

  /**
   * The knowledge OCR'd text adds: every populated place, whose small towns
   * are what old newspapers garble. Read on first use, so other texts never pay for it.
   */
  ocrLayer(): Knowledge | undefined {
    return this.parts.ocrLayer?.();
  }

  /**
   * Facts of a spelling, computed once per distinct word. Numbers are not
   * kept: an archive's numbers never repeat enough to pay for the memory.
   */
  wordFacts(raw: string, number: boolean): WordFacts {
    return this.wordFactsAt(raw, 0, raw.length, number);
  }

  /** wordFacts() of the spelling text[start, end), read in place. */
  wordFactsAt(text: string, start: number, end: number, number: boolean): WordFacts {
    if (number) {
      const raw = text.slice(start, end);
      return ASCII_NUMBER.test(raw) ? asciiNumberFacts(raw, this) : wordFacts(raw, true, this);
    }
    return this.factsCache.get(text, start, end, this.spellingFacts);
  }

  /** Every character a letter of another script that looks like a Latin one (homoglyphs). */
  isLookalikes(text: string): boolean {
    for (const c of text) if (!this.homoglyphs.has(c)) return false;
    return text.length > 0;
  }

  /** A written surname and a known person's that their endings say are different names ("Lazarescu", Lazarenko): otherSurname(). */
  isOtherSurname(written: string, name: string, unexplained: boolean): boolean {
    return otherSurname(this.surnameEndings, written, name, unexplained);
  }

  /** An ordinary English word (folded, lower case), contractions included ("they'll"). */
  isCommonWord(folded: string): boolean {
    return commonWord(this.parts.words, folded);
  }

  /** The country a word names or describes ("Norway", "Norwegian", "Israeli" → NO, IL). */
  countryOf(folded: string): string | undefined {
    const direct = this.parts.countries.get(folded);
    if (direct) return direct;
    for (const [suffix, back] of DEMONYM_ENDINGS) {
      if (!folded.endsWith(suffix)) continue;
      const stem = folded.slice(0, folded.length - suffix.length);
      for (const b of back) {
        const code = this.parts.countries.get(stem + b);
        if (code) return code;
      }
    }
    return undefined;
  }

  /** The one-word names of these countries and their peoples' words, folded ("china", "chinese"): what countryOf() reads as them. */
  countryWords(codes: ReadonlySet<string>): Set<string> {
    const out = new Set<string>();
    for (const [name, code] of this.parts.countries) {
      if (!codes.has(code) || name.includes(' ')) continue;
      out.add(name);
      for (const [suffix, back] of DEMONYM_ENDINGS) {
        for (const b of back) {
          const word = name.endsWith(b) ? name.slice(0, name.length - b.length) + suffix : undefined;
          if (word && this.countryOf(word) === code) out.add(word);
        }
      }
    }
    return out;
  }

  /** A surname many people in the gazetteer bear ("Sun", "Yang", "Kim"): a word beside it is a given name. */
  isCommonSurname(folded: string): boolean {
    let people = 0;
    for (const f of (this.parts.main ?? this.gazetteer).forms.get(folded) ?? []) {
      if (f.type === 'person' && f.kind === 'short' && ++people >= COMMON_SURNAME_PEOPLE) return true;
    }
    return false;
  }

  /** A word of some name in the gazetteer, or in the main one for the OCR layer. */
  isNameElement(folded: string): boolean {
    return this.gazetteer.tokenForms.has(folded) || !!this.parts.main?.tokenForms.has(folded);
  }

  /**
   * A form of people in the news (rank 1 or 2), or a garbled form of an
   * organisation, that is this one word and no English word or place
   * ("putin", "navalni", "khamas"; not "park", "Park" of Park Geun-hye, nor
   * "weston", specialists' surname and half of "Weston-Pellam").
   */
  isPersonOrGroupForm(folded: string): boolean {
    const forms = (this.parts.main ?? this.gazetteer).forms.get(folded);
    const group = (f: Form) => f.type === 'organisation' && f.kind === 'garbled';
    return !!forms?.some((f) => (f.type === 'person' && f.entity.rank <= 2) || group(f)) && !this.isCommonWord(folded)
      && forms.every((f) => f.type === 'person' || group(f));
  }

  /**
   * A hyphened name word near this spelling, by its letters or its glyphs,
   * shares one of `parts` with it: the word is that name garbled
   * ("Boutras-Ghali", "Ashrnead-Bartlett"), not a compound.
   */
  nearHyphenedName(folded: string, parts: readonly string[]): boolean {
    for (const t of this.gazetteer.fuzzyTokens(folded, true)) if (t.includes('-') && t.split('-').some((p) => parts.includes(p))) return true;
    return false;
  }

  /** Where a hyphened word joins a name to a word or two names (compoundParts). */
  compoundParts(text: string, folded: string): readonly number[] | undefined {
    // A phrase rule reads such a word whole ("London-based [Middle East] newspaper").
    if (this.phrasesStartingWith(folded) || this.phrasesTriggeredBy(folded)) return undefined;
    return compoundParts(text, folded, this);
  }

  /** A surname of some country ("Aslan", "Verma", "al-Dosari"), folded: someone's real name. */
  isSurname(folded: string): boolean {
    if (this.parts.surnames.has(folded)) return true;
    // The lists write Arabic family names without their article.
    const m = ARABIC_ARTICLE.exec(folded);
    return m !== null && this.parts.surnames.has(folded.slice(m[0].length));
  }

  /** A common English-language given name ("Ellie", "Brandon"): someone's real name. */
  isGivenName(folded: string): boolean {
    return this.parts.givenNames.has(folded);
  }

  /**
   * The words of names a word spells as MT writes them ("dzhordzh" → george,
   * "tayms" → times, "stiven" → stephen, steven), folded, commonest first.
   */
  nameWordsSpelledBy(folded: string): readonly string[] {
    let words = this.spelledWords.get(folded);
    if (words === undefined) {
      // Asked for every word of every candidate name: read from the snapshot once per spelling.
      if (this.spelledWords.size >= MAX_CACHED_SPELLINGS) this.spelledWords.clear();
      words = this.parts.nameSpellings.get(folded)?.split(' ') ?? NO_WORDS;
      this.spelledWords.set(folded, words);
    }
    return words;
  }

  /**
   * Readers of names written back letter by letter: from Russian Cyrillic, one
   * per language spelt by syllables (Chinese, Japanese, Korean, Vietnamese),
   * then from the pinyin of Korean and Vietnamese names' Chinese characters; made on first use.
   */
  syllableReaders(): readonly NameReader[] {
    const tables = this.parts.syllableTables;
    if (!tables) return (this.readers ??= []);
    return (this.readers ??= [
      ...(['zh', 'ja', 'ko', 'vi'] as const).map((s) => new SyllableReader(s, tables)),
      ...(['ko', 'vi'] as const).map((s) => new PinyinReader(s, tables.sino)),
    ]);
  }

  /** Whether a word spells this word of a name as MT writes it ("kelindun", clinton). */
  spellsNameWord(written: string, word: string): boolean {
    return this.nameWordsSpelledBy(written).includes(word);
  }

  /** The name of a language, a people, a festival or a month ("kannada", "tharu", "muharram"): a word the writer meant, never a garbled place or person. */
  isCulturalName(folded: string): boolean {
    return this.parts.culturalNames.has(folded);
  }

  /** The common words sharing a glyph skeleton with a folded word ("chomist": chemist), each once, the most common first. */
  wordsLookingLike(folded: string): { word: string; rank: number }[] {
    const [full, letters] = ocrSkeletons(this.parts.keys, folded);
    const found = ocrWordsOf(this.parts.ocrWords.get(full!));
    if (letters) for (const c of ocrWordsOf(this.parts.ocrWords.get(letters))) if (!found.some((f) => f.word === c.word)) found.push(c);
    return found.sort((a, b) => a.rank - b.rank);
  }

  /** An English function word ("the", "which"): what OCR misreads most, as the commonest words. */
  isFunctionWord(folded: string): boolean {
    return this.parts.functionWords.has(folded);
  }

  /** The common word OCR makes this rare real word of, if the table says so ("tho": the). */
  misreadingOf(folded: string): string | undefined {
    return this.parts.ocrMisreadings.get(folded);
  }

  /** A name an English spelling dictionary lists, so spelt as English writes it. */
  isDictionaryName(folded: string): boolean {
    return this.parts.dictionaryNames.has(folded);
  }

  /** The phrase rules (indices in parts.phrases) that need this word in their sentence. */
  phrasesTriggeredBy(folded: string): readonly number[] | undefined {
    return this.phrasesByTrigger.get(folded);
  }

  /** The phrase rules (indices in parts.phrases) whose pattern can start with this word. */
  phrasesStartingWith(folded: string): readonly number[] | undefined {
    return this.phrasesByWord.get(folded);
  }
}
