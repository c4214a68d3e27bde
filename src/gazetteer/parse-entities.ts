import type { Entity, EntityType } from '../types.js';
import { FieldReader, parseJsonl } from './jsonl.js';

/** A regnal number or a generational suffix: part of a name, never a name alone. */
const REGNAL = /^(?:[IVXL]+|Jr\.?|Sr\.?)$/;

const FIELDS = ['name', 'aliases', 'short', 'garbled', 'dated', 'demonyms', 'role', 'country', 'rank', 'kind', 'ambiguous', 'knownOnly'] as const;

/** Parses one gazetteer file (JSON Lines) into entities, validating each line. */
export function parseEntities(text: string, file: string, type: EntityType): Entity[] {
  return parseJsonl(text, file).map(({ value, line }) => {
    const r = new FieldReader(value, file, line);
    r.onlyKeys(FIELDS);
    const name = r.string('name', true);
    const short = r.strings('short');
    const last = name.split(/\s+/).pop()!;
    // "II" of "Osei Tutu II" would be everyone's with that number.
    if (type === 'person' && short.length === 0 && !REGNAL.test(last)) short.push(last);
    for (const s of short) if (type === 'person' && REGNAL.test(s)) r.fail(`"short" ${JSON.stringify(s)} is a regnal number or suffix, not a name`);
    const country = r.string('country');
    if (country && !/^([A-Z]{2})(,\s*[A-Z]{2})*$/.test(country)) r.fail(`"country" must be ISO 3166-1 alpha-2 codes, got ${JSON.stringify(country)}`);
    return {
      id: `${type}:${name}${country ? `@${country}` : ''}`,
      type, name,
      aliases: r.strings('aliases'),
      short,
      garbled: r.strings('garbled'),
      dated: r.strings('dated'),
      demonyms: r.strings('demonyms'),
      role: r.string('role'),
      country,
      kind: r.string('kind'),
      rank: r.number('rank', 1, 3) ?? 2,
      ambiguous: r.boolean('ambiguous'),
      ...(r.boolean('knownOnly') ? { knownOnly: true } : {}),
      source: `${file}:${line}`,
    };
  });
}
