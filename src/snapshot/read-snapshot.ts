import { Knowledge, type KnowledgeParts } from '../knowledge.js';
import { rewriter, type Homoglyph, type RewriteRule } from '../match/confusions.js';
import type { PhraseRule } from '../rules/phrase-rules.js';
import { Container } from './container.js';
import { SnapshotGazetteer } from './snapshot-gazetteer.js';
import type { SourceStamp } from './sources.js';
import { StringList } from './string-list.js';
import { StringTable } from './string-table.js';
import { SNAPSHOT_VERSION } from './write-snapshot.js';

export interface SnapshotMeta {
  version: number;
  sources: SourceStamp[];
  maxTokens: { main: number; ocr: number };
  sizes: { entities: number; ocrPlaces: number };
  countries: [string, string][];
  phrases: PhraseRule[];
  homoglyphs: Homoglyph[];
  transliteration: RewriteRule[];
  ocr: RewriteRule[];
}

/** The snapshot's header: what it was built from, without reading its tables. */
export function openSnapshot(path: string): { container: Container; meta: SnapshotMeta } | undefined {
  const container = new Container(path);
  const meta = container.meta as SnapshotMeta;
  return meta.version === SNAPSHOT_VERSION ? { container, meta } : undefined;
}

/** Knowledge over a snapshot: its main tables read in one call, the OCR place layer on first use. */
export function readSnapshot({ container, meta }: { container: Container; meta: SnapshotMeta }): Knowledge {
  const main = container.group('main');
  const strings = new StringList(main['strings.pool'] as Uint8Array | Uint16Array, main['strings.starts'] as Uint32Array);
  const set = (p: string) => new StringTable(new StringList(main[`${p}.pool`] as Uint8Array | Uint16Array, main[`${p}.starts`] as Uint32Array), main[`${p}.slots`] as Uint32Array);
  const keys = { translit: rewriter(meta.transliteration), ocr: rewriter(meta.ocr) };
  let layer: Knowledge | null | undefined;
  const parts: KnowledgeParts = {
    gazetteer: new SnapshotGazetteer(main, strings, meta.maxTokens.main, keys, false, () => container.group('main.ocr')),
    keys,
    words: set('words'),
    givenNames: set('given'),
    countries: new Map(meta.countries),
    phrases: meta.phrases,
    homoglyphs: meta.homoglyphs,
    ocrLayer: () => {
      if (layer === undefined) {
        layer = container.hasGroup('ocr')
          ? new Knowledge({ ...parts, gazetteer: new SnapshotGazetteer(container.group('ocr'), strings, meta.maxTokens.ocr, keys, true, () => container.group('ocr.ocr')), countries: new Map(), phrases: [], ocrLayer: undefined })
          : null;
      }
      return layer ?? undefined;
    },
  };
  return new Knowledge(parts);
}
