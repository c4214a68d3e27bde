import type { Entity } from './types.js';
import { Gazetteer } from './gazetteer/gazetteer.js';
import { wordFacts, type WordFacts } from './document.js';
import { rewriter, type Homoglyph, type RewriteRule } from './match/confusions.js';
import type { PhraseRule } from './rules/phrase-rules.js';

const MAX_CACHED_SPELLINGS = 200_000;

/** Demonym endings and what to put back to get the country ("Norwegian" → "Norw" + "ay"). */
const DEMONYM_ENDINGS: [string, string[]][] = [
  ['egian', ['ay']], ['ian', ['ia', 'y', 'e', '']], ['an', ['a', '']], ['ese', ['', 'a']], ['ish', ['ey', 'y', 'and', '']],
  ['i', ['', 'ia']], ['n', ['']], ['ch', ['ce']], ['', ['y']],
];

/** Raw knowledge as read from dictionary files. */
export interface KnowledgeData {
  entities: Entity[];
  phrases: PhraseRule[];
  transliteration: RewriteRule[];
  ocr: RewriteRule[];
  homoglyphs: Homoglyph[];
  /** Ordinary English words, lower case. */
  commonWords: Iterable<string>;
  /** Common given names of English-speaking countries, lower case. */
  givenNames: Iterable<string>;
  /** Small places (GeoNames), read only when an OCR'd text needs them. */
  ocrPlaces?: () => Entity[];
  /** This knowledge is an OCR layer: match its names by glyph skeleton only. */
  ocrOnly?: boolean;
}

/** Everything the checker knows, indexed for lookup. */
export class Knowledge {
  readonly gazetteer: Gazetteer;
  readonly phrasesByWord = new Map<string, PhraseRule[]>();
  readonly phrasesAnywhere: PhraseRule[] = [];
  readonly homoglyphs: Map<string, Homoglyph>;
  /** Latin letters a transliterator writes → the Latin letter the source glyph looked like. */
  readonly readAsToLooksLike: Map<string, string>;
  private readonly words: Set<string>;
  private readonly givenNames: Set<string>;
  private readonly factsCache = new Map<string, WordFacts>();
  /** Folded country name or alias → its ISO code ("norway" → "NO"). */
  private readonly countries = new Map<string, string>();

  constructor(readonly data: KnowledgeData) {
    this.words = new Set(data.commonWords);
    this.givenNames = new Set(data.givenNames);
    this.homoglyphs = new Map(data.homoglyphs.map((h) => [h.char, h]));
    this.readAsToLooksLike = new Map();
    for (const h of data.homoglyphs) {
      const read = h.readAs.toUpperCase();
      const looks = h.looksLike.toUpperCase();
      if (read !== looks && !this.readAsToLooksLike.has(read)) this.readAsToLooksLike.set(read, looks);
    }
    this.gazetteer = new Gazetteer(
      data.entities,
      { translit: rewriter(data.transliteration), ocr: rewriter(data.ocr) },
      (w) => this.isCommonWord(w),
      data.ocrOnly,
    );
    for (const e of data.entities) {
      if (e.type !== 'place' || e.kind !== 'country' || !e.country || e.country.includes(',')) continue;
      for (const f of this.gazetteer.entityForms.get(e) ?? []) if (f.tokens.length === 1 && f.kind !== 'garbled') this.countries.set(f.folded[0]!, e.country);
    }
    for (const rule of data.phrases) {
      const first = rule.pattern[0]!;
      if (first.kind === 'literal' && !first.optional) {
        for (const alt of first.alts) {
          const list = this.phrasesByWord.get(alt) ?? [];
          list.push(rule);
          this.phrasesByWord.set(alt, list);
        }
      } else this.phrasesAnywhere.push(rule);
    }
  }

  /**
   * The knowledge OCR'd text adds: every populated place, whose small towns
   * are what old newspapers garble. Built on first use (a few seconds), so
   * other texts never pay for it.
   */
  ocrLayer(): Knowledge | undefined {
    if (this.layer === undefined) {
      const places = this.data.ocrPlaces?.();
      this.layer = places?.length ? new Knowledge({ ...this.data, entities: places, phrases: [], ocrPlaces: undefined, ocrOnly: true }) : null;
    }
    return this.layer ?? undefined;
  }
  private layer: Knowledge | null | undefined;

  /** Facts of a spelling, computed once per distinct spelling. */
  wordFacts(raw: string, number: boolean): WordFacts {
    const key = number ? `#${raw}` : raw;
    let f = this.factsCache.get(key);
    if (!f) {
      // Bounded: an archive's vocabulary, not its length, fills it.
      if (this.factsCache.size >= MAX_CACHED_SPELLINGS) this.factsCache.clear();
      this.factsCache.set(key, (f = wordFacts(raw, number, this)));
    }
    return f;
  }

  /** An ordinary English word (folded, lower case), contractions included ("they'll"). */
  isCommonWord(folded: string): boolean {
    if (this.words.has(folded)) return true;
    if (!folded.includes("'")) return false;
    const m = /^(.+)'(ll|re|ve|d|s|t|m)$/.exec(folded);
    return m !== null && this.words.has(m[1]!);
  }

  /** The country a word names or describes ("Norway", "Norwegian", "Israeli" → NO, IL). */
  countryOf(folded: string): string | undefined {
    const direct = this.countries.get(folded);
    if (direct) return direct;
    for (const [suffix, back] of DEMONYM_ENDINGS) {
      if (!folded.endsWith(suffix)) continue;
      const stem = folded.slice(0, folded.length - suffix.length);
      for (const b of back) {
        const code = this.countries.get(stem + b);
        if (code) return code;
      }
    }
    return undefined;
  }

  /** A common English-language given name ("Ellie", "Brandon"): someone's real name. */
  isGivenName(folded: string): boolean {
    return this.givenNames.has(folded);
  }
}
