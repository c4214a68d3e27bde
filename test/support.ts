import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Knowledge, BUNDLED_DICTIONARIES } from '../src/index.js';
import { parseEntities } from '../src/gazetteer/parse-entities.js';
import { parsePhraseRules } from '../src/rules/phrase-rules.js';
import { parseHomoglyphs, parseRewriteRules } from '../src/match/confusions.js';
import type { Entity, EntityType, Finding } from '../src/types.js';

const table = (name: string) => join(BUNDLED_DICTIONARIES, 'confusions', name);

/** A small knowledge base from inline JSON lines, with the bundled confusion tables. */
export function smallKnowledge(opts: {
  people?: object[]; organisations?: object[]; places?: object[]; phrases?: object[]; words?: string[];
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
    givenNames: ['ellie', 'brandon', 'joe'],
    ocrPlaces: opts.ocrPlaces,
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
