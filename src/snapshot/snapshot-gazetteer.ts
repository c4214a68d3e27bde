import type { Entity, EntityType } from '../types.js';
import { splitForm, type Form, type FormKind, type GazetteerView, type KeyFns, type Lookup } from '../gazetteer/gazetteer.js';
import { KeyCache } from '../gazetteer/key-cache.js';
import type { Keyed } from '../match/similarity.js';
import { pagedSection, type Paged, type Section } from './container.js';
import { HashedDeleteIndex } from './hashed-delete-index.js';
import { Postings } from './postings.js';
import { StringList } from './string-list.js';
import { StringTable } from './string-table.js';

export const TYPES: EntityType[] = ['person', 'organisation', 'place'];
export const KINDS: FormKind[] = ['name', 'alias', 'short', 'demonym', 'dated', 'garbled'];
/** Per entity: how many aliases, short forms, demonyms, dated and garbled forms follow its name. */
export const COUNTS = 5;
export const NONE = 0;

/** Reads a StringTable + Postings pair stored under a prefix. */
function tableAt(s: Record<string, Section>, p: string): { keys: StringTable; values: Postings } {
  return { keys: StringTable.stored(s, p), values: Postings.stored(s, `${p}.values`, `${p}.vstarts`) };
}

/** A form lookup over a stored table: forms are built on first use and kept, so identity holds. */
class FormTable implements Lookup<string, Form[]> {
  private readonly cache = new Map<number, Form[]>();
  /** Keys whose index is known without probing the table (prime()). */
  private readonly known = new Map<string, number>();
  constructor(private readonly t: { keys: StringTable; values: Postings }, private readonly form: (id: number) => Form) {}

  /** Tells the table that `key` is its key `index`. */
  prime(key: string, index: number): void {
    this.known.set(key, index);
  }

  get(key: string): Form[] | undefined {
    const i = this.indexOf(key);
    if (i < 0) return undefined;
    let forms = this.cache.get(i);
    if (!forms) this.cache.set(i, (forms = Array.from(this.t.values.at(i), this.form)));
    return forms;
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  count(key: string): number {
    const i = this.indexOf(key);
    return i < 0 ? 0 : this.t.values.at(i).length;
  }

  private indexOf(key: string): number {
    return this.known.get(key) ?? this.t.keys.indexOf(key);
  }
}

/**
 * A form read from the snapshot. A lookup returns many forms that the rules
 * never look into (a common token's hundred organisations), so its text, words
 * and entity are read on first access.
 */
class StoredForm implements Form {
  private tokensValue?: string[];
  private foldedValue?: string[];
  private textValue?: string;
  private entityValue?: Entity;
  readonly kind: FormKind;

  constructor(private readonly gz: SnapshotGazetteer, private readonly id: number) {
    this.kind = gz.formKind(id);
  }

  get entity(): Entity {
    return (this.entityValue ??= this.gz.formEntity(this.id));
  }

  get type(): EntityType {
    return this.gz.formType(this.id);
  }

  get tokenCount(): number {
    return this.gz.formTokenCount(this.id);
  }

  get text(): string {
    return (this.textValue ??= this.gz.formText(this.id));
  }

  get tokens(): string[] {
    return (this.tokensValue ??= splitForm(this.text).tokens);
  }

  get folded(): string[] {
    return (this.foldedValue ??= this.gz.formFolded(this.id));
  }
}

/**
 * A gazetteer read from a snapshot (see write-snapshot.ts): the same answers
 * as the in-memory Gazetteer it was written from, computed from typed arrays.
 * Entities and forms are materialised when a lookup first returns them.
 */
export class SnapshotGazetteer implements GazetteerView {
  readonly forms: Lookup<string, Form[]>;
  readonly tokenForms: Lookup<string, Form[]>;
  private readonly tokenTable: FormTable;
  readonly organisationTokenForms: Lookup<string, Form[]>;
  readonly joinedForms: Lookup<string, Form[]>;
  readonly heardForms: Lookup<string, Form[]>;
  readonly entityForms: Lookup<Entity, Form[]>;
  private readonly entities: Entity[] = [];
  private readonly formObjects: Form[] = [];
  private readonly ids = new WeakMap<Entity, number>();
  private readonly keyCache: KeyCache;
  private targetList?: StringList;
  private readonly targetCache = new Map<number, string>();
  /** Each target's index in the token table, plus one. */
  private targetTokens?: Paged<Uint32Array>;
  private byTranslit?: HashedDeleteIndex;
  // The columns every candidate form is asked, held in fields once read (a
  // short text may read none): from the section record they were a hash lookup each.
  private formEntitiesValue?: Uint32Array;
  private formTokensValue?: Uint8Array;
  private formKindsValue?: Uint8Array;
  private entityTypesValue?: Uint8Array;
  private get formEntities(): Uint32Array { return (this.formEntitiesValue ??= this.s['f.entity'] as Uint32Array); }
  private get formTokens(): Uint8Array { return (this.formTokensValue ??= this.s['f.tokens'] as Uint8Array); }
  private get formKinds(): Uint8Array { return (this.formKindsValue ??= this.s['f.kind'] as Uint8Array); }
  private get entityTypes(): Uint8Array { return (this.entityTypesValue ??= this.s['e.type'] as Uint8Array); }
  /** Read on first use: only OCR'd text needs it. */
  private byOcr?: HashedDeleteIndex;

  constructor(
    private readonly s: Record<string, Section>, private readonly strings: StringList, readonly maxTokens: number,
    keys: KeyFns, readonly ocrOnly: boolean, private readonly ocrIndex: () => Record<string, Section>,
  ) {
    this.keyCache = new KeyCache(keys);
    const form = (id: number) => this.form(id);
    this.forms = new FormTable(tableAt(s, 'forms'), form);
    this.tokenForms = this.tokenTable = new FormTable(tableAt(s, 'tokens'), form);
    this.organisationTokenForms = new FormTable(tableAt(s, 'orgtokens'), form);
    this.joinedForms = new FormTable(tableAt(s, 'joined'), form);
    this.heardForms = new FormTable(tableAt(s, 'heard'), form);
    // An entity's forms, read when first asked.
    const byEntity = new Map<number, Form[]>();
    this.entityForms = {
      get: (e) => {
        const id = this.ids.get(e);
        if (id === undefined) return undefined;
        let list = byEntity.get(id);
        if (!list) {
          list = [];
          for (let f = this.column('e.forms', id), end = this.column('e.forms', id + 1); f < end; f++) list.push(this.form(f));
          byEntity.set(id, list);
        }
        return list;
      },
      has: (e) => this.ids.has(e),
    };
  }

  key(folded: string): Keyed {
    return this.keyCache.key(folded);
  }

  readonly skeleton = (folded: string): string => this.keyCache.skeleton(folded);

  fuzzyTokens(folded: string, ocr = false): Set<string> {
    return this.keyCache.fuzzy(folded, ocr, () => {
      const ids = new Set<number>();
      if (!this.ocrOnly) {
        this.byTranslit ??= HashedDeleteIndex.stored(this.s, 'translit');
        this.byTranslit.lookup(this.key(folded).translit, ids);
        for (const k of this.keyCache.swappedKeys(folded)) this.byTranslit.near(k, ids);
      }
      if (ocr || this.ocrOnly) {
        this.byOcr ??= HashedDeleteIndex.stored(this.ocrIndex(), 'ocr');
        for (const sk of this.keyCache.ocrKeys(folded)) this.byOcr.lookup(sk, ids);
      }
      const out = new Set<string>();
      this.targetList ??= StringList.stored(this.s, 'targets');
      for (const id of ids) {
        let t = this.targetCache.get(id);
        if (t === undefined) {
          this.targetCache.set(id, (t = this.targetList.at(id)));
          // The rules read the forms under every candidate: where they are is stored.
          this.targetTokens ??= pagedSection<Uint32Array>(this.s, 'targets.token');
          this.targetTokens.pager?.need(id, id + 1);
          const token = this.targetTokens.array[id]!;
          if (token > 0) this.tokenTable.prime(t, token - 1);
        }
        out.add(t);
      }
      return out;
    });
  }

  private form(id: number): Form {
    return (this.formObjects[id] ??= new StoredForm(this, id));
  }

  /** Parts of form `id`, for StoredForm. */
  formEntity(id: number): Entity {
    return this.entity(this.formEntities[id]!);
  }

  formType(id: number): EntityType {
    return TYPES[this.entityTypes[this.formEntities[id]!]!]!;
  }

  formTokenCount(id: number): number {
    return this.formTokens[id]!;
  }

  formText(id: number): string {
    return this.entityStrings.at(this.column('f.string', id));
  }

  /** The form's folded words, each string shared by every form that has it. */
  formFolded(id: number): string[] {
    this.foldedIds ??= Postings.stored(this.s, 'f.folded', 'f.folded.starts');
    const list = (this.wordList ??= StringList.stored(this.s, 'f.words'));
    return Array.from(this.foldedIds.at(id), (w) => (this.words[w] ??= list.at(w)));
  }
  private foldedIds?: Postings;
  private wordList?: StringList;
  private readonly words: string[] = [];

  formKind(id: number): FormKind {
    return KINDS[this.formKinds[id]!]!;
  }

  private get entityStrings(): StringList {
    return (this.entityStringList ??= StringList.stored(this.s, 'e.strings'));
  }
  private entityStringList?: StringList;

  entity(id: number): Entity {
    let e = this.entities[id];
    if (!e) {
      e = this.entities[id] = new StoredEntity(this, id);
      this.ids.set(e, id);
    }
    return e;
  }

  /**
   * Row `id` of an entity or form column, read a page at a time: a text
   * meets a few hundred entities, and most columns it asks of a few of them
   * (role, country, where their strings are); read whole, they were 4 MB of
   * an OCR'd article's reads.
   */
  column(col: string, id: number): number {
    let c = this.columns.get(col);
    if (!c) this.columns.set(col, (c = pagedSection<Uint8Array | Uint16Array | Uint32Array>(this.s, col)));
    c.pager?.need(id, id + 1);
    return c.array[id]!;
  }
  private readonly columns = new Map<string, Paged<Uint8Array | Uint16Array | Uint32Array>>();

  /** An interned string column of entity `id` (role, country, kind, file). */
  interned(col: string, id: number): string | undefined {
    const at = this.column(col, id);
    return at === NONE ? undefined : this.strings.at(at - 1);
  }

  /** The entity's name: the first of its strings. */
  entityName(id: number): string {
    return this.entityStrings.at(this.column('e.strings.first', id));
  }

  /** The entity's strings of one kind after its name: k 0 aliases, 1 short forms, 2 demonyms, 3 dated, 4 garbled. */
  entityStringsOf(id: number, k: number): string[] {
    const counts = this.s['e.counts'] as Uint8Array | Uint16Array;
    let from = this.column('e.strings.first', id) + 1;
    for (let j = 0; j < k; j++) from += counts[COUNTS * id + j]!;
    return Array.from({ length: counts[COUNTS * id + k]! }, (_, i) => this.entityStrings.at(from + i));
  }
}

/**
 * An entity read from the snapshot. Rules read most entities' type and rank
 * only (the people a word sounds like are mostly compared and dropped), so
 * the rest, name included, is decoded on first access.
 */
class StoredEntity implements Entity {
  readonly type: EntityType;
  private nameValue?: string;
  readonly rank: number;
  readonly ambiguous: boolean;
  readonly knownOnly: boolean;
  private lists?: (string[] | undefined)[];
  /** Role, country and kind once read; null before. */
  private roleValue: string | undefined | null = null;
  private countryValue: string | undefined | null = null;
  private kindValue: string | undefined | null = null;

  constructor(private readonly gz: SnapshotGazetteer, private readonly n: number) {
    this.type = TYPES[gz.column('e.type', n)]!;
    this.rank = gz.column('e.rank', n);
    const flags = gz.column('e.ambiguous', n);
    this.ambiguous = (flags & 1) === 1;
    this.knownOnly = (flags & 2) === 2;
  }

  get name(): string {
    return (this.nameValue ??= this.gz.entityName(this.n));
  }

  get id(): string {
    return `${this.type}:${this.name}${this.country ? `@${this.country}` : ''}`;
  }

  get aliases(): string[] { return this.list(0); }
  get short(): string[] { return this.list(1); }
  get demonyms(): string[] { return this.list(2); }
  get dated(): string[] { return this.list(3); }
  get garbled(): string[] { return this.list(4); }
  get role(): string | undefined { return this.roleValue === null ? (this.roleValue = this.gz.interned('e.role', this.n)) : this.roleValue; }
  get country(): string | undefined { return this.countryValue === null ? (this.countryValue = this.gz.interned('e.country', this.n)) : this.countryValue; }
  get kind(): string | undefined { return this.kindValue === null ? (this.kindValue = this.gz.interned('e.kind', this.n)) : this.kindValue; }

  get source(): string {
    const line = this.gz.column('e.line', this.n);
    const file = this.gz.interned('e.file', this.n)!;
    return line ? `${file}:${line}` : file;
  }

  private list(k: number): string[] {
    return ((this.lists ??= [])[k] ??= this.gz.entityStringsOf(this.n, k));
  }
}
