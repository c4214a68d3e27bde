import { CONTEXT, placeFindings, type PlacedFinding } from '../report/result.js';
import { LineIndex } from '../text/lines.js';
import type { Finding } from '../types.js';

interface Queued {
  text: string;
  /** Offset, line and line start (offset) in the whole text where the piece starts. */
  start: number;
  line: number;
  lineStart: number;
  findings: Finding[];
}

/**
 * Gives the findings of a text that arrives piece by piece their places
 * (line, column, context), keeping only CONTEXT code units behind the piece
 * being placed and holding it until CONTEXT more have arrived.
 */
export class Placer {
  private tail = '';
  private queue: Queued[] = [];
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  /** Adds the next piece with its findings (offsets into the piece); returns the findings now placed, offsets into the whole. */
  add(text: string, findings: Finding[]): PlacedFinding[] {
    this.queue.push({ text, start: this.offset, line: this.line, lineStart: this.lineStart, findings });
    const last = text.lastIndexOf('\n');
    if (last !== -1) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.line++;
      this.lineStart = this.offset + last + 1;
    }
    this.offset += text.length;
    return this.drain(false);
  }

  /** Places what is still held: the text has ended. */
  end(): PlacedFinding[] {
    return this.drain(true);
  }

  private drain(all: boolean): PlacedFinding[] {
    const out: PlacedFinding[] = [];
    while (this.queue.length) {
      let ahead = '';
      for (let i = 1; i < this.queue.length && ahead.length < CONTEXT; i++) ahead += this.queue[i]!.text.slice(0, CONTEXT - ahead.length);
      if (!all && ahead.length < CONTEXT) break;
      const p = this.queue.shift()!;
      if (p.findings.length) {
        const lines = new LineIndex(p.text);
        const position = (offset: number) => {
          const at = lines.position(offset - p.start);
          return at.line === 1 ? { line: p.line, column: offset - p.lineStart + 1 } : { line: p.line + at.line - 1, column: at.column };
        };
        const whole = p.findings.map((f) => ({ ...f, offset: f.offset + p.start }));
        out.push(...placeFindings(whole, this.tail + p.text + ahead, p.start - this.tail.length, position));
      }
      this.tail = (p.text.length >= CONTEXT ? p.text : this.tail + p.text).slice(-CONTEXT);
    }
    return out;
  }
}
