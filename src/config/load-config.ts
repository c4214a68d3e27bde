import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import type { Entity } from '../types.js';
import { parseEntities } from '../gazetteer/parse-entities.js';
import { parsePhraseRules, type PhraseRule } from '../rules/phrase-rules.js';
import { ConfigError, validateConfig, type EntlintConfig } from './config.js';

/** Looked for in each folder, nearest folder first; within a folder, in this order. */
export const CONFIG_FILES = ['.entlintrc.json', '.entlintrc', 'entlint.config.json', 'package.json'];

/** Finds, reads and validates configuration files, each folder and file once. */
export function configLoader(): { forFile(path: string): Promise<EntlintConfig | null>; fromFile(path: string): Promise<EntlintConfig> } {
  const explorer = lilconfig('entlint', { searchPlaces: CONFIG_FILES, loaders: { '.json': parseJson, noExt: parseJson } });
  const byDir = new Map<string, Promise<EntlintConfig | null>>();
  const byFile = new Map<string, EntlintConfig>();

  const validated = (r: NonNullable<LilconfigResult>): EntlintConfig => {
    let config = byFile.get(r.filepath);
    if (!config) byFile.set(r.filepath, (config = validateConfig(r.config ?? {}, r.filepath)));
    return config;
  };

  return {
    /** The configuration that applies to a file: the nearest one in its folder or above, or null. */
    forFile(path) {
      const dir = dirname(resolve(path));
      let found = byDir.get(dir);
      if (!found) byDir.set(dir, (found = explorer.search(dir).then((r) => (r ? validated(r) : null))));
      return found;
    },
    /** An explicitly named configuration file (--config). */
    async fromFile(path) {
      const file = resolve(path);
      if (basename(file) !== 'package.json' && !['.json', ''].includes(extname(file))) {
        throw new ConfigError(path, 'configuration files are JSON: name it .entlintrc.json, .entlintrc or entlint.config.json');
      }
      let r: LilconfigResult;
      try {
        r = await explorer.load(file);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new ConfigError(path, 'no such configuration file');
        if (code === 'EISDIR') throw new ConfigError(path, 'is a directory, not a configuration file');
        throw err;
      }
      if (!r || (basename(file) === 'package.json' && r.config == null)) throw new ConfigError(path, 'has no "entlint" key');
      return validated(r);
    },
  };
}

/** The entities and phrase rules of a config's house dictionaries (DataError names the file and line). */
export function readHouseDictionaries(config: EntlintConfig): { entities: Entity[]; phrases: PhraseRule[] } {
  const entities: Entity[] = [];
  const phrases: PhraseRule[] = [];
  for (const d of config.dictionaries) {
    let text: string;
    try {
      text = readFileSync(d.path, 'utf8');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message;
      throw new ConfigError(config.filepath, `dictionary ${d.path} cannot be read: ${why}`);
    }
    if (d.type === 'phrases') phrases.push(...parsePhraseRules(text, d.path));
    else entities.push(...parseEntities(text, d.path, d.type));
  }
  return { entities, phrases };
}

/** JSON.parse whose errors name the file and the line. */
function parseJson(filepath: string, content: string): unknown {
  const text = content.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /at position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    throw new ConfigError(filepath, `invalid JSON (${message})`, line);
  }
}
