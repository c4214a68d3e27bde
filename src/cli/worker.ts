import { serveWorker } from './serve-worker.js';

// A thread of the pool when entlint runs unbundled (dist/cli/); the bundle's
// worker is dist/bundle/worker.js, which loads the command line's bundle with
// its code cache and calls serveWorker() (scripts/bundle.mjs).
await serveWorker();
