import { check } from '../check.js';
import { applyRuleSettings, type EntlintConfig } from '../config/config.js';
import { isSuppressed, parseDirectives, type Directive } from '../formats/directives.js';
import { maskRanges } from '../formats/mask.js';
import type { CheckOptions, Finding } from '../types.js';
import { tuneHeap } from './tune-heap.js';

/**
 * Checks a plain text piece by piece, in order, as if it were checked whole:
 * each piece's directives are masked and applied, and those that reach past
 * it (an `entlint-disable` block, a directive on its last line) carry over.
 */
export class PieceChecker {
  /** Directives of earlier pieces that may still apply, with lines of the whole text. */
  private carried: Directive[] = [];
  /** The line of the whole text that the next piece starts on. */
  private line = 1;
  private pieces = 0;

  constructor(private readonly config: EntlintConfig | null, private readonly options: CheckOptions) {}

  /** The findings of the next piece, with offsets into the piece. */
  check(piece: string): Finding[] {
    // A text of several pieces is long: only then do the heap settings pay for loading node:v8.
    if (++this.pieces >= 2) tuneHeap();
    const own = parseDirectives(piece, 'text');
    const shift = this.line - 1;
    // Earlier directives in the piece's own line numbers, starting before it.
    const earlier = this.carried.map((d) => ({ ...d, start: -1, end: -1, line: d.line - shift, endLine: d.endLine - shift }));
    const masked = maskRanges(piece, own.list.map((d): [number, number] => [d.start, d.end]));
    const found = check(masked, this.options);
    const directives = { list: [...earlier, ...own.list], lines: own.lines };
    const kept = found.filter((f) => !isSuppressed(directives, f));

    let breaks = 0;
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) breaks++;
    this.line += breaks;
    this.carried = carry([...this.carried, ...own.list.map((d) => ({ ...d, line: d.line + shift, endLine: d.endLine + shift }))], this.line);
    return this.config ? applyRuleSettings(kept, this.config) : kept;
  }
}

/**
 * The directives that can still apply from `line` on: line directives for
 * that line, and block directives that no later one overrides for every rule
 * they name (so a file full of directives keeps a short list).
 */
function carry(list: Directive[], line: number): Directive[] {
  const block = (d: Directive) => d.kind === 'disable' || d.kind === 'enable';
  return list.filter((d, i) => {
    if (d.kind === 'disable-line') return d.line >= line;
    if (d.kind === 'disable-next-line') return d.endLine + 1 >= line;
    return !list.slice(i + 1).some((e) => block(e) && (!e.rules.length || (d.rules.length > 0 && d.rules.every((r) => e.rules.includes(r)))));
  });
}
