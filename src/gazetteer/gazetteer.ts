import type { Entity, EntityType } from '../types.js';
import { fold } from '../text/fold.js';
import { scanTokens } from '../text/tokenize.js';
import { DeleteIndex } from '../match/delete-index.js';
import { KeyCache } from './key-cache.js';
import type { Keyed } from '../match/similarity.js';
import { heardKey } from '../match/heard-key.js';

/** A heard key of one consonant is half the surnames there are. */
const MIN_HEARD_KEY = 2;
/** Chinese, Korean and Vietnamese names end in the given name, which is not what a text calls them by. */
const FAMILY_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN']);

/** People whose names end in the surname. */
export function isSurnameLast(e: Entity): boolean {
  return e.type === 'person' && !(e.country ?? '').split(/,\s*/).some((c) => FAMILY_FIRST.has(c));
}

/** Honorifics written after a name ("Enver Pasha", "Hussein Bey"): shared by thousands, no one's surname. */
const HONORIFICS_AFTER = new Set(['pasha', 'bey', 'effendi', 'efendi', 'agha', 'aga', 'sahib']);

/** A person's accepted form that ends in their surname: not a garble, an adjective, a title's place ("Earl of Ypres") or an honorific. */
export function endsInSurname(kind: FormKind, folded: string[]): boolean {
  return kind !== 'garbled' && kind !== 'dated' && kind !== 'demonym' && !folded.includes('of') && !HONORIFICS_AFTER.has(folded[folded.length - 1]!);
}

/** People whose surname MT may spell back by ear: famous ones (rank 1–2), surname last. */
function isHeardByEar(e: Entity): boolean {
  return e.rank !== 3 && isSurnameLast(e);
}

export type FormKind = 'name' | 'alias' | 'short' | 'demonym' | 'dated' | 'garbled';

/** One written form of an entity, split into tokens the way text is. */
export interface Form {
  entity: Entity;
  /** The entity's type, which a snapshot reads without building the entity. */
  type: EntityType;
  /** tokens.length, which a snapshot reads without decoding the form. */
  tokenCount: number;
  text: string;
  kind: FormKind;
  tokens: string[];
  folded: string[];
}

export interface KeyFns { translit: (s: string) => string; ocr: (s: string) => string; ocrLetters: (s: string) => string }

/** The entities an entity name ("Olaf Scholz", as a finding gives it) names: its main forms, looked up as the gazetteer keys them. */
export function entitiesNamed(gz: GazetteerView, name: string): Entity[] {
  return (gz.forms.get(splitForm(name).folded.join(' ')) ?? []).filter((f) => f.entity.name === name).map((f) => f.entity);
}

/** A form a fix may write: neither garbled nor dated. */
export function suggestable(f: Form): boolean {
  return f.kind !== 'garbled' && f.kind !== 'dated';
}

/** What the rules read of a map: built in memory or read from a snapshot. */
export interface Lookup<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  /** How many forms a key has, without building them (a snapshot's common token has thousands). */
  count?(key: K): number;
}

/** The number of forms under a key, built or not. */
export function formCount<K>(lookup: Lookup<K, Form[]>, key: K): number {
  return lookup.count ? lookup.count(key) : (lookup.get(key)?.length ?? 0);
}

/** What the rules ask of a gazetteer, wherever it is stored. */
export interface GazetteerView {
  /** Folded form text ("ibrahim kalin") → forms. */
  readonly forms: Lookup<string, Form[]>;
  /** Folded token → accepted forms containing it. */
  readonly tokenForms: Lookup<string, Form[]>;
  /** The same for organisations' forms alone: a rule reading only those need not build the rest. */
  readonly organisationTokenForms: Lookup<string, Form[]>;
  /** Entity → all its forms. */
  readonly entityForms: Lookup<Entity, Form[]>;
  /** A multi-word form written as one word ("vonderleyen") → its forms. */
  readonly joinedForms: Lookup<string, Form[]>;
  /** A famous person's surname as heard by ear (heardKey: "plnkn") → the accepted forms it ends. */
  readonly heardForms: Lookup<string, Form[]>;
  readonly maxTokens: number;
  /** A layer of places for OCR'd text, matched by look-alike letters only. */
  readonly ocrOnly: boolean;
  key(folded: string): Keyed;
  fuzzyTokens(folded: string, ocr?: boolean): Set<string>;
  readonly skeleton: (folded: string) => string;
}

/**
 * A form's words as the tokenizer splits text, and their folded keys. By the
 * scanner itself, not a pattern of Unicode classes: compiling one cost a short
 * run 3 ms, more than splitting every name it reads.
 */
export function splitForm(text: string): { tokens: string[]; folded: string[] } {
  const tokens: string[] = [];
  scanTokens(text, (start, end, type) => {
    if (type !== 'punct') tokens.push(text.slice(start, end));
  });
  return { tokens, folded: tokens.map(fold) };
}

/**
 * The lookup structure over all entities: exact forms by folded text, the
 * forms each token occurs in, and fuzzy candidate indexes over tokens.
 */
export class Gazetteer implements GazetteerView {
  readonly forms = new Map<string, Form[]>();
  readonly tokenForms = new Map<string, Form[]>();
  readonly organisationTokenForms = new Map<string, Form[]>();
  readonly entityForms = new Map<Entity, Form[]>();
  readonly joinedForms = new Map<string, Form[]>();
  readonly heardForms = new Map<string, Form[]>();
  readonly maxTokens: number;
  private readonly byTranslit = new DeleteIndex();
  /** Built on first use: only OCR'd text needs it. */
  private byOcr?: DeleteIndex;
  /** Tokens found fuzzily (a snapshot indexes the same ones). */
  readonly fuzzyTargets: string[] = [];
  private readonly cache: KeyCache;

  /** `ocrOnly`: fuzzy lookups by glyph skeleton only (a layer used on OCR'd text), sparing the transliteration index. */
  constructor(readonly entities: Entity[], readonly keys: KeyFns, isCommonWord: (w: string) => boolean, readonly ocrOnly = false) {
    this.cache = new KeyCache(keys);
    let maxTokens = 1;
    for (const e of entities) {
      const seen = new Set<string>();
      // The name and its aliases, added first: a short form among them (a surname others own) is no surname of several words.
      const wholeNames = new Set<string>();
      const add = (text: string, kind: FormKind) => {
        const { tokens: toks, folded } = splitForm(text);
        if (!toks.length) return;
        const key = folded.join(' ');
        if (seen.has(key + kind)) return;
        seen.add(key + kind);
        if (kind === 'name' || kind === 'alias') wholeNames.add(key);
        const form: Form = { entity: e, type: e.type, tokenCount: toks.length, text, kind, tokens: toks, folded };
        push(this.forms, key, form);
        push(this.entityForms, e, form);
        maxTokens = Math.max(maxTokens, toks.length);
        if (kind === 'garbled' || kind === 'dated') return;
        const target = !e.knownOnly;
        if (target && isHeardByEar(e) && endsInSurname(kind, folded)) {
          const heard = heardKey(folded[folded.length - 1]!);
          if (heard.length >= MIN_HEARD_KEY) push(this.heardForms, heard, form);
        }
        // Written as one word: a surname of several ("Vonderleien") or a
        // place or organisation; never a whole personal name, even as a short form, nor a name
        // with its regnal number ("Simeon II" joined is the surname Simeoni).
        if (toks.length > 1 && toks.length <= 3 && (e.type !== 'person' || (kind === 'short' && !wholeNames.has(key))) && !REGNAL.test(folded[folded.length - 1]!)) {
          const joined = folded.join('').replace(/[-']/g, '');
          push(this.joinedForms, joined, form);
          if (target && joined.length >= 6) {
            if (!ocrOnly) this.byTranslit.add(this.key(joined).translit, joined);
            this.fuzzyTargets.push(joined);
          }
        }
        folded.forEach((f, i) => {
          if (folded.indexOf(f) < i) return;
          push(this.tokenForms, f, form);
          if (e.type === 'organisation') push(this.organisationTokenForms, f, form);
          // A person's given names are found through the exact surname next
          // to them, not fuzzily: they are the most shared tokens there are.
          if (e.type === 'person' && kind !== 'short' && i < folded.length - 1) return;
          // Fuzzy targets: distinctive tokens only, never ordinary English words
          // unless a famous name alone ("China", "Turkey").
          if (target && f.length >= 4 && (!isCommonWord(f) || (e.rank === 1 && toks.length === 1 && f.length >= 5))) {
            if (!ocrOnly) this.byTranslit.add(this.key(f).translit, f);
            this.fuzzyTargets.push(f);
          }
        });
      };
      add(e.name, 'name');
      for (const a of e.aliases) add(a, 'alias');
      for (const s of e.short) add(s, 'short');
      for (const d of e.demonyms) add(d, 'demonym');
      for (const d of e.dated) add(d, 'dated');
      for (const g of e.garbled) add(g, 'garbled');
    }
    this.maxTokens = Math.min(maxTokens, 8);
  }

  key(folded: string): Keyed {
    return this.cache.key(folded);
  }

  readonly skeleton = (folded: string): string => this.cache.skeleton(folded);

  /** Known name tokens within about two edits of a folded token (of its glyph skeleton too, for OCR'd text). */
  fuzzyTokens(folded: string, ocr = false): Set<string> {
    return this.cache.fuzzy(folded, ocr, () => {
      const out = this.ocrOnly ? new Set<string>() : this.byTranslit.lookup(this.key(folded).translit);
      if (!this.ocrOnly) for (const k of this.cache.swappedKeys(folded)) this.byTranslit.near(k, out);
      if (ocr || this.ocrOnly) {
        if (!this.byOcr) {
          this.byOcr = new DeleteIndex();
          for (const f of new Set(this.fuzzyTargets)) this.byOcr.add(this.keys.ocr(f), f);
        }
        for (const sk of this.cache.ocrKeys(folded)) for (const t of this.byOcr.lookup(sk)) out.add(t);
      }
      return out;
    });
  }
}

/** A regnal number after a name ("II", "XIV"). */
const REGNAL = /^[ivx]+$/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
