import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let loaded: Crypto | undefined;

/**
 * node:crypto, loaded on first use: importing it costs about 10 ms, and a
 * check of one article (a pre-commit run) hashes nothing.
 */
export function crypto(): Crypto {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as Crypto);
}
