// Loads the bundled command line (dist/bundle/main.js, CommonJS) with the V8
// code cache made for its build (scripts/code-cache.mjs): a run then neither
// parses the bundle nor compiles the functions it calls. Without a usable
// cache (none built, another Node, other V8 flags) V8 compiles as usual.
// CommonJS, like the launcher: Node's ES module loader and its facades of
// built-in modules would cost a short run several milliseconds.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '../dist/bundle/main.js');

/**
 * The cache for the bundle whose source is `source`: named after the build id
 * on its first line. `threads`: the one for worker threads, made under the V8
 * flags the pool gives them (tuneCompiler(false)), as V8 takes a cache only
 * under the flags it was made under.
 */
function cacheFileOf(source, threads = false) {
  const id = /^\/\/ entlint build ([0-9a-f]+)\n/.exec(source)?.[1];
  return id ? join(dirname(BUNDLE), `main-${id}${threads ? '.threads' : ''}.cache`) : undefined;
}

/** The bundle's exports, and its compiled script (to make a cache of); `threads` as for cacheFileOf(). */
function loadCli(threads = false) {
  const source = readFileSync(BUNDLE, 'utf8');
  const cacheFile = cacheFileOf(source, threads);
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // No cache: compile from source.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require('node:module').createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
}

module.exports = { BUNDLE, cacheFileOf, loadCli };
