import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { EntityType, Finding, VariantPolicy } from '../types.js';

/** What a rule id or prefix is set to: dropped, or reported with this severity. */
export type RuleSetting = 'off' | 'warning' | 'error';

/** A newsroom's own gazetteer or phrase-rule file (dictionaries/README.md format). */
export interface HouseDictionary {
  /** Absolute path. */
  path: string;
  type: EntityType | 'phrases';
}

/** A validated configuration file; every path in it is absolute. */
export interface EntlintConfig {
  /** The file it was read from (absolute). */
  filepath: string;
  minConfidence?: number;
  fixMinConfidence?: number;
  /** Rule id or prefix ("entity", "entity/person") → setting; the longest matching key wins. */
  rules: Record<string, RuleSetting>;
  /** Words never flagged, lower case. */
  ignoreWords: string[];
  /** Rule id or prefix → words (lower case) never flagged by the rules it covers. */
  ignoreRules: Record<string, string[]>;
  dictionaries: HouseDictionary[];
  /** Glob patterns of files not to check, relative to the config file's directory. */
  ignore: string[];
  /** Form as written → "accept" (a dated form) or "flag" (an accepted form, as dated). */
  variants?: Record<string, VariantPolicy>;
}

/** A problem in a user's configuration or baseline file; the message names the file. */
export class ConfigError extends Error {
  constructor(readonly file: string, detail: string, readonly line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const OPTIONS = ['minConfidence', 'fixMinConfidence', 'rules', 'ignoreWords', 'ignoreRules', 'dictionaries', 'ignore', 'variants'];
const POLICIES: VariantPolicy[] = ['accept', 'flag'];
const SETTINGS: RuleSetting[] = ['off', 'warning', 'error'];
const DICTIONARY_TYPES: HouseDictionary['type'][] = ['person', 'organisation', 'place', 'phrases'];
const RULE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/** Checks a parsed configuration and resolves its paths against the config file's directory. */
export function validateConfig(raw: unknown, filepath: string): EntlintConfig {
  // An "entlint" key in package.json: name the key, the file holds other things.
  const prefix = basename(filepath) === 'package.json' ? '"entlint" key: ' : '';
  const fail = (detail: string): never => {
    throw new ConfigError(filepath, prefix + detail);
  };
  if (!isObject(raw)) return fail('the configuration must be a JSON object');
  for (const key of Object.keys(raw)) {
    if (!OPTIONS.includes(key)) fail(`unknown option "${key}" (known: ${OPTIONS.join(', ')})`);
  }
  const dir = dirname(filepath);
  const config: EntlintConfig = { filepath, rules: {}, ignoreWords: [], ignoreRules: {}, dictionaries: [], ignore: [] };

  for (const key of ['minConfidence', 'fixMinConfidence'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(`"${key}" must be a number from 0 to 1`);
    config[key] = v as number;
  }

  const words = (v: unknown, name: string): string[] => {
    if (!Array.isArray(v) || v.some((w) => typeof w !== 'string' || !w.trim())) return fail(`"${name}" must be an array of non-empty strings`);
    return (v as string[]).map(wordKey);
  };
  const ruleKey = (k: string, name: string) => {
    if (!RULE_KEY.test(k)) fail(`"${name}" has an invalid rule id ${JSON.stringify(k)} (like "entity", "entity/person" or "phrase/ru-gaza-strip-gas-sector")`);
  };

  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) fail('"rules" must be an object mapping rule ids to "off", "warning" or "error"');
    for (const [k, v] of Object.entries(raw.rules as Record<string, unknown>)) {
      ruleKey(k, 'rules');
      if (!SETTINGS.includes(v as RuleSetting)) fail(`"rules.${k}" must be "off", "warning" or "error", got ${JSON.stringify(v)}`);
      config.rules[k] = v as RuleSetting;
    }
  }
  if (raw.ignoreWords !== undefined) config.ignoreWords = words(raw.ignoreWords, 'ignoreWords');
  if (raw.ignoreRules !== undefined) {
    if (!isObject(raw.ignoreRules)) fail('"ignoreRules" must be an object mapping rule ids to arrays of words');
    for (const [k, v] of Object.entries(raw.ignoreRules as Record<string, unknown>)) {
      ruleKey(k, 'ignoreRules');
      config.ignoreRules[k] = words(v, `ignoreRules.${k}`);
    }
  }
  if (raw.dictionaries !== undefined) {
    if (!Array.isArray(raw.dictionaries)) fail('"dictionaries" must be an array');
    (raw.dictionaries as unknown[]).forEach((d, i) => {
      const name = `dictionaries[${i}]`;
      if (!isObject(d)) return fail(`"${name}" must be an object like {"path": "house-people.jsonl", "type": "person"}`);
      for (const k of Object.keys(d)) if (k !== 'path' && k !== 'type') fail(`"${name}" has an unknown field "${k}" (known: path, type)`);
      if (typeof d.path !== 'string' || !d.path.trim()) fail(`"${name}.path" must be a file path`);
      if (!DICTIONARY_TYPES.includes(d.type as HouseDictionary['type'])) fail(`"${name}.type" must be one of ${DICTIONARY_TYPES.map((t) => `"${t}"`).join(', ')}`);
      config.dictionaries.push({ path: resolve(dir, d.path as string), type: d.type as HouseDictionary['type'] });
    });
  }
  if (raw.variants !== undefined) {
    if (!isObject(raw.variants)) fail('"variants" must be an object mapping forms to "accept" or "flag", like {"Kiev": "accept"}');
    for (const [k, v] of Object.entries(raw.variants as Record<string, unknown>)) {
      if (!k.trim()) fail('"variants" has an empty form');
      if (!POLICIES.includes(v as VariantPolicy)) fail(`"variants.${k}" must be "accept" or "flag", got ${JSON.stringify(v)}`);
    }
    config.variants = raw.variants as Record<string, VariantPolicy>;
  }
  if (raw.ignore !== undefined) {
    if (!Array.isArray(raw.ignore) || raw.ignore.some((p) => typeof p !== 'string' || !p.trim())) fail('"ignore" must be an array of glob patterns');
    for (const p of raw.ignore as string[]) if (isAbsolute(p)) fail(`"ignore" patterns are relative to the configuration file, got ${JSON.stringify(p)}`);
    config.ignore = raw.ignore as string[];
  }
  return config;
}

/** Applies "rules", "ignoreWords" and "ignoreRules": drops what is off or ignored, sets severities. */
export function applyRuleSettings(findings: Finding[], config: EntlintConfig): Finding[] {
  const ignored = new Set(config.ignoreWords);
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = mostSpecific(config.rules, f.ruleId);
    if (setting === 'off') continue;
    const word = wordKey(f.actual);
    if (ignored.has(word)) continue;
    if (Object.entries(config.ignoreRules).some(([k, words]) => covers(k, f.ruleId) && words.includes(word))) continue;
    out.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
  }
  return out;
}

/** Whether a file (absolute, or relative to the working directory) matches one of the config's "ignore" globs. */
export function isIgnoredPath(config: EntlintConfig, file: string): boolean {
  const rel = relative(dirname(config.filepath), resolve(file)).split(sep).join('/');
  return config.ignore.some((pattern) => {
    // Only a pattern that itself climbs out ("../drafts/**") reaches files outside the config's folder.
    if (rel.startsWith('../') && !pattern.replace(/^\.\//, '').startsWith('../')) return false;
    return globRegExp(pattern).test(rel);
  });
}

/**
 * A glob as a RegExp over a relative, '/'-separated path: `**` any number of
 * folders, `*` and `?` within one name. A pattern naming a folder also covers
 * everything under it ("drafts" ignores "drafts/a.txt").
 */
function globRegExp(pattern: string): RegExp {
  const p = pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*' && p[i + 1] === '*') {
      const slashAfter = p[i + 2] === '/';
      re += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}

/** The setting of the longest key that is the rule id or a '/'-prefix of it. */
function mostSpecific<T>(map: Record<string, T>, ruleId: string): T | undefined {
  let best: string | undefined;
  for (const k of Object.keys(map)) if (covers(k, ruleId) && (best === undefined || k.length > best.length)) best = k;
  return best === undefined ? undefined : map[best];
}

function covers(key: string, ruleId: string): boolean {
  return ruleId === key || ruleId.startsWith(`${key}/`);
}

/** Case- and spacing-insensitive form of a word or phrase ("Gas\nsector" = "gas sector"). */
function wordKey(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
