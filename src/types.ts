/** Shapes shared by the checker, the gazetteer and the reporters. */

export type EntityType = 'person' | 'organisation' | 'place';

export type FindingKind = 'transliteration' | 'calque' | 'ocr' | 'homoglyph' | 'acronym' | 'variant';

export type Severity = 'error' | 'warning' | 'info';

export type VariantPolicy = 'accept' | 'flag';

/** A curated gazetteer entry, as loaded from dictionaries/. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Forms used alone after first mention (people: family names). */
  short: string[];
  /** Known wrong forms (MT / transliteration). */
  garbled: string[];
  /** Words for a country's people and its adjective ("Chinese", "Briton"): accepted, places only. */
  demonyms: string[];
  /** Forms the entity no longer uses ("Kiev" for Kyiv): known, but flagged as dated unless a user accepts them. */
  dated: string[];
  role?: string;
  country?: string;
  kind?: string;
  rank: number;
  ambiguous: boolean;
  /**
   * Known, never a target: a correct spelling to accept (a district, a
   * small town), whose garbles are not worth the index's memory or the false
   * alarms a target a letter from everyday words brings. The indexes leave it
   * out, and no rule corrects a name towards it.
   */
  knownOnly?: boolean;
  /** Where the entry came from, for messages and load errors. */
  source: string;
}

export interface Finding {
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  /** UTF-16 offset into the original text, end exclusive. */
  offset: number;
  length: number;
  actual: string;
  /** Suggestions, best first; the first is what a fix writes. */
  expected: string[];
  confidence: number;
  entity?: { name: string; type: EntityType };
}

export interface CheckOptions {
  /** Findings below this confidence are dropped (default 0.6). */
  minConfidence?: number;
  /**
   * Per-form policy over the gazetteer's defaults, keyed by the form as
   * written (case and diacritics ignored): "accept" a dated form ("Kiev"),
   * or "flag" an accepted one ("Bombay") as dated.
   */
  variants?: Record<string, VariantPolicy>;
  /** Knowledge to check against; defaults to the bundled dictionaries. */
  knowledge?: import('./knowledge.js').Knowledge;
}
