import type { GazetteerView } from '../gazetteer/gazetteer.js';

/** make(), kept per gazetteer and key: up to `max` keys, then all forgotten at once. */
export function memoised<V>(caches: WeakMap<GazetteerView, Map<string, V>>, gz: GazetteerView, max: number, key: string, make: () => V): V {
  let cache = caches.get(gz);
  if (!cache) caches.set(gz, (cache = new Map()));
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size >= max) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}
