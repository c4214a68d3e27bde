import type { Finding } from '../types.js';
import { tokenize } from '../text/tokenize.js';

/**
 * A finding whose fix ends (or begins) with words the text already writes
 * just after (before) its span, with the span taken over them: "Air India
 * Flighth" before "171", fixed to "Air India Flight 171", covers the number,
 * so a fix does not write "171 171". A name rule reads words, and a name's
 * number, or a letter glued to one ("Tu-22M3"), is not one of them.
 */
export function withWrittenEnds(text: string, f: Finding): Finding {
  const fix = f.expected[0];
  if (fix === undefined) return f;
  const tokens = tokenize(fix);
  if (tokens.length < 2) return f;
  let start = f.offset;
  let end = f.offset + f.length;
  // The longest end of the fix the text writes after the span, from its second token on.
  for (let k = 1; k < tokens.length; k++) {
    const written = fix.slice(tokens[k - 1]!.end);
    if (!f.actual.endsWith(fix.slice(tokens[k]!.start)) && text.startsWith(written, end) && !isWordChar(text, end + written.length)) {
      end += written.length;
      break;
    }
  }
  for (let k = tokens.length - 1; k > 0; k--) {
    const written = fix.slice(0, tokens[k]!.start);
    if (!f.actual.startsWith(fix.slice(0, tokens[k - 1]!.end)) && text.startsWith(written, start - written.length) && !isWordChar(text, start - written.length - 1)) {
      start -= written.length;
      break;
    }
  }
  if (start === f.offset && end === f.offset + f.length) return f;
  const actual = text.slice(start, end);
  // The other suggestions replace the same stretch: only those that write it whole stay.
  const expected = f.expected.filter((x) => x === fix || (x.endsWith(text.slice(f.offset + f.length, end)) && x.startsWith(text.slice(start, f.offset))));
  return { ...f, offset: start, length: end - start, actual, expected };
}

function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
}
