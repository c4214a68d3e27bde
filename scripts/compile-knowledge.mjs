// Compiles the bundled knowledge into dist/knowledge.snapshot: the gazetteers,
// word lists and fuzzy indexes as typed arrays that load with one read (see
// src/snapshot/). Runs after tsc and compile-places, from dist/.
import { renameSync, statSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { readKnowledgeData, BUNDLED_DICTIONARIES, BUNDLED_SNAPSHOT } = await import(new URL('gazetteer/load.js', dist).href);
const { Knowledge } = await import(new URL('knowledge.js', dist).href);
const { writeSnapshot } = await import(new URL('snapshot/write-snapshot.js', dist).href);
const { stampSources } = await import(new URL('snapshot/sources.js', dist).href);

const started = performance.now();
const data = readKnowledgeData();
const bytes = writeSnapshot(new Knowledge(data), data, stampSources(BUNDLED_DICTIONARIES));
// Written aside and renamed: a process starting meanwhile reads the old file or the new one, never half of one.
writeFileSync(`${BUNDLED_SNAPSHOT}.tmp`, bytes);
renameSync(`${BUNDLED_SNAPSHOT}.tmp`, BUNDLED_SNAPSHOT);
const mb = (statSync(BUNDLED_SNAPSHOT).size / 2 ** 20).toFixed(1);
console.error(`compile-knowledge: ${data.entities.length} entities (+ OCR places) → dist/knowledge.snapshot, ${mb} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
