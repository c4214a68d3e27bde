import type { Entity } from '../types.js';

/**
 * The entities, each given as aliases the spellings `variantsOf` derives from
 * its name and aliases. A spelling another entity owns or derives too (by
 * `key`, which says which spellings are one), or that the entity lists as
 * garbled or dated, is left out, and none is added twice.
 */
export function withVariants(entities: Entity[], variantsOf: (e: Entity, name: string) => string[], key: (s: string) => string): Entity[] {
  const owners = new Map<string, Set<Entity>>();
  const claim = (k: string, e: Entity) => owners.set(k, (owners.get(k) ?? new Set()).add(e));
  for (const e of entities) for (const s of [e.name, ...e.aliases, ...e.short, ...e.dated, ...e.garbled]) claim(key(s), e);
  const derived = entities.map((e) => [...new Set([e.name, ...e.aliases].flatMap((n) => variantsOf(e, n)))]);
  derived.forEach((vs, i) => vs.forEach((v) => claim(key(v), entities[i]!)));
  const own = (e: Entity, v: string) => [...owners.get(key(v))!].every((o) => o === e);
  const taken = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map((s) => s.toLowerCase()));
  // A spelling the entity's own data calls garbled or dated stays so ("Konstantin Rokossowski").
  const disowned = (e: Entity, v: string) => [...e.garbled, ...e.dated].some((g) => key(g) === key(v));
  return entities.map((e, i) => {
    const added = derived[i]!.filter((v) => own(e, v) && !taken.has(v.toLowerCase()) && !disowned(e, v));
    return added.length ? { ...e, aliases: [...e.aliases, ...added] } : e;
  });
}
