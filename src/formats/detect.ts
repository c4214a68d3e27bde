import { extname } from 'node:path';
import { maskDirectives } from './directives.js';
import { maskHtml } from './html.js';
import { maskMarkdown } from './markdown.js';

export type InputFormat = 'text' | 'markdown' | 'html';

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
 * offsets into the original.
 */
export function maskFor(format: InputFormat, text: string): string {
  switch (format) {
    case 'markdown': return maskMarkdown(text);
    case 'html': return maskHtml(text);
    case 'text': return maskDirectives(text);
  }
}
