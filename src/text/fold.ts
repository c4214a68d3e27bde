/**
 * Folding for matching only: never shown to users. Lower-cases (Turkish
 * dotted/dotless i included), strips diacritics and maps letters that NFD
 * does not decompose (ø, ł, ß …), so "İbrahim Kalın" and "Ibrahim Kalin"
 * fold to the same key.
 */
const SPECIAL: Record<string, string> = {
  ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h', ŀ: 'l',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '´': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-',
};
const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL_RE = /[ıøæœßđðłþħŀ’‘ʼʻ`´‐‑‒–—]/g;

export function fold(s: string): string {
  return s
    .replace(/İ/g, 'i')
    .replace(/I/g, 'i')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}
