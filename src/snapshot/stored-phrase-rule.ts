import type { FindingKind } from '../types.js';
import type { PhraseContext, PhraseKeys, PhraseRule } from '../rules/phrase-rules.js';
import type { TokenPattern } from '../rules/phrase-pattern.js';

/**
 * A phrase rule in a snapshot: its keys from the header, the rest parsed from
 * its JSON when first read. A text asks for the few rules its words trigger;
 * parsing all 650 cost every run 4 ms.
 */
export class StoredPhraseRule implements PhraseRule {
  private value?: PhraseRule;

  constructor(readonly keys: PhraseKeys, private readonly json: () => string) {}

  private get rule(): PhraseRule {
    return (this.value ??= JSON.parse(this.json()) as PhraseRule);
  }

  get id(): string { return this.rule.id; }
  get lang(): string { return this.rule.lang; }
  get kind(): FindingKind { return this.rule.kind; }
  get find(): string { return this.rule.find; }
  get pattern(): TokenPattern[] { return this.rule.pattern; }
  get replace(): string { return this.rule.replace; }
  get context(): PhraseContext | undefined { return this.rule.context; }
  get confidence(): number { return this.rule.confidence; }
  get why(): string { return this.rule.why; }
}
