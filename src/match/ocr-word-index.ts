/**
 * Common English words by glyph skeleton, for reading OCR misreadings of
 * them back ("chomist" and "chemist" share one): skeleton → the words, each
 * prefixed with its class (0 the most common) and separated by spaces, most
 * common first. `classes` lists the words of each class, most common first;
 * `skeletons` gives a word's keys (the full skeleton, and the letter-for-letter
 * one: "will" has an "il" the full one reads as h, "wlll" has not).
 */
export function ocrWordIndex(classes: Iterable<string>[], skeletons: (folded: string) => string[]): Map<string, string> {
  const index = new Map<string, string>();
  const seen = new Set<string>();
  classes.forEach((words, c) => {
    for (const w of words) {
      // Plain lower-case words only: OCR misreads letters, and a contraction or name is another matter.
      if (seen.has(w) || !/^[a-z]{2,}$/.test(w)) continue;
      seen.add(w);
      for (const k of skeletons(w)) {
        const list = index.get(k);
        index.set(k, list ? `${list} ${c}${w}` : `${c}${w}`);
      }
    }
  });
  return index;
}

/** The words and classes of an index entry. */
export function ocrWordsOf(entry: string | undefined): { word: string; rank: number }[] {
  return entry ? entry.split(' ').map((e) => ({ word: e.slice(1), rank: Number(e[0]) })) : [];
}
