/** A span of UTF-16 offsets, end exclusive. */
export type Range = [start: number, end: number];

/**
 * Blanks the ranges with spaces, keeping \r and \n: the result has the same
 * length and lines, so offsets found in it are offsets into `text`, and no word
 * can be glued together from fragments on either side of a blank.
 */
export function maskRanges(text: string, ranges: ReadonlyArray<Range>): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of sorted) {
    const start = Math.max(at, s);
    const end = Math.min(text.length, e);
    if (end <= start) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** The ranges of a text of this length that none of `kept` covers. */
export function complement(length: number, kept: ReadonlyArray<Range>): Range[] {
  const gaps: Range[] = [];
  let at = 0;
  for (const [s, e] of [...kept].sort((a, b) => a[0] - b[0])) {
    if (s > at) gaps.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < length) gaps.push([at, length]);
  return gaps;
}

/** Moves ranges found in a slice that starts at `by` back into the whole text. */
export function shift(ranges: ReadonlyArray<Range>, by: number): Range[] {
  return ranges.map(([s, e]) => [s + by, e + by]);
}
