import { Knowledge, ocrLayerOf, type KnowledgeParts } from '../knowledge.js';
import { keyFns, type Homoglyph, type RewriteRule } from '../match/confusions.js';
import type { PhraseKeys } from '../rules/phrase-rules.js';
import type { SyllableTables } from '../match/cyrillic-spellings.js';
import type { SurnameEnding } from '../match/surname-endings.js';
import { Container } from './container.js';
import { SnapshotGazetteer } from './snapshot-gazetteer.js';
import type { SourceStamp } from './sources.js';
import { StringList } from './string-list.js';
import { StringTable } from './string-table.js';
import { StringMap } from './string-map.js';
import { StoredPhraseRule } from './stored-phrase-rule.js';
import { SNAPSHOT_VERSION } from './write-snapshot.js';

export interface SnapshotMeta {
  version: number;
  sources: SourceStamp[];
  maxTokens: { main: number; ocr: number };
  countries: [string, string][];
  phraseKeys: PhraseKeys[];
  homoglyphs: Homoglyph[];
  transliteration: RewriteRule[];
  ocr: RewriteRule[];
  syllableTables: SyllableTables;
  surnameEndings: SurnameEnding[];
}

/** The snapshot's header: what it was built from, without reading its tables. */
export function openSnapshot(path: string): { container: Container; meta: SnapshotMeta } | undefined {
  const container = new Container(path);
  const meta = container.meta as SnapshotMeta;
  return meta.version === SNAPSHOT_VERSION ? { container, meta } : undefined;
}

/** Reads a snapshot's main tables now (into memory shared with other threads, when useSharedFile() made it so). */
export function readAheadSnapshot(path: string): void {
  openSnapshot(path)?.container.readGroup('main');
}

/** Knowledge over a snapshot: each array read when first used, the OCR place layer with it. */
export function readSnapshot({ container, meta }: { container: Container; meta: SnapshotMeta }): Knowledge {
  const main = container.group('main');
  const strings = StringList.stored(main, 'strings');
  const keys = keyFns(meta.transliteration, meta.ocr);
  let rules: StringList | undefined;
  const parts: KnowledgeParts = {
    gazetteer: new SnapshotGazetteer(main, strings, meta.maxTokens.main, keys, false, () => container.group('main.ocr')),
    keys,
    words: StringTable.stored(main, 'words'),
    givenNames: StringTable.stored(main, 'given'),
    dictionaryNames: StringTable.stored(main, 'dictnames'),
    surnames: StringTable.stored(main, 'surnames'),
    culturalNames: StringTable.stored(main, 'cultural'),
    nameSpellings: StringMap.stored(main, 'spellings'),
    ocrWords: StringMap.stored(main, 'ocrwords'),
    ocrMisreadings: StringMap.stored(main, 'ocrmisread'),
    functionWords: StringTable.stored(main, 'function'),
    countries: new Map(meta.countries),
    phrases: meta.phraseKeys.map((keys, i) => new StoredPhraseRule(keys, () => (rules ??= StringList.stored(main, 'phrases')).at(i))),
    homoglyphs: meta.homoglyphs,
    syllableTables: meta.syllableTables,
    surnameEndings: meta.surnameEndings,
  };
  parts.ocrLayer = ocrLayerOf(parts, () => (container.hasGroup('ocr')
    ? new SnapshotGazetteer(container.group('ocr'), strings, meta.maxTokens.ocr, keys, true, () => container.group('ocr.ocr'))
    : undefined));
  return new Knowledge(parts);
}
