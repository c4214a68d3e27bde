// Builds dist/ after `npm install` in a checkout (the README's first command,
// CI's `npm ci`, pre-commit's clone). A packed tarball ships dist/ and has no
// tsconfig.json, so installing it builds nothing. This is `postinstall`, not
// `prepare`, because pre-commit reads `npm pack`'s stdout as the tarball name
// and npm prints lifecycle banners of `prepare` there.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

if (existsSync(new URL('../tsconfig.json', import.meta.url))) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', new URL('../tsconfig.json', import.meta.url).pathname], { stdio: 'inherit' });
  for (const step of ['./bundle.mjs', './compile-places.mjs', './compile-knowledge.mjs', './code-cache.mjs']) execFileSync(process.execPath, [new URL(step, import.meta.url).pathname], { stdio: 'inherit' });
}
