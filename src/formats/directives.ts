import type { Finding } from '../types.js';
import { LineIndex } from '../text/lines.js';
import { scannerFor, type InputFormat } from './registry.js';
import { maskRanges, type Range } from './mask.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** One inline directive, e.g. `<!-- entlint-disable-next-line entity/person -->`. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or prefixes ("phrase", "entity/person"); empty means every rule. */
  rules: string[];
  /** The comment or line that holds it (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** 1-based lines of its start and end. */
  line: number;
  endLine: number;
}

/** The directives of one text, in order, and how to find a finding's line. */
export interface Directives {
  list: Directive[];
  lines: LineIndex;
}

const KEYWORD = String.raw`entlint-(disable-next-line|disable-line|disable|enable)(?![\w-])`;
const COMMENT = /<!--([\s\S]*?)-->/g;
const IN_COMMENT = new RegExp(String.raw`^\s*${KEYWORD}([\s\S]*)$`);
/** Plain text: a line of its own, maybe after `#` or `//`. */
const OWN_LINE = new RegExp(String.raw`^[ \t]*(?:#|//)?[ \t]*${KEYWORD}([^\r\n]*)$`, 'gm');

/**
 * Finds the directives. In Markdown and HTML only real HTML comments count (not
 * ones shown inside code); plain text also takes a directive on a line of its own.
 */
export function parseDirectives(text: string, format: InputFormat = 'text'): Directives {
  const lines = new LineIndex(text);
  const found: Array<{ kind: string; rest: string; start: number; end: number }> = [];
  const comments: Range[] = format !== 'text' ? scannerFor(format).comments(text)
    : [...text.matchAll(COMMENT)].map((m) => [m.index, m.index + m[0].length]);
  for (const [start, end] of comments) {
    const body = /^<!--([\s\S]*?)-->$/.exec(text.slice(start, end))?.[1];
    const m = body === undefined ? null : IN_COMMENT.exec(body);
    if (m) found.push({ kind: m[1]!, rest: m[2]!, start, end });
  }
  if (format === 'text') {
    for (const m of text.matchAll(OWN_LINE)) found.push({ kind: m[1]!, rest: m[2]!, start: m.index, end: m.index + m[0].length });
  }
  const list = found.sort((a, b) => a.start - b.start).map(({ kind, rest, start, end }) => ({
    kind: kind as DirectiveKind, rules: ruleList(rest), start, end,
    line: lines.position(start).line, endLine: lines.position(end).line,
  }));
  return { list, lines };
}

/** Rule ids separated by spaces or commas, up to an ESLint-style `-- reason`. */
function ruleList(rest: string): string[] {
  return rest.split(/(?:^|\s)--(?:\s|$)/)[0]!.split(/[\s,]+/).filter(Boolean);
}

/** A selector names a rule exactly, or a family of them by prefix ("phrase" → "phrase/…"). */
export function ruleMatches(selector: string, ruleId: string): boolean {
  return ruleId === selector || ruleId.startsWith(`${selector}/`);
}

/**
 * Whether directives (or, from configuration, words to ignore for this finding's
 * rule, matched case-insensitively on `actual`) silence the finding. Line
 * directives use the line the finding starts on; `entlint-disable` runs to the
 * next `entlint-enable` that covers the same rule, or to the end of the text.
 */
export function isSuppressed(
  d: Directives,
  f: Pick<Finding, 'offset' | 'ruleId' | 'actual'>,
  ignoreWords?: ReadonlySet<string>,
): boolean {
  if (ignoreWords) {
    const actual = f.actual.toLowerCase();
    for (const w of ignoreWords) if (w.toLowerCase() === actual) return true;
  }
  const line = d.lines.position(f.offset).line;
  let disabled = false;
  for (const x of d.list) {
    if (x.rules.length && !x.rules.some((r) => ruleMatches(r, f.ruleId))) continue;
    if (x.kind === 'disable-line' && x.line === line) return true;
    if (x.kind === 'disable-next-line' && x.endLine + 1 === line) return true;
    // The last block directive before the finding decides (the list is in text order).
    if ((x.kind === 'disable' || x.kind === 'enable') && x.start <= f.offset) disabled = x.kind === 'disable';
  }
  return disabled;
}

/** Plain text with its directives blanked, so their words are never checked. */
export function maskDirectives(text: string): string {
  return maskRanges(text, parseDirectives(text).list.map((x): Range => [x.start, x.end]));
}
