import type { Entity, Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { findingOver } from './finding.js';
import { describe } from './describe.js';
import { PERSON_CUES, roleHolds, roleInSentence, sentenceWordsBut } from './name-context.js';

/** The words a title may span before the name ("Secretary of State", "Foreign Minister"). */
const MAX_TITLE_WORDS = 4;

/** Words from a title's cue word to the name, when the sentence names the role ("Minister of Economy, Trade and Industry"). */
const CUE_LOOKBACK = 7;

/** Courtesy titles say nothing of an office. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lady']);

/** Sure of the office, not of the person: a warning, never an automatic fix. */
const CONFIDENCE = 0.7;

/**
 * A famous person's surname under their title with another given name
 * ("Secretary of State Abraham Blinken", "Minister of Economy, Trade and
 * Industry Yasuminoru Nishimura"): MT that does not know the person guesses a
 * given name from the transliteration, or another reading of its characters.
 * The title must be their office, and the surname theirs alone, or the
 * sentence must name their role too. A relative ("Hunter Biden") holds no
 * title of theirs, and a namesake in office ("Pierre Trudeau") is in the
 * gazetteer himself, which makes the surname shared.
 */
export function swappedGivenNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  const findings: Finding[] = [];
  for (const run of runs) {
    for (let p = 1; p < run.length; p++) {
      const surname = run[p]!;
      const given = run[p - 1]!;
      if (!surname.known || claimed.has(given) || !doc.adjacent(given, surname) || !(given.givenName || isUnknownWord(kb, given))) continue;
      const e = titledBearer(doc, kb, given, surname);
      if (!e) continue;
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

/** A capitalised word that names nothing known: a given name MT made up ("Yasuminoru"). */
function isUnknownWord(kb: Knowledge, w: Word): boolean {
  return w.capitalised && !w.allCaps && !w.common && !w.sentenceStart && !kb.gazetteer.forms.has(w.folded) && !kb.isSurname(w.folded);
}

/**
 * The one famous bearer of the surname whose office the title before the
 * given name is: the surname's only bearer, or the only one whose role the
 * sentence names too.
 */
function titledBearer(doc: Document, kb: Knowledge, given: Word, surname: Word): Entity | undefined {
  const gz = kb.gazetteer;
  const e = surname.known!;
  const bearers = new Set((gz.forms.get(surname.folded) ?? []).map((f) => f.entity));
  // The given name of any bearer makes the name theirs ("Abraham Lincoln", not his son's).
  if ([e, ...bearers].some((b) => (gz.entityForms.get(b) ?? []).some((f) => f.folded.includes(given.folded)))) return undefined;
  const title = officeTitle(doc, given);
  if (e.type === 'person' && e.rank === 1 && title && roleHolds(e, title) && bearers.size === 1 && bearers.has(e) && !kb.isCommonSurname(surname.folded)) return e;
  const cue = cueBefore(doc, given);
  if (!cue) return undefined;
  const sentence = sentenceWordsBut(doc, given, surname);
  const held = [...bearers].filter((b) => b.type === 'person' && b.rank <= 2 && roleHolds(b, cue) && roleInSentence(kb, b, sentence));
  return held.length === 1 ? held[0] : undefined;
}

/** The office cue word earlier in the sentence than `w` ("minister" in "Minister of Economy, Trade and Industry"). */
function cueBefore(doc: Document, w: Word): string | undefined {
  let p = doc.previous(w);
  for (let i = 0; i < CUE_LOOKBACK && p && p.sentence === w.sentence; i++, p = doc.previous(p)) {
    if (PERSON_CUES.has(p.folded)) return COURTESY.has(p.folded) ? undefined : p.folded;
  }
  return undefined;
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
