import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entity } from '../src/types.js';
import { check, Knowledge, readKnowledgeData, BUNDLED_DICTIONARIES } from '../src/index.js';
import { DeleteIndex } from '../src/match/delete-index.js';
import { Container, writeContainer } from '../src/snapshot/container.js';
import { HashedDeleteIndex } from '../src/snapshot/hashed-delete-index.js';
import { Pager } from '../src/snapshot/pager.js';
import { StringTable } from '../src/snapshot/string-table.js';
import { writeSnapshot } from '../src/snapshot/write-snapshot.js';
import { openSnapshot, readSnapshot } from '../src/snapshot/read-snapshot.js';
import { sourcesMatch, stampSources } from '../src/snapshot/sources.js';

const tmp = mkdtempSync(join(tmpdir(), 'entlint-snapshot-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('StringTable', () => {
  it('finds exactly the keys it holds, at their index', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 8 })), (keys, probes) => {
      const t = StringTable.build(keys);
      keys.forEach((k, i) => expect(t.indexOf(k)).toBe(i));
      for (const p of probes) expect(t.has(p)).toBe(keys.includes(p));
    }), { seed: 20261204 });
  });
});

describe('HashedDeleteIndex', () => {
  it('returns every target the in-memory delete index returns', () => {
    const word = fc.stringMatching(/^[a-e]{1,7}$/);
    fc.assert(fc.property(fc.uniqueArray(word, { maxLength: 100 }), fc.array(word, { maxLength: 30 }), (keys, queries) => {
      const mem = new DeleteIndex();
      keys.forEach((k) => mem.add(k, k));
      const hashed = HashedDeleteIndex.build(keys);
      for (const q of queries) {
        const got = new Set([...hashed.lookup(q)].map((id) => keys[id]));
        // Hash collisions may add candidates, never lose one.
        for (const t of mem.lookup(q)) expect(got.has(t)).toBe(true);
      }
    }), { seed: 20261204 });
  });
});

describe('Pager', () => {
  it('reads only the pages asked for, each once, joining neighbours into one read', () => {
    const source = Uint8Array.from({ length: 5 * 4096 + 100 }, (_, i) => (i * 7) % 251);
    const bytes = new Uint8Array(source.length);
    const reads: [number, number][] = [];
    const pager = new Pager(bytes, 2, (b, from, to) => { reads.push([from, to]); b.set(source.subarray(from, to), from); });
    pager.need(10, 20); // u16 elements 10..19: page 0
    pager.need(2047, 2049); // straddles pages 0 and 1: only page 1 is new
    pager.need(4096, 4096); // empty
    pager.need(6000, 10290); // pages 2..5, the last one short
    pager.need(0, 10); // already there
    expect(reads).toEqual([[0, 4096], [4096, 8192], [8192, bytes.length]]);
    expect(bytes).toEqual(source);
  });

  it('serves stored tables and indexes page by page with the answers of the built ones', () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `${'ąbcdé'[i % 5]}${i.toString(36)}ż`);
    const table = StringTable.build(keys);
    const index = HashedDeleteIndex.build(keys);
    const file = join(tmp, 'paged.snapshot');
    writeFileSync(file, writeContainer({}, { g: { ...table.toSections('t'), ...index.toSections('d') } }));
    const group = new Container(file).group('g');
    const stored = StringTable.stored(group, 't');
    const storedIndex = HashedDeleteIndex.stored(group, 'd');
    for (const i of [5999, 0, 3001, 17, 4500]) {
      expect(stored.indexOf(keys[i]!)).toBe(i);
      expect(stored.keys.at(i)).toBe(keys[i]);
      expect(storedIndex.lookup(keys[i]!)).toEqual(index.lookup(keys[i]!));
    }
    expect(stored.has('ąbsentż')).toBe(false);
    keys.forEach((k, i) => expect(stored.indexOf(k)).toBe(i));
  });
});

describe('knowledge snapshot', () => {
  // The real dictionaries with a small OCR place layer, so the test stays quick.
  const data = readKnowledgeData();
  const places = data.ocrPlaces!().slice(0, 3000);
  const small = { ...data, ocrPlaces: () => places };
  const memory = new Knowledge(small);
  const file = join(tmp, 'knowledge.snapshot');
  writeFileSync(file, writeSnapshot(memory, small, []));
  const snap = readSnapshot(openSnapshot(file)!);

  it('gives the same findings as the knowledge it was written from', () => {
    const fixtures = join(import.meta.dirname, '..', 'fixtures');
    const texts = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, f), 'utf8'));
    texts.push('Turkish intelligence chief Ibrahim Kalyn met Recep Tayip Erdogan in Ankarra. The Deash cell was based in Mosul.');
    let compared = 0;
    for (const text of texts) {
      const a = check(text, { knowledge: memory, minConfidence: 0.3 });
      expect(check(text, { knowledge: snap, minConfidence: 0.3 })).toEqual(a);
      compared += a.length;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('answers lookups like the in-memory gazetteer', () => {
    for (const key of ['ibrahim kalin', 'kalin', 'erdogan', 'ankara', 'daesh', 'nosuchname']) {
      const texts = (kb: Knowledge) => kb.gazetteer.forms.get(key)?.map((f) => [f.entity.id, f.kind, f.text]);
      expect(texts(snap)).toEqual(texts(memory));
      // Words stored per form, not split again from its text.
      const words = (kb: Knowledge) => kb.gazetteer.tokenForms.get(key.split(' ')[0]!)?.map((f) => [f.folded, f.tokens, f.tokenCount]);
      expect(words(snap)).toEqual(words(memory));
      expect(snap.gazetteer.fuzzyTokens(key)).toEqual(memory.gazetteer.fuzzyTokens(key));
    }
    // Surnames by heard key ("plnkn": Blinken).
    const heard = (kb: Knowledge) => kb.gazetteer.heardForms.get('plnkn')?.map((f) => [f.entity.id, f.kind, f.text]);
    expect(heard(snap)).toEqual(heard(memory));
    expect(heard(snap)?.some(([id]) => id!.startsWith('person:Antony Blinken'))).toBe(true);
    const e = memory.gazetteer.forms.get('daesh')![0]!.entity;
    const se = snap.gazetteer.forms.get('daesh')![0]!.entity;
    // Every field the Entity interface names, read through the snapshot's lazy getters too.
    const fields = (x: Entity) => ({
      id: x.id, type: x.type, name: x.name, aliases: x.aliases, short: x.short, garbled: x.garbled, demonyms: x.demonyms,
      dated: x.dated, role: x.role, country: x.country, kind: x.kind, rank: x.rank, ambiguous: x.ambiguous, source: x.source,
    });
    // Entities with each kind of string: aliases, short forms, demonyms, dated and garbled ones.
    const keys = ['daesh', 'eswatini', 'norway', 'erdogan', 'ibrahim kalin'];
    for (const key of keys) {
      const one = (kb: Knowledge) => fields(kb.gazetteer.forms.get(key)![0]!.entity);
      expect(one(snap)).toEqual(one(memory));
    }
    const read = keys.map((k) => fields(snap.gazetteer.forms.get(k)![0]!.entity));
    for (const kind of ['aliases', 'short', 'demonyms', 'dated', 'garbled'] as const) expect(read.some((x) => x[kind].length > 0)).toBe(true);
    expect(se.aliases).toContain('ISIS');
    expect(snap.gazetteer.entityForms.get(se)!.map((f) => f.text)).toEqual(memory.gazetteer.entityForms.get(e)!.map((f) => f.text));
    expect(snap.isCommonWord('the')).toBe(true);
    expect(snap.isGivenName('brandon')).toBe(memory.isGivenName('brandon'));
    // Hunspell's English dictionary lists names with a capital: "Latin", "Alzheimer".
    for (const w of ['latin', 'alzheimer', 'zzzq']) expect(snap.isDictionaryName(w)).toBe(memory.isDictionaryName(w));
    expect(snap.isDictionaryName('latin')).toBe(true);
    expect(snap.countryOf('norwegian')).toBe('NO');
    // Spellings of name words: the tables' and those learned from garbled forms ("Bill Kelindun").
    for (const w of ['dzhordzh', 'kelindun', 'stiven', 'zzzq']) expect(snap.nameWordsSpelledBy(w)).toEqual(memory.nameWordsSpelledBy(w));
    expect(snap.nameWordsSpelledBy('kelindun')).toEqual(['clinton']);
  });
});

describe('snapshot freshness', () => {
  it('is trusted while the dictionaries are unchanged, even with new file times, and not after an edit', () => {
    const dir = join(tmp, 'dictionaries');
    cpSync(BUNDLED_DICTIONARIES, dir, { recursive: true });
    const stamps = stampSources(dir);
    expect(sourcesMatch(dir, stamps)).toBe(true);
    const file = join(dir, 'places', 'countries.jsonl');
    utimesSync(file, new Date(0), new Date(0));
    expect(sourcesMatch(dir, stamps)).toBe(true);
    appendFileSync(file, '{"name":"Freedonia","kind":"country","country":"FD"}\n');
    expect(sourcesMatch(dir, stamps)).toBe(false);
    writeFileSync(join(dir, 'words', 'more.txt'), 'word\n');
    expect(sourcesMatch(dir, stampSources(dir).slice(0, -1))).toBe(false);
  });
});
