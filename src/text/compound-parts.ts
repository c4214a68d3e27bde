import { fold } from './fold.js';
import { ARABIC_ARTICLE } from './name-words.js';

/** What compoundParts() asks of the knowledge. */
export interface CompoundLists {
  isCommonWord(folded: string): boolean;
  /** A word of some name in the gazetteers ("guinea-bissau", "jean-luc"). */
  isNameElement(folded: string): boolean;
  /** A form of a person, or a garbled form of an organisation, written as this one word ("putin", "khamas"). */
  isPersonOrGroupForm(folded: string): boolean;
  isGivenName(folded: string): boolean;
  /** A hyphened name word near this spelling shares one of these parts ("boutras-ghali": Boutros-Ghali shares "ghali"). */
  nearHyphenedName(folded: string, parts: readonly string[]): boolean;
}

const HYPHENS = /[-‐‑]/;

/**
 * The words the press hyphens to a name: prefixes ("anti-", "pro-"),
 * participles ("-led", "-backed", "-based") and a few nouns and adjectives
 * ("-run", "-style"). Any other word may be a syllable of a foreign name
 * ("Peit-sang") or join a name whole ("Stoke-on-Trent").
 */
const COMPOUNDING = /^(?:anti|pro|post|pre|ex|non|neo|pan|mid|ultra|\p{L}+ed|run|born|style|era|type|like|wide|made|held|friendly|leaning|speaking|owned|bound)$/u;

/**
 * Where a hyphened word joins a name no gazetteer or dictionary has as
 * written to a word, or to a person's name ("Khamas-run", "anti-Khamas",
 * "Berners-Li-led", "Navalni-Putin"): the offsets (start and end, in pairs,
 * within the word) of its parts, which the document reads as words of their
 * own, so the name rules see the name ("Community-backed" too: its name may
 * be longer, "Southern African Developmenth Community"). Undefined for a word
 * that is one name ("Guinea-Bissau", "al-Qaeda", "Jean-Luc") or near one
 * ("Boutras-Ghali", "Coleridga-Taylor"), joins English words or names written
 * right ("well-known", "Israel-Hamas"), that a phrase rule reads whole
 * ("London-based", Knowledge.compoundParts), or names for a name rule to read whole
 * ("Kanzas-Siti", MT's hyphen for a space; "Sino-Soviet", a combining form;
 * "Stoke-on-Trent", "Peit-sang": joined by other words).
 *
 * - A capitalised word, hyphened or not, of three letters or more, between
 *   lower-case words that join names (COMPOUNDING: "anti-", "-led").
 * - Capitalised parts alone, three letters or more each, one of them a
 *   person's name or an organisation's garbled form ("Khamas"; a place's,
 *   "Kanzas", may be the first word of a name hyphened whole), none a given
 *   name ("Jean-Pierre") and no combining form ("Sino") that is no name.
 */
export function compoundParts(text: string, folded: string, kb: CompoundLists): readonly number[] | undefined {
  if (kb.isNameElement(folded)) return undefined;
  const bounds: number[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !HYPHENS.test(text[i]!)) continue;
    bounds.push(from, i);
    from = i + 1;
  }
  const parts: { folded: string; capital: boolean }[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const part = text.slice(bounds[i], bounds[i + 1]);
    if (part.length < 2) return undefined;
    parts.push({ folded: fold(part), capital: /^\p{Lu}/u.test(part) });
  }
  const isAffix = (p: { folded: string; capital: boolean }) => !p.capital && COMPOUNDING.test(p.folded) && kb.isCommonWord(p.folded);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi && isAffix(parts[lo]!)) lo++;
  while (hi > lo && isAffix(parts[hi - 1]!)) hi--;
  if (lo > 0 || hi < parts.length) {
    // The name between the affixes, whole: it may hold a hyphen or an article of its own ("al-Qurashi-led").
    const [start, end] = [bounds[2 * lo]!, bounds[2 * hi - 1]!];
    if (lo === hi || !parts.slice(lo, hi).some((p) => p.capital) || end - start < 3) return undefined;
    return [...bounds.slice(0, 2 * lo), start, end, ...bounds.slice(2 * hi)];
  }
  const names = parts.filter((p) => p.capital);
  // A name written right needs no reading alone.
  if (ARABIC_ARTICLE.test(folded) || names.length < parts.length || names.some((p) => p.folded.length < 3) || names.every((p) => kb.isNameElement(p.folded) || kb.isCommonWord(p.folded))) return undefined;
  const joins = names.some((p) => kb.isPersonOrGroupForm(p.folded))
    && names.every((p) => kb.isPersonOrGroupForm(p.folded) || kb.isNameElement(p.folded) || (!kb.isGivenName(p.folded) && !p.folded.endsWith('o')));
  // Asked last, as it reads the fuzzy index.
  return joins && !kb.nearHyphenedName(folded, names.map((p) => p.folded)) ? bounds : undefined;
}
