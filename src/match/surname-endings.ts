import { distance } from 'fastest-levenshtein';
import { DataError } from '../gazetteer/data-error.js';
import { parseTsv } from './confusions.js';

/** A surname ending and the family of names it belongs to (confusions/surname-endings.tsv). */
export interface SurnameEnding { ending: string; family: string }

/** Letters a word keeps before its ending for the ending to count. */
const MIN_STEM = 2;

export function parseSurnameEndings(text: string, file: string): SurnameEnding[] {
  const seen = new Set<string>();
  return parseTsv(text, file, 2).map(({ cells, line }) => {
    const ending = cells[0]!;
    if (!/^[a-z]{2,}$/.test(ending)) throw new DataError(file, line, `an ending is lower-case letters a to z, two or more: "${ending}"`);
    if (seen.has(ending)) throw new DataError(file, line, `"${ending}" is listed twice`);
    seen.add(ending);
    return { ending, family: cells[1]! };
  });
}

/** Letters that must differ before a shared ending, at the least (half the longer stem, if more). */
const MIN_STEM_EDITS = 3;

/**
 * Whether a written surname and a known person's are different names by
 * their endings: endings of two families ("Lazarescu", Lazarenko), or, where
 * no rule of transliteration explains the letters (`unexplained`), the same
 * family's with unlike letters before it ("Warlikowski", Gawkowski: three
 * letters or half the longer stem differ). Both folded.
 */
export function otherSurname(endings: ReadonlyMap<string, string>, written: string, name: string, unexplained: boolean): boolean {
  const a = endingOf(endings, written);
  const b = endingOf(endings, name);
  if (!a || !b) return false;
  if (endings.get(a) !== endings.get(b)) return true;
  if (!unexplained) return false;
  const [sa, sb] = [written.slice(0, -a.length), name.slice(0, -b.length)];
  return distance(sa, sb) >= Math.max(MIN_STEM_EDITS, Math.max(sa.length, sb.length) / 2);
}

/** The longest listed ending of a word that keeps MIN_STEM letters before it. */
function endingOf(endings: ReadonlyMap<string, string>, word: string): string | undefined {
  for (let i = MIN_STEM; i <= word.length - 2; i++) {
    const tail = word.slice(i);
    if (endings.has(tail)) return tail;
  }
  return undefined;
}
