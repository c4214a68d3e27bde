import type { Section } from './container.js';
import type { Lookup } from '../gazetteer/gazetteer.js';
import { StringList } from './string-list.js';
import { StringTable } from './string-table.js';

/**
 * A read-only map of strings to strings: a StringTable of keys and, at the
 * same indexes, a StringList of values. Read from a snapshot, it costs
 * nothing until asked, where a JSON header would be parsed on every start.
 */
export class StringMap implements Lookup<string, string> {
  constructor(private readonly keys: StringTable, private readonly values: StringList) {}

  get(key: string): string | undefined {
    const i = this.keys.indexOf(key);
    return i < 0 ? undefined : this.values.at(i);
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  static stored(sections: Record<string, Section>, prefix: string): StringMap {
    return new StringMap(StringTable.stored(sections, prefix), StringList.stored(sections, `${prefix}.values`));
  }

  static sections(entries: Iterable<[string, string]>, prefix: string): Record<string, Section> {
    const pairs = [...entries];
    return {
      ...StringTable.build(pairs.map(([k]) => k)).toSections(prefix),
      ...StringList.build(pairs.map(([, v]) => v)).toSections(`${prefix}.values`),
    };
  }
}
