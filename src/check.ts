import type { CheckOptions, Finding, VariantPolicy } from './types.js';
import { splitForm } from './gazetteer/gazetteer.js';
import { Document, type Word } from './document.js';
import { defaultKnowledge } from './gazetteer/load.js';
import { nameRuns } from './rules/runs.js';
import { markKnownNames, nameFindings, type Resolution } from './rules/names.js';
import { phraseFindings } from './rules/phrases.js';
import { homoglyphFindings } from './rules/homoglyphs.js';
import { acronymFindings } from './rules/acronyms.js';
import { reorderedFindings } from './rules/reordered.js';
import { longNameFindings } from './rules/long-names.js';
import { swappedGivenNames } from './rules/swapped-given-names.js';
import { retitledNames } from './rules/retitled-names.js';
import { heardNameWords } from './rules/heard-name-words.js';
import { heardNames } from './rules/heard-names.js';
import { withoutExplainedWords, withoutWrittenPlaces } from './rules/explained-words.js';
import { ocrWordFindings } from './rules/ocr-words.js';
import { glyphWordFindings } from './rules/glyph-words.js';
import { respeltNames } from './rules/respelt-names.js';
import { surestFindings } from './rules/surest-findings.js';
import { clamp, severityOf } from './rules/finding.js';
import { withWrittenEnds } from './rules/written-ends.js';

/** Default confidence threshold: keeps clean professional prose nearly silent. */
export const DEFAULT_MIN_CONFIDENCE = 0.6;

/** Findings this sure, at least one per thousand words, are evidence of machine translation. */
const SURE = 0.8;

/** Phrase rules less sure than this are as sure as they say only where other findings show machine translation. */
const WEAK_PHRASE = 0.75;
/** What a weak phrase rule's finding loses elsewhere: below the default threshold. */
const UNSHOWN_MT = 0.15;

/** Name matches this weak neither claim words nor count as context. */
const RESOLVE_FLOOR = 0.5;

/** Checks one text; returns its findings sorted by position, best first on ties. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  const kb = options.knowledge ?? defaultKnowledge();
  const min = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const doc = new Document(text, kb);
  const runs = nameRuns(doc);
  const memory = new Map<string, Resolution>();
  const claimed = new Set<Word>();
  const floor = Math.min(min, RESOLVE_FLOOR);
  // OCR'd text: every populated place is known first, so small towns spelt
  // right stay right; then, after the curated names, they are matched too.
  const layer = doc.ocr ? kb.ocrLayer() : undefined;
  if (layer) markKnownNames(doc, layer.gazetteer, runs);
  const found = [
    ...homoglyphFindings(doc, kb),
    // Before the names: a word a digit misprinted is that word, not a name one glyph from it.
    ...glyphWordFindings(doc, kb, claimed),
    // Before the names: an East Asian name read back from Russian syllables is that name, exactly, not one a letter or two from it.
    ...respeltNames(doc, kb, runs, claimed),
    // Below the threshold too: resolutions must not depend on what is reported.
    ...nameFindings(doc, kb, runs, memory, claimed, floor, variantPolicies(options.variants)),
    ...(layer ? nameFindings(doc, layer, runs, memory, claimed, floor) : []),
    ...reorderedFindings(doc, kb, runs, claimed),
    ...longNameFindings(doc, kb, runs, claimed),
    ...swappedGivenNames(doc, kb, runs, claimed),
  ];
  // After the filter: a word heard as a name is read with its own pointers, not as a place or a dictionary word.
  const explained = withoutExplainedWords(found, doc, kb);
  // Then the words no rule has read: names heard by ear, and, last, a name
  // under the title of a person the text names right; none of them inside a
  // town's name written out whole.
  const names = withoutWrittenPlaces([
    ...explained, ...heardNames(doc, kb, runs, claimed, explained), ...heardNameWords(doc, kb, runs, claimed), ...retitledNames(doc, kb, runs, claimed),
  ], doc, kb);
  // Ordinary words OCR misread, among the words no name rule has read.
  const ocrWords = ocrWordFindings(doc, kb, claimed);
  // Phrase contexts see what garbled names say ("Khamas" counts as Hamas), so
  // fixing a name never makes a phrase rule fire on a second run.
  for (const f of names) doc.addResolved(doc.sentenceAt(f.offset), f.expected[0] ?? '');
  const withPhrases = [...names, ...ocrWords, ...phraseFindings(doc, kb)];
  const sure = withPhrases.filter((f) => f.confidence >= SURE && f.kind !== 'ocr').length;
  const machineTranslated = sure >= 2 && sure * 1000 >= doc.words.length;
  // A weak phrase rule's phrase is English too ("Near East" in a speech of 1950): surer where MT shows.
  const phrases = machineTranslated ? withPhrases : withPhrases.map((f) => (f.ruleId.startsWith('phrase/') && f.confidence < WEAK_PHRASE ? unsure(f) : f));
  const all = [...phrases, ...acronymFindings(doc, kb, runs, machineTranslated)];
  return surestFindings(all.filter((f) => f.confidence >= min).map((f) => withWrittenEnds(text, f)));
}

/** A finding made less sure, its severity with it. */
function unsure(f: Finding): Finding {
  const confidence = clamp(f.confidence - UNSHOWN_MT);
  return { ...f, confidence, severity: severityOf(confidence) };
}

/** The user's per-form variant policy, keyed by folded form. */
function variantPolicies(variants: CheckOptions['variants']): Map<string, VariantPolicy> {
  return new Map(Object.entries(variants ?? {}).map(([form, policy]) => [splitForm(form).folded.join(' '), policy]));
}
