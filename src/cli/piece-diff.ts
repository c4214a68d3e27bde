import { formatPatch, structuredPatch, FILE_HEADERS_ONLY, OMIT_HEADERS, type StructuredPatchHunk } from 'diff';

/** Code units diffed at a time: big enough that cuts between them are rare, small enough to hold. */
const UNIT = 1024 * 1024;

/**
 * A unified diff of a text that is never held whole, written as it goes: the
 * text is diffed about UNIT code units at a time, cut at line breaks, and
 * the hunks moved to the lines of the whole; hunks that touch are joined.
 * Only within 4 lines of a cut can its hunks group context lines otherwise
 * than a diff of the whole text would; the patch is the same.
 */
export class PieceDiff {
  private before = '';
  private after = '';
  private oldLines = 0;
  private newLines = 0;
  private held: StructuredPatchHunk | undefined;
  private started = false;

  constructor(private readonly path: string, private readonly write: (s: string) => void | Promise<void>) {}

  /** The next piece of the text and what the fixes made of it. */
  async add(before: string, after: string): Promise<void> {
    this.before += before;
    this.after += after;
    // A piece that ends at a line break ends there fixed too: fixes stay within a piece.
    if (this.before.length >= UNIT && (this.before.endsWith('\n') || this.before.length >= 4 * UNIT)) await this.diff();
  }

  private async diff(): Promise<void> {
    const { before, after } = this;
    this.before = '';
    this.after = '';
    if (before !== after) {
      for (const h of structuredPatch('', '', before, after).hunks) {
        const hunk = { ...h, oldStart: h.oldStart + this.oldLines, newStart: h.newStart + this.newLines };
        const held = this.held;
        if (held && held.oldStart + held.oldLines === hunk.oldStart) {
          held.lines.push(...hunk.lines);
          held.oldLines += hunk.oldLines;
          held.newLines += hunk.newLines;
        } else {
          await this.flush();
          this.held = hunk;
        }
      }
    }
    this.oldLines += breaks(before);
    this.newLines += breaks(after);
  }

  async end(): Promise<void> {
    await this.diff();
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.held) return;
    if (!this.started) await this.write(formatPatch({ oldFileName: `a/${this.path}`, newFileName: `b/${this.path}`, oldHeader: undefined, newHeader: undefined, hunks: [] }, FILE_HEADERS_ONLY));
    this.started = true;
    await this.write(formatPatch({ oldFileName: undefined, newFileName: undefined, oldHeader: undefined, newHeader: undefined, hunks: [this.held] }, OMIT_HEADERS));
    this.held = undefined;
  }
}

function breaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
