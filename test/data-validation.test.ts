/**
 * Validates every entity of the bundled gazetteers (dictionaries/people,
 * organisations, places; not the GeoNames layer). Each failure lists the
 * offending entries with their file and line, for a data editor to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { readKnowledgeData } from '../src/gazetteer/load.js';
import { Knowledge } from '../src/knowledge.js';
import { fold } from '../src/text/fold.js';
import type { Entity } from '../src/types.js';

const data = readKnowledgeData();
const kb = new Knowledge({ ...data, ocrPlaces: undefined });
const entities = data.entities;

// ISO 3166-1 alpha-2, plus codes the press uses that the standard does not assign.
const countries = createRequire(import.meta.url)('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };
const COUNTRY_CODES = new Set([...Object.keys(countries.getAlpha2Codes()), 'XK', 'PS']);

const TYPES = new Set(['person', 'organisation', 'place']);
const FOLDER_TYPE: Record<string, string> = { people: 'person', organisations: 'organisation', places: 'place' };

/** The kinds dictionaries/README.md documents for each type (people have none fixed). */
function documentedKinds(): Record<string, Set<string>> {
  const readme = readFileSync(new URL('../dictionaries/README.md', import.meta.url), 'utf8');
  const row = readme.split('\n').find((l) => l.startsWith('| `kind` |'));
  if (!row) throw new Error('dictionaries/README.md has no `kind` row');
  const list = (type: string) => {
    const m = new RegExp(`${type}: ([^;|]+)`).exec(row);
    if (!m) throw new Error(`dictionaries/README.md lists no kinds for ${type}`);
    return new Set([...m[1]!.matchAll(/`([^`]+)`/g)].map((k) => k[1]!));
  };
  return { organisation: list('organisations'), place: list('places') };
}
const KINDS = documentedKinds();

const GEONAMES_TSV = new URL('../dist/geonames.tsv', import.meta.url);
const MIN_TOWN = 1000;

/** Folded names (and ASCII names) of the GeoNames layer's places of MIN_TOWN people or more. */
function populatedPlaces(tsv: string): Set<string> {
  const out = new Set<string>();
  for (const line of tsv.split('\n')) {
    const [name, ascii, , population] = line.split('\t');
    if (!name || Number(population) < MIN_TOWN) continue;
    out.add(fold(name));
    if (ascii) out.add(fold(ascii));
  }
  return out;
}

/** "dictionaries/places/cities.jsonl:12" rather than an absolute path. */
const where = (e: Entity) => e.source.replace(/^.*?(?=dictionaries[/\\])/, '');
const who = (e: Entity) => `"${e.name}" (${where(e)})`;
const folderOf = (e: Entity) => /dictionaries[/\\]([^/\\]+)[/\\]/.exec(e.source)?.[1];

const accepted = (e: Entity) => [...new Set([e.name, ...e.aliases, ...e.short])];
/** Forms the entity no longer uses ("Kiev"): known, never corrected as garbles. */
const dated = (e: Entity) => e.dated ?? [];
/** A country's demonyms ("Chinese"): accepted, but ordinary words among them ("French") need no ambiguity mark. */
const demonyms = (e: Entity) => e.demonyms ?? [];

/** The words of a form as written: split at spaces and hyphens, outer punctuation dropped. */
function words(form: string): string[] {
  return form
    .split(/[\s\-‐‑–—/]+/u)
    .map((w) => w.replace(/^[("'“‘«]+|[)"'”’»,;:!?]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** An ordinary English word, folded and as written (so "Pécs" is not "pecs", but "AID" is "aid"). */
const commonWord = (w: string) => kb.isCommonWord(fold(w)) && kb.isCommonWord(w.toLowerCase());

/** Every word of the form is an ordinary English word ("Reading", "Red Sea", "ICE"). */
const allCommon = (form: string) => {
  const ws = words(form);
  return ws.length > 0 && ws.every(commonWord);
};

describe('gazetteer data: fields', () => {
  it('has no duplicate ids', () => {
    const seen = new Map<string, Entity>();
    const dupes: string[] = [];
    for (const e of entities) {
      const first = seen.get(e.id);
      if (first) dupes.push(`${e.id}: ${who(e)} duplicates ${who(first)}`);
      else seen.set(e.id, e);
    }
    expect(dupes).toEqual([]);
  });

  it('has only NFC, non-empty, trimmed names, aliases, short, dated and garbled forms', () => {
    const bad: string[] = [];
    for (const e of entities) {
      const fields: [string, string[]][] = [['name', [e.name]], ['aliases', e.aliases], ['short', e.short], ['demonyms', demonyms(e)], ['dated', dated(e)], ['garbled', e.garbled]];
      for (const [field, list] of fields) {
        for (const s of list) {
          const problems = [
            s.length === 0 || s.trim().length === 0 ? 'empty' : '',
            s !== s.trim() ? 'leading/trailing space' : '',
            /\s{2,}/u.test(s) ? 'double space' : '',
            s !== s.normalize('NFC') ? 'not NFC' : '',
          ].filter(Boolean);
          if (problems.length) bad.push(`${who(e)} ${field} ${JSON.stringify(s)}: ${problems.join(', ')}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('has a valid type, matching its folder (ISO subdivisions are places from the iso-3166-2 package)', () => {
    const bad = entities
      .filter((e) => !TYPES.has(e.type) || (e.source.startsWith('iso-3166-2') ? e.type !== 'place' : FOLDER_TYPE[folderOf(e) ?? ''] !== e.type))
      .map((e) => `${who(e)}: type ${JSON.stringify(e.type)} in folder ${folderOf(e)}`);
    expect(bad).toEqual([]);
  });

  it('uses only the kinds dictionaries/README.md documents for the type', () => {
    const bad = entities
      .filter((e) => e.type !== 'person' && e.kind !== undefined && !KINDS[e.type]!.has(e.kind))
      .map((e) => `${who(e)}: kind ${JSON.stringify(e.kind)} is not one of ${[...KINDS[e.type]!].join(', ')}`);
    expect(bad).toEqual([]);
  });

  it('gives country as empty or comma-separated ISO 3166-1 alpha-2 codes', () => {
    const bad: string[] = [];
    for (const e of entities) {
      if (!e.country) continue;
      const codes = e.country.split(',').map((c) => c.trim());
      const wrong = codes.filter((c) => !COUNTRY_CODES.has(c));
      if (wrong.length) bad.push(`${who(e)}: country ${JSON.stringify(e.country)} (${wrong.join(', ')} not ISO 3166-1 alpha-2)`);
      if (new Set(codes).size !== codes.length) bad.push(`${who(e)}: country ${JSON.stringify(e.country)} repeats a code`);
    }
    expect(bad).toEqual([]);
  });

  it('describes an entity in its role, never with a placeholder word', () => {
    // Messages quote the role ("the organisation X, <role>"): a stray "a" reads as a bug.
    const bad = entities.filter((e) => e.role !== undefined && !/\p{L}{3}/u.test(e.role)).map((e) => `${who(e)}: role ${JSON.stringify(e.role)}`);
    expect(bad).toEqual([]);
  });

  it('gives demonyms to places only, capitalised', () => {
    const bad = entities.flatMap((e) => demonyms(e).filter((d) => e.type !== 'place' || !/^\p{Lu}/u.test(d)).map((d) => `${who(e)}: demonym ${JSON.stringify(d)}`));
    expect(bad).toEqual([]);
  });

  it('ranks every entity 1, 2 or 3', () => {
    const bad = entities.filter((e) => !Number.isInteger(e.rank) || e.rank < 1 || e.rank > 3).map((e) => `${who(e)}: rank ${e.rank}`);
    expect(bad).toEqual([]);
  });
});

describe('gazetteer data: ambiguity', () => {
  it('marks ambiguous every entity with an accepted form made of ordinary English words', () => {
    const bad: string[] = [];
    for (const e of entities) {
      if (e.ambiguous) continue;
      const common = accepted(e).filter(allCommon);
      if (common.length) bad.push(`${who(e)}: ${common.map((f) => JSON.stringify(f)).join(', ')} — mark "ambiguous": true`);
    }
    expect(bad).toEqual([]);
  });

  it('shares an accepted form between entities only when one of them is marked ambiguous', () => {
    const byForm = new Map<string, Entity[]>();
    for (const e of entities) {
      for (const f of new Set([...accepted(e), ...demonyms(e)].map(fold))) {
        const list = byForm.get(f);
        if (list) list.push(e);
        else byForm.set(f, [e]);
      }
    }
    const bad: string[] = [];
    for (const [form, list] of byForm) {
      if (list.length < 2 || list.some((e) => e.ambiguous)) continue;
      bad.push(`"${form}": ${list.map(who).join(' and ')}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('words of names as MT spells them (confusions/given-names.tsv, name-words.tsv)', () => {
  it('holds no spelling that is an English word, a real given name or surname, or a word of a known name', () => {
    const bad = (data.nameSpellings ?? []).filter(({ spelling }) => kb.isCommonWord(spelling) || kb.isGivenName(spelling) || kb.isSurname(spelling)
      || (kb.gazetteer.tokenForms.get(spelling) ?? []).some((f) => f.kind !== 'garbled')).map((s) => s.spelling);
    expect(bad).toEqual([]);
  });
});

describe('real words OCR makes of common ones (confusions/ocr-words.tsv)', () => {
  it('lists English words only, each read as a common word of the commonest class, one glyph away', () => {
    const commonest = new Set(data.wordClasses?.[0] ?? []);
    const bad = (data.ocrMisreadings ?? []).filter(({ spelling, name }) => !kb.isCommonWord(spelling) || !commonest.has(name)
      || kb.gazetteer.skeleton(spelling) !== kb.gazetteer.skeleton(name)).map((m) => `${m.spelling} → ${m.name}`);
    expect(data.ocrMisreadings?.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});

describe('gazetteer data: garbled forms', () => {
  const acceptedForms = new Map<string, Entity>();
  for (const e of entities) for (const f of [...accepted(e), ...demonyms(e), ...dated(e)]) if (!acceptedForms.has(fold(f))) acceptedForms.set(fold(f), e);

  it('never lists as garbled an accepted (or dated) form of any entity', () => {
    const bad: string[] = [];
    for (const e of entities) {
      for (const g of e.garbled) {
        const owner = acceptedForms.get(fold(g));
        if (owner) bad.push(`${who(e)} garbled ${JSON.stringify(g)} is a known form of ${who(owner)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  // A garbled form is corrected at high confidence wherever it appears: one
  // that is a real town's name would "correct" every mention of that town.
  const towns = existsSync(GEONAMES_TSV) ? populatedPlaces(readFileSync(GEONAMES_TSV, 'utf8')) : undefined;
  it.skipIf(!towns)('never lists as garbled the name of a town of 1,000 people or more (GeoNames)', () => {
    const bad: string[] = [];
    for (const e of entities) for (const g of e.garbled) if (towns!.has(fold(g))) bad.push(`${who(e)} garbled ${JSON.stringify(g)}`);
    expect(bad).toEqual([]);
  });

  // A surname garbled alone is read as its bearer: the most prominent one, whom
  // a text means unless it says otherwise ("Kurosava" is Akira Kurosawa).
  it('gives a one-word garbled surname to the most prominent person bearing the surname', () => {
    const people = entities.filter((e) => e.type === 'person');
    const bearers = new Map<string, Entity[]>();
    for (const e of people) for (const s of e.short) if (!s.includes(' ')) (bearers.get(s) ?? bearers.set(s, []).get(s)!).push(e);
    const bad: string[] = [];
    for (const e of people) {
      for (const g of e.garbled) {
        const surname = e.short.find((s) => !s.includes(' ') && !g.includes(' ') && distance(fold(g), fold(s)) <= Math.max(2, Math.floor(s.length / 2)));
        const better = surname && bearers.get(surname)!.find((o) => o.rank < e.rank);
        if (better) bad.push(`${who(e)} garbled ${JSON.stringify(g)}: ${who(better)} bears ${surname} and is more prominent`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never lists as garbled a populated place GeoNames knows: in OCR\'d text, where every such place is known, it would be both', () => {
    const places = new Set((data.ocrPlaces?.() ?? []).flatMap((e) => [e.name, ...e.aliases]).map(fold));
    expect(places.size).toBeGreaterThan(100_000);
    const bad = entities.flatMap((e) => e.garbled.filter((g) => places.has(fold(g))).map((g) => `${who(e)} garbled ${JSON.stringify(g)}`));
    expect(bad).toEqual([]);
  });

  it('never lists as garbled an ordinary English word', () => {
    const bad: string[] = [];
    for (const e of entities) {
      for (const g of e.garbled) {
        const ws = words(g);
        if (ws.length && ws.every((w) => kb.isCommonWord(fold(w)))) bad.push(`${who(e)} garbled ${JSON.stringify(g)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
