import type { FindingKind } from '../types.js';
import { FieldReader, parseJsonl } from '../gazetteer/jsonl.js';
import { parsePattern, type TokenPattern } from './phrase-pattern.js';

export interface PhraseContext { any: string[]; none: string[]; scope: 'sentence' | 'document' }

/** What checking reads of a phrase rule: all a knowledge snapshot keeps of it. */
export interface PhraseRule {
  id: string;
  lang: string;
  kind: FindingKind;
  find: string;
  pattern: TokenPattern[];
  replace: string;
  context?: PhraseContext;
  confidence: number;
  why: string;
  /** Where the rule is looked up, when known without reading the rule (a snapshot's rules). */
  readonly keys?: PhraseKeys;
}

/**
 * Where a rule is looked up: the spellings of its first word (none: it may
 * start at any word) and of its trigger, a word it requires (none: it is tried
 * in every sentence).
 */
export interface PhraseKeys { first?: string[]; trigger?: string[] }

/** A phrase rule as its file gives it: with the examples the tests run, and where it is. */
export interface PhraseRuleEntry extends PhraseRule {
  examples: { flag: string[]; pass: string[] };
  source: string;
}

const FIELDS = ['id', 'lang', 'kind', 'find', 'replace', 'context', 'confidence', 'why', 'examples'];
const KINDS: FindingKind[] = ['calque', 'transliteration', 'acronym', 'ocr', 'homoglyph'];

/** Parses one phrase-rule file, validating every line. */
export function parsePhraseRules(text: string, file: string): PhraseRuleEntry[] {
  return parseJsonl(text, file).map(({ value, line }) => {
    const r = new FieldReader(value, file, line);
    r.onlyKeys(FIELDS);
    const find = r.string('find', true);
    let pattern: TokenPattern[];
    try {
      pattern = parsePattern(find);
    } catch (err) {
      return r.fail((err as Error).message);
    }
    const kind = (r.string('kind') ?? 'calque') as FindingKind;
    if (!KINDS.includes(kind)) r.fail(`"kind" must be one of ${KINDS.join(', ')}`);
    const examples = value.examples as { flag?: unknown; pass?: unknown } | undefined;
    if (!examples || typeof examples !== 'object') r.fail('missing "examples" with "flag" and "pass" sentences');
    const ex = new FieldReader(examples as Record<string, unknown>, file, line);
    const flag = ex.strings('flag');
    const pass = ex.strings('pass');
    if (!flag.length) r.fail('"examples.flag" needs at least one sentence');
    return {
      id: r.string('id', true),
      lang: r.string('lang') ?? '',
      kind, find, pattern,
      replace: r.string('replace', true),
      context: parseContext(r),
      confidence: r.number('confidence', 0, 1) ?? 0.8,
      why: r.string('why', true),
      examples: { flag, pass },
      source: `${file}:${line}`,
    };
  });
}

function parseContext(r: FieldReader): PhraseContext | undefined {
  const raw = r.raw('context');
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) r.fail('"context" must be an object');
  const c = new FieldReader(raw as Record<string, unknown>, r.file, r.line);
  c.onlyKeys(['any', 'none', 'scope']);
  const scope = c.string('scope') ?? 'sentence';
  if (scope !== 'sentence' && scope !== 'document') r.fail('"context.scope" must be "sentence" or "document"');
  return { any: c.strings('any'), none: c.strings('none'), scope };
}

/** The rule's keys, from its pattern. */
export function phraseKeys(rule: PhraseRule): PhraseKeys {
  const first = rule.pattern[0]!;
  // A number has no fixed spelling to index ("{num}|several [drones]").
  const indexed = first.kind === 'literal' && !first.optional && !first.alts.includes('{num}');
  return { first: indexed ? first.alts : undefined, trigger: phraseTrigger(rule) };
}

/**
 * The alternatives of a required literal word of the rule, the one whose
 * shortest alternative is longest: roughly the rarest ("western" in "the
 * [Western Bank]", not "the"). Undefined when no word is required.
 */
function phraseTrigger(rule: PhraseRule): string[] | undefined {
  let best: string[] | undefined;
  const shortest = (alts: string[]) => Math.min(...alts.map((a) => a.length));
  for (const t of rule.pattern) {
    if (t.kind !== 'literal' || t.optional || t.alts.includes('{num}')) continue;
    if (!best || shortest(t.alts) > shortest(best)) best = t.alts;
  }
  return best;
}
