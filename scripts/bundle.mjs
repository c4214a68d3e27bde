// Bundles the command line into dist/bundle/ with esbuild, as CommonJS: one
// script instead of some sixty modules, which bin/entlint.js compiles with the
// V8 code cache scripts/code-cache.mjs makes (Node 20 caches no ES module), so
// a short run neither parses the command line nor compiles what it calls.
// Markdown/HTML parsers, the diff library and chalk, needed by few runs, are
// bundled apart in dist/bundle/vendor/ and required when first used.
// dist/bundle/ sits two levels below the package root like dist/<dir>/, so
// paths computed from import.meta.url agree.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = root + 'dist/bundle/';

/**
 * Packages bundled apart, and which of their exports the code imports: the
 * default export becomes module.exports, as Node's own import of CommonJS reads it.
 */
const VENDORED = { unified: 'named', 'remark-parse': 'default', 'remark-frontmatter': 'default', 'hast-util-from-html': 'named', diff: 'named', chalk: 'named' };

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // esbuild's tables would otherwise rewrite every /\p{…}/u literal as a
  // `new RegExp(…)` compiled on each call; Node 20 has property escapes.
  // A dynamic import() of a bundled module becomes a require() in its place.
  supported: { 'regexp-unicode-property-escapes': true, 'dynamic-import': false },
  // The modules' own import.meta.url, for the paths they compute.
  define: { 'import.meta.url': '__entlintUrl' },
  inject: [root + 'scripts/import-meta-url.mjs'],
  logLevel: 'warning',
};

/**
 * commander requires node:child_process for executable subcommands only: a
 * proxy loads it when touched, sparing a short run the module. Vendored
 * packages resolve to their own bundles.
 */
const lazyRequires = {
  name: 'lazy-requires',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => args.namespace === 'builtin'
      ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(args.path)}))[k] });`,
      loader: 'js',
    }));
    const vendored = new RegExp(`^(${Object.keys(VENDORED).join('|')})$`);
    b.onResolve({ filter: vendored }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// .js files in dist/bundle/ are CommonJS, whatever the package's type.
writeFileSync(out + 'package.json', '{ "type": "commonjs" }\n');

await Promise.all(Object.entries(VENDORED).map(([name, imported]) => build({
  ...common,
  stdin: { contents: imported === 'default' ? `module.exports = require('${name}').default;` : `export * from '${name}';`, resolveDir: root, loader: 'js' },
  outfile: `${out}vendor/${name}.js`,
})));

await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: out,
  // Loaded with createRequire when a sentence-initial word needs a verdict.
  external: ['compromise'],
  plugins: [lazyRequires],
});

// The build's id on the first line names its code cache (bin/load-cli.js):
// a cache made for other source must never be used.
const main = readFileSync(out + 'main.js', 'utf8');
const id = createHash('sha256').update(main).digest('hex').slice(0, 16);
writeFileSync(out + 'main.js', `// entlint build ${id}\n${main}`);
// A worker thread of the pool (src/cli/pool.ts) runs the command line's own
// bundle, compiled with the code cache made for threads, and serves jobs.
writeFileSync(out + 'worker.js', "require('../../bin/load-cli.js').loadCli(true).exports.serveWorker();\n");
