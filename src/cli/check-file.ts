import { check } from '../check.js';
import { applyRuleSettings, isIgnoredPath, type EntlintConfig, type HouseDictionary } from '../config/config.js';
import { readHouseDictionaries } from '../config/load-config.js';
import { defaultKnowledge } from '../gazetteer/load.js';
import type { Knowledge } from '../knowledge.js';
import { formatOf, maskFor } from '../formats/detect.js';
import { isSuppressed, parseDirectives } from '../formats/directives.js';
import type { CheckOptions, Finding } from '../types.js';
import { PieceChecker } from './piece-checker.js';
import { chunks } from './pieces.js';
import { tuneHeap } from './tune-heap.js';

export { chunks } from './pieces.js';

/** Knowledge with a config's house dictionaries added, built once per config file. */
const withHouse = new Map<string, Knowledge>();

export function knowledgeFor(config: EntlintConfig | null): Knowledge {
  if (!config?.dictionaries.length) return defaultKnowledge();
  const key = `${config.filepath}\u0000${config.dictionaries.map((d) => `${d.type}:${d.path}`).join('\u0000')}`;
  let kb = withHouse.get(key);
  if (!kb) {
    const house = readHouseDictionaries(config);
    kb = defaultKnowledge().extend(house.entities, house.phrases);
    withHouse.set(key, kb);
  }
  return kb;
}

/** A file's configuration with the command line's --dictionary files added. */
export function withDictionaries(config: EntlintConfig | null, extra: HouseDictionary[]): EntlintConfig | null {
  if (!extra.length) return config;
  const base: EntlintConfig = config ?? { filepath: 'command line', rules: {}, ignoreWords: [], ignoreRules: {}, dictionaries: [], ignore: [] };
  return { ...base, dictionaries: [...base.dictionaries, ...extra] };
}

/** Whether a config says not to check this file at all. */
export function ignoredByConfig(config: EntlintConfig | null, path: string): boolean {
  return config !== null && isIgnoredPath(config, path);
}

/**
 * One text through the whole pipeline: prose of Markdown/HTML only (their
 * parsers loaded first with loadFormat()), inline directives, the config's
 * rule settings and ignore lists. A long text is checked a long article's
 * length at a time, cut at paragraph breaks (pieces.ts); plain text exactly
 * as when it is streamed (PieceChecker), markup after masking the whole
 * document, which its parser needs.
 */
export function checkText(text: string, path: string, config: EntlintConfig | null, minConfidence: number): Finding[] {
  const format = formatOf(path);
  const options = checkOptions(config, minConfidence);
  if (format === 'text') {
    const checker = new PieceChecker(config, options);
    return chunks(text).flatMap(([start, end]) => checker.check(text.slice(start, end)).map((f) => ({ ...f, offset: f.offset + start })));
  }
  const masked = maskFor(format, text);
  const pieces = chunks(masked);
  const findings = pieces.flatMap(([start, end]) => {
    if (pieces.length > 1) tuneHeap();
    return check(masked.slice(start, end), options).map((f) => ({ ...f, offset: f.offset + start }));
  });
  const directives = parseDirectives(text, format);
  const kept = findings.filter((f) => !isSuppressed(directives, f));
  return config ? applyRuleSettings(kept, config) : kept;
}

/** What check() is given for a file under this configuration. */
export function checkOptions(config: EntlintConfig | null, minConfidence: number): CheckOptions {
  return { knowledge: knowledgeFor(config), minConfidence, variants: config?.variants };
}
