import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { complement, maskRanges, type Range } from './mask.js';
import { registerFormat } from './registry.js';

/** Elements whose text is code, styling, raw markup or never shown: not prose. */
const NOT_PROSE = new Set([
  'script', 'style', 'code', 'pre', 'kbd', 'samp', 'template',
  'noscript', 'xmp', 'iframe', 'noembed', 'noframes',
]);

/** What an HTML text holds besides prose. */
export interface HtmlScan {
  /** Everything that is not prose text: tags, attributes, comments, code. */
  blank: Range[];
  /** `<!-- … -->` comments (where inline directives live). */
  comments: Range[];
}

/** Parses HTML (a whole document, or a fragment such as an HTML block in Markdown). */
export function scanHtml(text: string, fragment = false): HtmlScan {
  const kept: Range[] = [];
  const comments: Range[] = [];
  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'element' && NOT_PROSE.has(node.tagName)) return;
    // Nodes the parser made up (implied <html>, <body>) have no position; their children do.
    if (start !== undefined && end !== undefined) {
      if (node.type === 'text') kept.push([start, end]);
      if (node.type === 'comment') comments.push([start, end]);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(text, { fragment }));
  return { blank: complement(text.length, kept), comments };
}

/** The HTML with everything but its text nodes blanked (see maskRanges). */
export function maskHtml(text: string): string {
  return maskRanges(text, scanHtml(text).blank);
}

registerFormat('html', { mask: maskHtml, comments: (text) => scanHtml(text).comments });
