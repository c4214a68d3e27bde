import { extname } from 'node:path';
import { maskDirectives } from './directives.js';
import { scannerFor, type InputFormat } from './registry.js';

export { loadFormat, type InputFormat } from './registry.js';

const BY_EXTENSION = new Map<string, InputFormat>([
  ['.md', 'markdown'], ['.markdown', 'markdown'], ['.mdx', 'markdown'],
  ['.html', 'html'], ['.htm', 'html'], ['.xhtml', 'html'],
]);

/** The format of a file by its extension; anything else (and standard input) is plain text. */
export function formatOf(path: string): InputFormat {
  return BY_EXTENSION.get(extname(path).toLowerCase()) ?? 'text';
}

/**
 * The text the checker should see: same length and line breaks, everything but
 * prose blanked (directive comments included), so findings' offsets stay
 * offsets into the original. Markdown and HTML need loadFormat() first.
 */
export function maskFor(format: InputFormat, text: string): string {
  switch (format) {
    case 'text': return maskDirectives(text);
    default: return scannerFor(format).mask(text);
  }
}
