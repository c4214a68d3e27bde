// Bundles the command line into dist/bundle/ with esbuild: one module graph
// instead of some sixty files, which halves what Node spends resolving and
// compiling modules on every run (a pre-commit hook runs entlint once per
// commit). Markdown/HTML parsers, rarely used reporters and the NLP library
// stay in chunks loaded on demand. dist/bundle/ sits two levels below the
// package root like dist/<dir>/, so paths computed from import.meta.url agree.
import { existsSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/**
 * Node's built-in modules through require(), not import: an ESM import of
 * node:fs builds a facade that reads every export, and so loads the stream
 * modules behind fs.ReadStream; commander's require of node:child_process,
 * used only for executable subcommands, waits until it is touched. Together
 * about 15 ms of a short run.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    // A dynamic import() is lazy already, and needs the module's named exports.
    b.onResolve({ filter: /^node:/ }, (args) => args.namespace === 'builtin' || args.kind === 'dynamic-import'
      ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: args.path === 'node:child_process'
        ? `let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(args.path)}))[k] });`
        : `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
// Chunk names carry content hashes: clear out the previous build's.
rmSync(root + 'dist/bundle', { recursive: true, force: true });
const entryPoints = ['src/cli/main.ts', 'src/cli/worker.ts'].filter((f) => existsSync(root + f));
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // esbuild's tables would otherwise rewrite every /\p{…}/u literal as a
  // `new RegExp(…)` compiled on each call; Node 20 has property escapes.
  supported: { 'regexp-unicode-property-escapes': true },
  // Loaded with createRequire when a sentence-initial word needs a verdict.
  external: ['compromise'],
  // CommonJS dependencies (commander, lilconfig) require Node's built-ins.
  banner: { js: "import { createRequire as __entlintRequire } from 'node:module'; const require = __entlintRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [builtinsByRequire],
});
