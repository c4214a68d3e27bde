import type { Range } from './mask.js';

export type InputFormat = 'text' | 'markdown' | 'html';

/** What the checker needs of a markup format: its prose, and its comments (where directives live). */
export interface FormatScanner {
  mask(text: string): string;
  comments(text: string): Range[];
}

const scanners = new Map<InputFormat, FormatScanner>();

/** Called by a format's module when it loads. */
export function registerFormat(format: InputFormat, scanner: FormatScanner): void {
  scanners.set(format, scanner);
}

/**
 * Loads a markup format's parser (remark, parse5: a tenth of a second) only
 * when a file of that format is checked; plain text never pays for it.
 */
export async function loadFormat(format: InputFormat): Promise<void> {
  if (format === 'markdown') await import('./markdown.js');
  else if (format === 'html') await import('./html.js');
}

export function scannerFor(format: Exclude<InputFormat, 'text'>): FormatScanner {
  const s = scanners.get(format);
  if (!s) throw new Error(`the ${format} parser is not loaded (await loadFormat('${format}') first)`);
  return s;
}
