import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { findingOver } from './finding.js';
import { describe } from './describe.js';
import { PERSON_CUES, roleHolds } from './name-context.js';

/** The words a title may span before the name ("Secretary of State", "Foreign Minister"). */
const MAX_TITLE_WORDS = 4;

/** Courtesy titles say nothing of an office. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lady']);

/** Sure of the office, not of the person: a warning, never an automatic fix. */
const CONFIDENCE = 0.7;

/**
 * A world-famous person's surname under their title with another given name
 * ("Secretary of State Abraham Blinken"): MT that does not know the person
 * guesses a given name from the transliteration. Only where the surname is
 * theirs alone in the gazetteer and the title is their office: a relative
 * ("Hunter Biden") holds no title of theirs, and a namesake in office
 * ("Pierre Trudeau") is in the gazetteer himself, which makes the surname
 * shared.
 */
export function swappedGivenNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  const gz = kb.gazetteer;
  const findings: Finding[] = [];
  for (const run of runs) {
    for (let p = 1; p < run.length; p++) {
      const surname = run[p]!;
      const given = run[p - 1]!;
      const e = surname.known;
      if (!e || e.type !== 'person' || e.rank !== 1 || claimed.has(given) || !given.givenName || !doc.adjacent(given, surname)) continue;
      const title = officeTitle(doc, given);
      if (!title || !roleHolds(e, title)) continue;
      const bearers = new Set((gz.forms.get(surname.folded) ?? []).map((f) => f.entity));
      if (bearers.size !== 1 || kb.isCommonSurname(surname.folded)) continue;
      const forms = gz.entityForms.get(e) ?? [];
      if (forms.some((f) => f.folded.includes(given.folded))) continue;
      claimed.add(given);
      findings.push(findingOver(doc, given, surname, {
        ruleId: 'entity/person', kind: 'transliteration', confidence: CONFIDENCE,
        message: `“${given.text} ${surname.text}” looks like ${describe(e)}, with another given name: MT guesses one for a name it does not know`,
        expected: [e.name], entity: { name: e.name, type: 'person' },
      }));
    }
  }
  return findings;
}

/**
 * The office word of the title right before `w` ("secretary" in "Secretary of
 * State Abraham"): a cue word among the capitalised words, and "of" or "the",
 * that lead up to it.
 */
function officeTitle(doc: Document, w: Word): string | undefined {
  let next = w;
  for (let i = 0; i < MAX_TITLE_WORDS; i++) {
    const before = doc.previous(next);
    if (!before || !doc.adjacent(before, next)) return undefined;
    if (PERSON_CUES.has(before.folded)) return COURTESY.has(before.folded) ? undefined : before.folded;
    if (!before.capitalised && before.folded !== 'of' && before.folded !== 'the') return undefined;
    next = before;
  }
  return undefined;
}
