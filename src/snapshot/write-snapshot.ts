import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { ocrWordIndexOf, type Knowledge, type KnowledgeData } from '../knowledge.js';
import { writeContainer, type Section } from './container.js';
import { HashedDeleteIndex } from './hashed-delete-index.js';
import { Postings } from './postings.js';
import { StringList } from './string-list.js';
import { StringTable } from './string-table.js';
import { StringMap } from './string-map.js';
import { COUNTS, KINDS, NONE, TYPES } from './snapshot-gazetteer.js';
import type { SourceStamp } from './sources.js';
import { phraseKeys } from '../rules/phrase-rules.js';

export const SNAPSHOT_VERSION = 25;

/** Strings interned across a gazetteer (roles, kinds, countries, files). */
class Interner {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(s: string | undefined): number {
    if (s === undefined) return NONE;
    let i = this.ids.get(s);
    if (i === undefined) this.ids.set(s, (i = this.list.push(s)));
    return i;
  }
}

function tableSections(p: string, map: ReadonlyMap<string, unknown[]>, id: (v: unknown) => number): Record<string, Section> {
  const keys = [...map.keys()];
  const v = Postings.build(keys.map((k) => map.get(k)!.map(id)));
  return { ...StringTable.build(keys).toSections(p), [`${p}.values`]: v.values, [`${p}.vstarts`]: v.starts };
}

/**
 * One gazetteer as typed arrays that SnapshotGazetteer reads back: its tables,
 * and apart the glyph-skeleton index that only OCR'd text needs.
 */
function gazetteerSections(gz: Gazetteer, interner: Interner): { tables: Record<string, Section>; skeletons: Record<string, Section> } {
  const n = gz.entities.length;
  const type = new Uint8Array(n), rank = new Uint8Array(n), ambiguous = new Uint8Array(n);
  const counts = new Uint16Array(COUNTS * n), first = new Uint32Array(n);
  const role = new Uint32Array(n), kind = new Uint32Array(n), country = new Uint32Array(n), file = new Uint32Array(n), line = new Uint32Array(n);
  const formStarts = new Uint32Array(n + 1);
  const strings: string[] = [];
  const formIds = new Map<unknown, number>();
  const fEntity: number[] = [], fString: number[] = [], fKind: number[] = [], fTokens: number[] = [], fWords: number[][] = [];
  // Folded words, each stored once: forms share them ("john", "national").
  const words = new Interner();
  gz.entities.forEach((e, i) => {
    type[i] = TYPES.indexOf(e.type);
    rank[i] = e.rank;
    // Two flags in one column: ambiguous 1, known only 2.
    ambiguous[i] = (e.ambiguous ? 1 : 0) | (e.knownOnly ? 2 : 0);
    first[i] = strings.length;
    // The entity's own strings, by kind, in the order forms are made from them.
    const at = new Map<string, number>();
    const put = (k: string, list: string[]) => list.forEach((s) => { at.set(`${k}\u0000${s}`, strings.length); strings.push(s); });
    put('name', [e.name]); put('alias', e.aliases); put('short', e.short); put('demonym', e.demonyms); put('dated', e.dated); put('garbled', e.garbled);
    counts.set([e.aliases.length, e.short.length, e.demonyms.length, e.dated.length, e.garbled.length], COUNTS * i);
    role[i] = interner.id(e.role); kind[i] = interner.id(e.kind); country[i] = interner.id(e.country);
    // "file:line" for curated entries; anything else is kept whole, line 0.
    const m = /^(.*):(\d+)$/.exec(e.source);
    file[i] = interner.id(m ? m[1] : e.source);
    line[i] = m ? Number(m[2]) : 0;
    for (const f of gz.entityForms.get(e) ?? []) {
      formIds.set(f, fEntity.length);
      fEntity.push(i);
      fString.push(at.get(`${f.kind}\u0000${f.text}`)!);
      fKind.push(KINDS.indexOf(f.kind));
      fTokens.push(f.tokens.length);
      fWords.push(f.folded.map((w) => words.id(w) - 1));
    }
    formStarts[i + 1] = fEntity.length;
  });
  // Both indexes give ids into this one list of targets, in the order of the
  // keys a layer is searched by: the candidates of one lookup share most of
  // their key, so their strings lie on a few pages, not one page each.
  const searchKey = (t: string) => (gz.ocrOnly ? gz.keys.ocr(t) : gz.key(t).translit);
  const targets = [...new Set(gz.fuzzyTargets)].map((t) => [searchKey(t), t] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
  // Each target's index in the token table, plus one (0: a joined form only):
  // the forms under a candidate are then read without probing the table.
  const tokenIndex = new Map([...gz.tokenForms.keys()].map((k, i) => [k, i]));
  const targetTokens = Uint32Array.from(targets, (t) => (tokenIndex.get(t) ?? -1) + 1);
  const formId = (f: unknown) => formIds.get(f)!;
  const folded = Postings.build(fWords);
  const tables = {
    'e.type': type, 'e.rank': rank, 'e.ambiguous': ambiguous, 'e.counts': counts, 'e.strings.first': first,
    'e.role': role, 'e.kind': kind, 'e.country': country, 'e.file': file, 'e.line': line, 'e.forms': formStarts,
    ...StringList.build(strings).toSections('e.strings'),
    'f.entity': Uint32Array.from(fEntity), 'f.string': Uint32Array.from(fString), 'f.kind': Uint8Array.from(fKind), 'f.tokens': Uint8Array.from(fTokens),
    ...StringList.build(words.list).toSections('f.words'),
    'f.folded': folded.values, 'f.folded.starts': folded.starts,
    ...tableSections('forms', gz.forms, formId),
    ...tableSections('tokens', gz.tokenForms, formId),
    ...tableSections('orgtokens', gz.organisationTokenForms, formId),
    ...tableSections('joined', gz.joinedForms, formId),
    ...tableSections('heard', gz.heardForms, formId),
    ...StringList.build(targets).toSections('targets'), 'targets.token': targetTokens,
    ...HashedDeleteIndex.build(gz.ocrOnly ? [] : targets.map((t) => gz.key(t).translit)).toSections('translit'),
  };
  return { tables, skeletons: HashedDeleteIndex.build(targets.map((t) => gz.keys.ocr(t))).toSections('ocr') };
}

/**
 * Serialises knowledge built in memory from `data` (and its OCR place layer)
 * into one snapshot file's bytes. Small tables travel in the JSON header.
 */
export function writeSnapshot(kb: Knowledge, data: KnowledgeData, sources: SourceStamp[]): Buffer {
  const main = kb.gazetteer as Gazetteer;
  const interner = new Interner();
  const { tables, skeletons } = gazetteerSections(main, interner);
  const groups: Record<string, Record<string, Section>> = {
    main: {
      ...tables,
      ...StringTable.build([...new Set(data.commonWords)]).toSections('words'),
      ...StringTable.build([...new Set(data.givenNames)]).toSections('given'),
      ...StringTable.build([...new Set(data.dictionaryNames ?? [])]).toSections('dictnames'),
      ...StringTable.build([...new Set(data.surnames ?? [])]).toSections('surnames'),
      ...StringTable.build([...new Set(data.culturalNames ?? [])]).toSections('cultural'),
      ...StringMap.sections(kb.parts.nameSpellings as Map<string, string>, 'spellings'),
      ...StringMap.sections(ocrWordIndexOf(data, kb.parts.keys), 'ocrwords'),
      ...StringMap.sections(kb.parts.ocrMisreadings as Map<string, string>, 'ocrmisread'),
      ...StringTable.build([...new Set(data.functionWords ?? [])]).toSections('function'),
      // Each phrase rule as JSON, read when a text asks for the rule (the
      // header has its keys): not its examples and place, which only tests read.
      ...StringList.build(data.phrases.map(({ examples, source, ...rule }) => JSON.stringify(rule))).toSections('phrases'),
    },
    'main.ocr': skeletons,
  };
  const layer = kb.ocrLayer()?.gazetteer as Gazetteer | undefined;
  if (layer) {
    const l = gazetteerSections(layer, interner);
    groups.ocr = l.tables;
    groups['ocr.ocr'] = l.skeletons;
  }
  // After both gazetteers: the layer's roles and countries are interned too.
  Object.assign(groups.main!, StringList.build(interner.list).toSections('strings'));
  const meta = {
    version: SNAPSHOT_VERSION, sources,
    maxTokens: { main: main.maxTokens, ocr: layer?.maxTokens ?? 1 },
    countries: [...kb.parts.countries],
    phraseKeys: data.phrases.map(phraseKeys), homoglyphs: data.homoglyphs, transliteration: data.transliteration, ocr: data.ocr,
    syllableTables: data.syllableTables, surnameEndings: data.surnameEndings ?? [],
  };
  return writeContainer(meta, groups);
}
