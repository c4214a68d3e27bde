import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes } from 'mdast';
import { scanHtml } from './html.js';
import { maskRanges, shift, type Range } from './mask.js';
import { registerFormat } from './registry.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** Web and e-mail addresses written out in running text (no GFM autolinking needed). */
const ADDRESS = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** Nodes with no prose: code, front matter (TOML's node type comes from remark-frontmatter), link definitions. */
const NOT_PROSE = new Set<string>(['code', 'inlineCode', 'yaml', 'toml', 'definition']);

/** What a Markdown text holds besides prose. */
export interface MarkdownScan {
  /** Code, front matter, HTML markup, link targets, definitions and addresses. */
  blank: Range[];
  /** `<!-- … -->` comments in HTML (where inline directives live); none inside code. */
  comments: Range[];
}

/** Parses Markdown (CommonMark with YAML/TOML front matter) and finds what is not prose. */
export function scanMarkdown(text: string): MarkdownScan {
  // micromark drops a leading BOM from its offsets; parse without it and shift back.
  const skip = text.startsWith('\uFEFF') ? 1 : 0;
  const source = text.slice(skip);
  const blank: Range[] = [];
  const comments: Range[] = [];

  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (NOT_PROSE.has(node.type)) {
      blank.push([start, end]);
      return;
    }
    switch (node.type) {
      case 'html': {
        // HTML blocks may wrap prose (<div>…</div>): keep their text nodes, as in .html files.
        const html = scanHtml(source.slice(start, end), true);
        blank.push(...shift(html.blank, start));
        comments.push(...shift(html.comments, start));
        return;
      }
      case 'link': case 'linkReference': {
        // The text is prose; `](url "title")` or `][label]` after it is not. An autolink is all address.
        const last = node.children.at(-1)?.position?.end.offset;
        blank.push([source[start] === '<' || last === undefined ? start : last, end]);
        break;
      }
      case 'image': case 'imageReference':
        blank.push([altEnd(source, start, end), end]);
        return;
      case 'text':
        for (const m of source.slice(start, end).matchAll(ADDRESS)) blank.push([start + m.index, start + m.index + m[0].length]);
        return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parser.parse(source));
  return { blank: shift(blank, skip), comments: shift(comments, skip) };
}

/** Markdown with everything but prose blanked (see maskRanges); link and image texts stay. */
export function maskMarkdown(text: string): string {
  return maskRanges(text, scanMarkdown(text).blank);
}

/** Where the alt text of `![alt](…)` ends (its closing bracket); `start` if it cannot be told. */
function altEnd(source: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start + 1; i < end; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return start;
}

registerFormat('markdown', { mask: maskMarkdown, comments: (text) => scanMarkdown(text).comments });
