// Injected into the CommonJS bundle (scripts/bundle.mjs) for import.meta.url:
// the URL of the bundle file the code runs from.
export const __entlintUrl = require('node:url').pathToFileURL(__filename).href;
