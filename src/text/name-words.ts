/** Particles that begin a surname written without the given name: "von der Leyen", "de Villepin", "ter Stegen". */
export const LEADING_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'der', 'den', 'ter', 'ten', 'du', 'da', 'del', 'della', 'di', 'dos', 'das', 'le', 'la', 'zu', 'fon', 'dyu']);

/** The Arabic article, which English hyphens too ("Al-Wasat", "Ar-Raqqa", "El-Arish"), folded. */
export const ARABIC_ARTICLE = /^(a[dlnrstz]|ash|ath|e[dlnrstz])-/;

/** A lower-case Arabic article or kinship word hyphened to a capitalised name ("al-Qaeda", "bin-Laden"). */
const PREFIXED_NAME = /^(al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|wal)-\p{Lu}/u;

/** A short word whose last letter is a capital again: a coined word ("GenZ", "GenX"), no name. A longer one is OCR's ("MemphiH"). */
const COINED = /^\p{Lu}\p{Ll}{1,3}\p{Lu}$/u;

/** A word that can start or end a name: capitalised, an acronym, or "al-Qaeda"-style. */
export function isNameSpelling(text: string, number: boolean, capitalised: boolean, allCaps: boolean): boolean {
  return !number && !COINED.test(text) && (capitalised || allCaps || (text.includes('-') && PREFIXED_NAME.test(text)));
}
