import { cpSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, truncateSync, utimesSync, writeFileSync, writeSync, appendFileSync } from 'node:fs';
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
import { FileImage, PAGE, shareFile, sharedFileFor, useSharedFile } from '../src/snapshot/file-image.js';
import { StringTable } from '../src/snapshot/string-table.js';
import { StringList } from '../src/snapshot/string-list.js';
import { writeSnapshot } from '../src/snapshot/write-snapshot.js';
import { openSnapshot, readSnapshot } from '../src/snapshot/read-snapshot.js';
import { sourcesMatch, stampSources } from '../src/snapshot/sources.js';
import { phraseKeys, type PhraseRule } from '../src/rules/phrase-rules.js';

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
  it('returns every target the in-memory delete index returns, for a lookup and for near()', () => {
    const word = fc.stringMatching(/^[a-e]{1,7}$/);
    fc.assert(fc.property(fc.uniqueArray(word, { maxLength: 100 }), fc.array(word, { maxLength: 30 }), (keys, queries) => {
      const mem = new DeleteIndex();
      keys.forEach((k) => mem.add(k, k));
      const hashed = HashedDeleteIndex.build(keys);
      for (const q of queries) {
        const got = new Set([...hashed.lookup(q)].map((id) => keys[id]));
        const near = new Set([...hashed.near(q)].map((id) => keys[id]));
        // Hash collisions may add candidates, never lose one.
        for (const t of mem.lookup(q)) expect(got.has(t)).toBe(true);
        for (const t of mem.near(q)) expect(near.has(t)).toBe(true);
      }
    }), { seed: 20261204 });
  });
});

describe('Pager', () => {
  it('reads only the pages asked for, each once, joining neighbours into one read', () => {
    const reads: [number, number][] = [];
    // u16 elements from file offset 8192 + 100: file pages 2 (from 100 bytes in) to 7.
    const pager = new Pager(8192 + 100, 5 * 4096 + 100, 2, (from, to) => void reads.push([from, to]));
    pager.need(10, 20); // bytes 8312..8332: page 2
    pager.need(1997, 1999); // bytes 12186..12190 straddle pages 2 and 3: only page 3 is new
    pager.need(4096, 4096); // empty
    pager.need(6000, 10290); // bytes 20292..28872, to the array's end: pages 4..7 in one read
    pager.need(0, 10); // already there
    expect(reads).toEqual([[8192, 12288], [12288, 16384], [16384, 32768]]);
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

  it('turns most absent keys away by its filter, before reading a slot', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `k${i}`);
    const built = StringTable.build(keys);
    // The slots span 32 pages: 200 absent keys probed without a filter would read nearly all of them.
    const pagesRead: number[] = [];
    const table = new StringTable(built.keys, built.slots, new Pager(0, built.slots.byteLength, 4, (from) => void pagesRead.push(from)));
    for (let i = 0; i < 200; i++) expect(table.has(`absent${i}`)).toBe(false);
    expect(pagesRead.length).toBeLessThan(10);
    keys.forEach((k, i) => expect(table.indexOf(k)).toBe(i));
  });
});

describe('FileImage', () => {
  it('shares what one thread read with the others, and is not used for another version of the file', () => {
    const file = join(tmp, 'shared.bin');
    writeFileSync(file, Buffer.alloc(3 * PAGE, 1));
    const share = shareFile(file)!;
    useSharedFile(share);
    const fd = openSync(file, 'r');
    const a = new FileImage(fd, file, 0, 3 * PAGE, sharedFileFor(file, fd));
    a.need(10, 20);
    // The file changes under the images: a page already read is not read again.
    writeSync(openSync(file, 'r+'), Buffer.alloc(3 * PAGE, 2), 0, 3 * PAGE, 0);
    const b = new FileImage(openSync(file, 'r'), file, 0, 3 * PAGE, share);
    b.need(0, PAGE + 1);
    const bytes = b.view(Uint8Array, 0, 3 * PAGE);
    expect([bytes[0], bytes[PAGE - 1], bytes[PAGE]]).toEqual([1, 1, 2]);
    // Another thread opening the file now: its size or time differs from the shared memory's.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(sharedFileFor(file, openSync(file, 'r'))).toBeUndefined();
  });

  it('reads a range of the file into memory of its own, at the file\'s offsets', () => {
    const file = join(tmp, 'range.bin');
    writeFileSync(file, Uint8Array.from({ length: 4 * PAGE }, (_, i) => i % 253));
    const image = new FileImage(openSync(file, 'r'), file, PAGE + 8, 3 * PAGE);
    image.need(PAGE + 8, 3 * PAGE);
    const view = image.view(Uint16Array, 2 * PAGE, 4);
    expect([...new Uint8Array(view.buffer, view.byteOffset, 8)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((k) => (2 * PAGE + k) % 253));
    expect(view.buffer.byteLength).toBe(2 * PAGE - 8);
  });
});

describe('Container.readGroup', () => {
  it('reads a whole group at once: lookups need the file no more', () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `key${i}`);
    const file = join(tmp, 'ahead.snapshot');
    writeFileSync(file, writeContainer({}, { g: StringTable.build(keys).toSections('t') }));
    const container = new Container(file);
    container.readGroup('g');
    truncateSync(file, 0);
    const stored = StringTable.stored(container.group('g'), 't');
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

  it('keeps a layer\'s fuzzy targets in the order of the keys it is searched by, so one lookup\'s candidates share pages', () => {
    const container = openSnapshot(file)!.container;
    for (const [group, key] of [['main', (t: string) => memory.gazetteer.key(t).translit], ['ocr', memory.parts.keys.ocr]] as const) {
      const targets = StringList.stored(container.group(group), 'targets');
      expect(targets.length).toBeGreaterThan(1000);
      const keys = Array.from({ length: targets.length }, (_, i) => key(targets.at(i)));
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('answers lookups like the in-memory gazetteer', () => {
    for (const key of ['ibrahim kalin', 'kalin', 'erdogan', 'ankara', 'daesh', 'nosuchname']) {
      const texts = (kb: Knowledge) => kb.gazetteer.forms.get(key)?.map((f) => [f.entity.id, f.kind, f.text]);
      expect(texts(snap)).toEqual(texts(memory));
      // Words stored per form, not split again from its text.
      const words = (kb: Knowledge) => kb.gazetteer.tokenForms.get(key.split(' ')[0]!)?.map((f) => [f.folded, f.tokens, f.tokenCount]);
      expect(words(snap)).toEqual(words(memory));
      expect(snap.gazetteer.fuzzyTokens(key)).toEqual(memory.gazetteer.fuzzyTokens(key));
      // A candidate's forms, found where the snapshot says it is in the token table, not by probing.
      // By candidate: the snapshot keeps its candidates in the order of their keys.
      const under = (kb: Knowledge) => new Map([...kb.gazetteer.fuzzyTokens(key, true)].map((t) => [t, kb.gazetteer.tokenForms.get(t)?.map((f) => f.text)]));
      expect(under(snap)).toEqual(under(memory));
    }
    // Organisations' forms by token: the organisations among all forms with the token.
    for (const token of ['security', 'council', 'nations', 'kalin']) {
      const orgs = (kb: Knowledge) => kb.gazetteer.organisationTokenForms.get(token)?.map((f) => [f.entity.id, f.text]) ?? [];
      expect(orgs(snap)).toEqual(orgs(memory));
      const all = (memory.gazetteer.tokenForms.get(token) ?? []).filter((f) => f.type === 'organisation').map((f) => [f.entity.id, f.text]);
      expect(orgs(snap)).toEqual(all);
      expect(snap.gazetteer.organisationTokenForms.count!(token)).toBe(all.length);
    }
    expect(snap.gazetteer.organisationTokenForms.get('council')!.length).toBeGreaterThan(10);
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

  it('reads each phrase rule back as its file gives it, found under the same words, and parses only the rules a text asks for', () => {
    const fresh = readSnapshot(openSnapshot(file)!);
    const parsed = () => fresh.parts.phrases.filter((r) => (r as unknown as { value?: unknown }).value !== undefined).length;
    expect(parsed()).toBe(0);
    check('Aid trucks entered the Gaza sector on Monday.', { knowledge: fresh });
    // The rules this sentence's words trigger, not the 600 others.
    expect(parsed()).toBeGreaterThan(0);
    expect(parsed()).toBeLessThan(20);
    const fields = (r: PhraseRule) => ({ id: r.id, lang: r.lang, kind: r.kind, find: r.find, pattern: r.pattern, replace: r.replace, context: r.context, confidence: r.confidence, why: r.why });
    expect(snap.parts.phrases.map(fields)).toEqual(data.phrases.map(fields));
    expect(snap.parts.phrases.map((r) => r.keys)).toEqual(data.phrases.map(phraseKeys));
    const triggered = (kb: Knowledge, word: string) => kb.phrasesTriggeredBy(word)?.map((i) => kb.parts.phrases[i]!.id);
    for (const word of ['gaza', 'the', 'western', 'several']) expect(triggered(snap, word)).toEqual(triggered(memory, word));
    expect([...snap.phrasesUntriggered].map((r) => r.id)).toEqual([...memory.phrasesUntriggered].map((r) => r.id));
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
  it('goes by sizes in a packed install, which ships the files its snapshot was built from', () => {
    const dir = join(tmp, 'packed');
    cpSync(BUNDLED_DICTIONARIES, dir, { recursive: true });
    const stamps = stampSources(dir);
    const file = join(dir, 'places', 'countries.jsonl');
    const text = readFileSync(file, 'utf8');
    // Same size, other content, new time: a checkout's edit, which only hashing tells.
    writeFileSync(file, text.replace('a', 'b'));
    expect(sourcesMatch(dir, stamps, true)).toBe(false);
    expect(sourcesMatch(dir, stamps, false)).toBe(true);
    appendFileSync(file, '\n');
    expect(sourcesMatch(dir, stamps, false)).toBe(false);
  });
});
