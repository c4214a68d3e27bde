#!/usr/bin/env node
// Thin launcher: the only place that ends the process.
// dist/bundle/ is the command line bundled (scripts/bundle.mjs): it starts faster.
import { setFlagsFromString } from 'node:v8';

// A long text is checked in pieces whose words die young; V8's default lets
// the heap grow to four times what survives before collecting it, so 5 MB of
// prose peaked near 320 MB. Growing by 30% keeps it near 215 MB, as fast.
// Read at each collection, so it takes effect though set after start-up.
setFlagsFromString('--heap-growing-percent=30');
const { main } = await import('../dist/bundle/main.js');

// A closed stdout (entlint big.txt | head -1) is not an error worth a trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`entlint: internal error: ${err?.message ?? err}${process.argv.includes('--debug') ? `\n${err?.stack}` : ''}\n`);
    process.exitCode = 2;
  });
