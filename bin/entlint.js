#!/usr/bin/env node
// Thin launcher: the only place that ends the process.
const { BUNDLE, loadCli } = require('./load-cli.js');

let main;
try {
  let tuneCompiler;
  ({ main, tuneCompiler } = loadCli().exports);
  // After the load: the code cache was made under V8's default flags.
  tuneCompiler();
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
  process.stderr.write(`entlint: ${BUNDLE} is missing: build entlint first (npm run build)\n`);
  process.exit(2);
}

// A closed stdout (entlint big.txt | head -1) is not an error worth a trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// stdin when asked for: making its stream costs a file's run a millisecond.
main(process.argv.slice(2), { get stdin() { return process.stdin; }, stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`entlint: internal error: ${err?.message ?? err}${process.argv.includes('--debug') ? `\n${err?.stack}` : ''}\n`);
    process.exitCode = 2;
  });
