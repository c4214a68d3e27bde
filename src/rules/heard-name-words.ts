import type { Entity, Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import type { Form } from '../gazetteer/gazetteer.js';
import { heardKey } from '../match/heard-key.js';
import { findingOver } from './finding.js';
import { describe } from './describe.js';
import { CONNECTORS } from './runs.js';
import { gluedToDigit, isPlaceNoun, isUnknownName, placedElsewhere } from './name-context.js';
import { isPlace } from './explained-words.js';

/** Keys of two consonants are too common to say which word was meant. */
const MIN_KEY = 3;
/** A key as long as this is heard beside a feature's noun alone ("Astrakhen Oblast"). */
const FEATURE_KEY = 4;
/** Sure of the name, whose other words are there exactly; the word is heard, not seen. */
const CONFIDENCE = 0.7;
/** Both words start with a vowel, or neither: the key has no vowels ("Oxfold" is not Sheffield). */
const VOWEL = /^[aeiou]/;

interface Reading { form: Form; start: number }

/**
 * A word of an organisation's or a place's name spelt back by ear, the
 * other words there exactly: "Samita for Democracy" (Russian «саммита»,
 * the summit's genitive, transliterated). The word is one no gazetteer or
 * dictionary knows, its heard key (heardKey) that of the name's word, and
 * only one name so fits.
 */
export function heardNameWords(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  const gz = kb.gazetteer;
  const findings: Finding[] = [];
  for (const run of runs) {
    for (let p = 0; p < run.length; p++) {
      const w = run[p]!;
      if (!isUnknownWord(kb, w, claimed) || gluedToDigit(doc, w)) continue;
      const key = heardKey(w.folded);
      if (key.length < MIN_KEY) continue;
      const readings = new Map<Entity, Reading>();
      for (const anchor of run) {
        if (anchor === w || CONNECTORS.has(anchor.folded)) continue;
        for (const form of gz.tokenForms.get(anchor.folded) ?? []) {
          if (form.type === 'person' || form.kind === 'garbled' || form.kind === 'dated' || readings.has(form.entity)) continue;
          const start = fitAt(doc, form, run, p, key);
          if (start !== undefined) readings.set(form.entity, { form, start });
        }
      }
      // A real surname or a town names the company or club ("Vatutino University" is no Fudan University).
      if (readings.size !== 1 || kb.isSurname(w.folded) || (!doc.ocr && isPlace(kb, w.folded))) continue;
      const [{ form, start }] = readings.values();
      // A feature's or a unit's noun alone ("Island", "Oblast") is in thousands of place names: beside it
      // only a word of four consonants or more is heard as a name's ("Astrakhen Oblast", not "Craney
      // Island": Green Island). In OCR'd text one misread letter may have made the word another.
      if (!doc.ocr && key.length < FEATURE_KEY && form.folded.every((t, i) => i === p - start || isPlaceNoun(t) || CONNECTORS.has(t))) continue;
      const words = run.slice(start, start + form.tokens.length);
      if (form.type === 'place' && placedElsewhere(doc, kb, form.entity, words[words.length - 1]!)) continue;
      for (const x of words) claimed.add(x);
      findings.push(findingOver(doc, words[0]!, words[words.length - 1]!, {
        ruleId: `entity/${form.type}`, kind: 'transliteration', confidence: CONFIDENCE,
        message: `“${w.text}” sounds like “${form.tokens[p - start]}” of ${describe(form.entity)}, whose other words are there: spelt back by ear`,
        expected: [form.text], entity: { name: form.entity.name, type: form.type },
      }));
    }
  }
  return findings;
}

/** An unknown name (isUnknownName) no dictionary or given-name list knows either, nor any name's word. */
function isUnknownWord(kb: Knowledge, w: Word, claimed: ReadonlySet<Word>): boolean {
  return isUnknownName(kb, w, claimed) && !w.common && !w.givenName && !kb.gazetteer.tokenForms.has(w.folded) && !kb.isDictionaryName(w.folded);
}

/**
 * Where the form lies over the run with the word at `p` as one of its words
 * heard alike, every other word exactly there; undefined if it does not.
 */
function fitAt(doc: Document, form: Form, run: Word[], p: number, key: string): number | undefined {
  const n = form.folded.length;
  for (let i = 0; i < n; i++) {
    const start = p - i;
    if (start < 0 || start + n > run.length || heardKey(form.folded[i]!) !== key || VOWEL.test(form.folded[i]!) !== VOWEL.test(run[p]!.folded)) continue;
    let fits = true;
    for (let j = 0; j < n && fits; j++) {
      const x = run[start + j]!;
      fits = (j === i || x.folded === form.folded[j]) && (j === 0 || doc.adjacent(run[start + j - 1]!, x));
    }
    if (fits) return start;
  }
  return undefined;
}
