#!/usr/bin/env node
// Precision probe: `npm run probe:places` (after a build). Not a test: it
// prints how many findings entlint raises on clean sentences naming real
// towns it has no entry for, and companies and clubs named after surnames or
// towns. Such a finding "corrects" a real place or firm into a famous name;
// every one is a false alarm.
//
// The towns are GeoNames populated places of 10,000 people or more
// (dist/geonames.tsv), the surnames those of dictionaries/surnames/faker.txt,
// drawn seeded, so every run is the same.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PER_KIND = 1500;
const MIN_POPULATION = 10_000;
const SHOWN = 5;

const { check, defaultKnowledge } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
const knowledge = defaultKnowledge();
const towns = readFileSync(join(ROOT, 'dist', 'geonames.tsv'), 'utf8').split('\n')
  .map((line) => line.split('\t'))
  .filter((cols) => Number(cols[3]) >= MIN_POPULATION)
  .map((cols) => cols[0]);
const oneWord = towns.filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t));
const severalWords = towns.filter((t) => /\s/.test(t));
const surnames = readFileSync(join(ROOT, 'dictionaries', 'surnames', 'faker.txt'), 'utf8').split('\n')
  .filter((line) => /^\p{Ll}{4,}$/u.test(line))
  .map((s) => s[0].toUpperCase() + s.slice(1));

/** A seeded linear congruential generator: the same sentences on every run. */
function random(seed) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
const rand = random(7);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const HEADS = ['Holdings', 'Group', 'Industries', 'Bank', 'Airlines', 'Motors', 'Energy', 'Steel', 'University', 'Football Club'];
const KINDS = {
  'towns, one word': () => `Officials in ${pick(oneWord)} said the road to ${pick(oneWord)} had reopened after the storm.`,
  'towns, several words': () => `Farmers near ${pick(severalWords)} and ${pick(severalWords)} reported a good harvest this year.`,
  'companies and clubs': () => `Shares of ${pick(rand() < 0.5 ? surnames : oneWord)} ${pick(HEADS)} rose on Tuesday after the results.`,
};

let total = 0;
console.log(`findings on ${PER_KIND} clean sentences of each kind, naming real towns and firms entlint has no entry for`);
for (const [kind, sentence] of Object.entries(KINDS)) {
  const sentences = Array.from({ length: PER_KIND }, sentence);
  // One sentence at a time: a text of many would let one sentence's names vouch for another's.
  const findings = sentences.flatMap((s) => check(s, { knowledge }));
  total += findings.length;
  const examples = [...new Set(findings.map((f) => `${f.actual} → ${f.expected[0]}`))].slice(0, SHOWN);
  console.log(`  ${kind.padEnd(22)} ${String(findings.length).padStart(4)}  ${examples.join(', ')}`);
}
console.log(`  ${'all'.padEnd(22)} ${String(total).padStart(4)}  of ${PER_KIND * Object.keys(KINDS).length} sentences`);
