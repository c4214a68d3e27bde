import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Knowledge, BUNDLED_DICTIONARIES } from '../src/index.js';
import { readSyllableTables } from '../src/gazetteer/load.js';
import { parseEntities } from '../src/gazetteer/parse-entities.js';
import { parsePhraseRules } from '../src/rules/phrase-rules.js';
import { parseHomoglyphs, parseRewriteRules, type NameSpelling } from '../src/match/confusions.js';
import { parseSurnameEndings } from '../src/match/surname-endings.js';
import type { Entity, EntityType, Finding } from '../src/types.js';

const table = (name: string) => join(BUNDLED_DICTIONARIES, 'confusions', name);
/** Read once: every small knowledge base shares the bundled syllable tables. */
const syllableTables = readSyllableTables(table);
const surnameEndings = parseSurnameEndings(readFileSync(table('surname-endings.tsv'), 'utf8'), 'surname-endings.tsv');

/** A small knowledge base from inline JSON lines, with the bundled confusion tables. */
export function smallKnowledge(opts: {
  people?: object[]; organisations?: object[]; places?: object[]; phrases?: object[]; words?: string[]; givenNames?: string[]; dictionaryNames?: string[]; surnames?: string[]; culturalNames?: string[]; nameSpellings?: NameSpelling[];
  /** An OCR place layer. */
  ocrPlaces?: () => Entity[];
}): Knowledge {
  const entities = (['people', 'organisations', 'places'] as const).flatMap((k) => {
    const type: EntityType = k === 'people' ? 'person' : k === 'organisations' ? 'organisation' : 'place';
    return parseEntities((opts[k] ?? []).map((o) => JSON.stringify(o)).join('\n'), `${k}.jsonl`, type);
  });
  return new Knowledge({
    entities,
    phrases: parsePhraseRules((opts.phrases ?? []).map((o) => JSON.stringify(o)).join('\n'), 'phrases.jsonl'),
    transliteration: parseRewriteRules(readFileSync(table('transliteration.tsv'), 'utf8'), 'transliteration.tsv'),
    ocr: parseRewriteRules(readFileSync(table('ocr.tsv'), 'utf8'), 'ocr.tsv'),
    homoglyphs: parseHomoglyphs(readFileSync(table('homoglyphs.tsv'), 'utf8'), 'homoglyphs.tsv'),
    givenNames: opts.givenNames ?? ['ellie', 'brandon', 'joe'],
    ocrPlaces: opts.ocrPlaces,
    dictionaryNames: opts.dictionaryNames,
    surnames: opts.surnames,
    culturalNames: opts.culturalNames,
    nameSpellings: opts.nameSpellings,
    syllableTables,
    surnameEndings,
    commonWords: opts.words ?? ['the', 'of', 'and', 'a', 'in', 'said', 'head', 'security', 'service', 'world', 'gas', 'sector', 'peace', 'hammer', 'truss', 'reading', 'nice'],
  });
}

/** Where the applied fixes sit in the fixed text. */
export function fixedSpans(applied: Finding[]): [number, number][] {
  let shift = 0;
  return [...applied].sort((a, b) => a.offset - b.offset).map((f) => {
    const start = f.offset + shift;
    shift += f.expected[0]!.length - f.length;
    return [start, start + f.expected[0]!.length];
  });
}

/** Sentences of plain news prose that entlint must leave alone. */
export const CLEAN_SENTENCES = [
  'The council met on Tuesday to discuss the budget for the coming year.',
  'Officials said the new bridge would open to traffic in the spring.',
  'Farmers in the valley reported a good harvest despite the dry summer.',
  'The museum will show a collection of maps from the eighteenth century.',
  'A spokesman for the ministry declined to comment on the report.',
];

/** Sentences with names garbled as machine translation garbles them. */
export const GARBLED_SENTENCES = [
  'Groups such as Deash were named in the report.',
  'Chancellor Sholtz met Ibrahim Kalyn in Ankara.',
  'Vladimir Putn spoke to reporters in Moscow.',
  'Foreign Minister Sergei Lavrof answered questions after the talks.',
];
