import type { Entity } from '../types.js';
import type { Keyed } from '../match/similarity.js';
import { formCount, type Form, type GazetteerView, type Lookup } from './gazetteer.js';

/** Lists from every part, in order; the part's own array when only one has any. */
function merged<K>(parts: Lookup<K, Form[]>[]): Lookup<K, Form[]> {
  return {
    get(key) {
      let out: Form[] | undefined;
      let copied = false;
      for (const p of parts) {
        const list = p.get(key);
        if (!list) continue;
        if (!out) out = list;
        else {
          if (!copied) { out = [...out]; copied = true; }
          out.push(...list);
        }
      }
      return out;
    },
    has: (key) => parts.some((p) => p.has(key)),
    count: (key) => parts.reduce((n, p) => n + formCount(p, key), 0),
  };
}

/**
 * Gazetteers read as one (the bundled snapshot and a newsroom's house
 * dictionaries): the same answers as one gazetteer built from all entities.
 */
export class CompositeGazetteer implements GazetteerView {
  readonly forms: Lookup<string, Form[]>;
  readonly tokenForms: Lookup<string, Form[]>;
  readonly organisationTokenForms: Lookup<string, Form[]>;
  readonly joinedForms: Lookup<string, Form[]>;
  readonly heardForms: Lookup<string, Form[]>;
  readonly entityForms: Lookup<Entity, Form[]>;
  readonly maxTokens: number;
  readonly ocrOnly = false;

  constructor(private readonly parts: GazetteerView[]) {
    this.forms = merged(parts.map((p) => p.forms));
    this.tokenForms = merged(parts.map((p) => p.tokenForms));
    this.organisationTokenForms = merged(parts.map((p) => p.organisationTokenForms));
    this.joinedForms = merged(parts.map((p) => p.joinedForms));
    this.heardForms = merged(parts.map((p) => p.heardForms));
    this.entityForms = merged(parts.map((p) => p.entityForms));
    this.maxTokens = Math.max(...parts.map((p) => p.maxTokens));
  }

  key(folded: string): Keyed {
    return this.parts[0]!.key(folded);
  }

  readonly skeleton = (folded: string): string => this.parts[0]!.skeleton(folded);

  /** Each part memoises its own lookups. */
  fuzzyTokens(folded: string, ocr = false): Set<string> {
    const out = new Set<string>();
    for (const p of this.parts) for (const t of p.fuzzyTokens(folded, ocr)) out.add(t);
    return out;
  }
}
