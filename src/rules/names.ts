import type { Entity, Finding, FindingKind, VariantPolicy } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { formCount, splitForm, suggestable, type Form, type GazetteerView } from '../gazetteer/gazetteer.js';
import { declinedStems, isFeminineForm, similarity, soundsAlike, type Similarity, type Via } from '../match/similarity.js';
import { LOOKALIKE } from '../match/ocr-distance.js';
import { findingOver } from './finding.js';
import { memoised } from './memoised.js';
import { describe } from './describe.js';
import { firstWordIsNominal } from '../nlp/first-word.js';
import { PERSON_CUES, PLACE_CUES, PLACE_FEATURES, countryBefore, titleRightBefore, foreignRank, roleHolds, titleAgrees, namesBeside, introducedNames, isAcronymForm, isDashCompound, isDerivation, standsAlone } from './name-context.js';

const MAX_ANCHORED_FORMS = 60;
/** Names a word spelt as MT writes a name's word may point at (the forms holding "Times"). */
const MAX_SPELLED_FORMS = 2000;

/** Support from the entity being named elsewhere in the text. */
const MENTION_BONUS = 0.1;

/**
 * A known entity form laid over words of a run. Built with every field, in
 * this order, wherever it is built: one object shape keeps the code that
 * reads alignments optimised.
 */
interface Alignment {
  form: Form;
  /** Set when words and form tokens do not pair one to one (split or joined names). */
  replacement: string | undefined;
  words: Word[];
  sims: Similarity[];
  changed: number[];
  confidence: number;
  /** Tokens of the text equal to the form's tokens letter for letter (tie-break). */
  literal: number;
  /** Whether the entity was already mentioned when this was scored. */
  mentioned: boolean;
  /**
   * One word, first in its sentence: it stands only where that word is a noun,
   * which the NLP library tells; asked only of an alignment about to win, since
   * loading the library costs more than checking a whole article.
   */
  firstOfSentence: boolean;
}

export interface Resolution { replacement: string; alternatives: string[]; entity: Entity; confidence: number; via: Via }

/**
 * Entity misspellings: exact forms mark words as known; then words not known
 * are compared with gazetteer names (token by token, anchored by exact
 * neighbours) and the best explained match becomes a finding.
 */
export function nameFindings(
  doc: Document, kb: Knowledge, runs: Word[][], memory: Map<string, Resolution>, claimed: Set<Word>, minConfidence: number,
  variants: ReadonlyMap<string, VariantPolicy> = new Map(),
): Finding[] {
  // Each step its own function: V8 optimises each alone, and the rare
  // deoptimisation of one does not recompile all of them.
  const findings: Finding[] = [];
  const disowned = exactFindings(doc, kb, runs, memory, claimed, variants, findings);
  const alignments = fuzzyAlignments(doc, kb, runs, claimed, disowned);
  const chosen = chooseAlignments(doc, alignments, claimed, minConfidence);
  alignmentFindings(doc, kb, chosen, memory, minConfidence, findings);
  rememberedFindings(doc, kb, runs, memory, claimed, findings);
  return findings;
}

/** 1. Exact forms, longest first: they mark words known; garbled forms found here are findings. Returns the words a title disowned. */
function exactFindings(
  doc: Document, kb: Knowledge, runs: Word[][], memory: Map<string, Resolution>, claimed: Set<Word>,
  variants: ReadonlyMap<string, VariantPolicy>, findings: Finding[],
): Set<Word> {
  const gz = kb.gazetteer;
  const disowned = new Set<Word>();
  for (const run of runs) {
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      for (let n = Math.min(gz.maxTokens, run.length - i); n >= 1 && !matched; n--) {
        const words = run.slice(i, i + n);
        const forms = exactForms(gz, words);
        if (!forms) continue;
        if (titleDisowns(doc, words, forms)) { disowned.add(words[0]!); continue; }
        const accepted = forms.find((f) => f.kind !== 'garbled');
        if (accepted) {
          markKnown(doc, words, accepted.entity);
          const dated = datedFinding(doc, words, accepted, variants);
          if (dated) findings.push(dated);
          matched = n;
        } else {
          // One garble of several names ("Rodzhers": Rodgers, Rogers): the
          // one the text already names, else the most prominent, leads.
          const bearers = [...new Set(forms.map((f) => f.entity))]
            .sort((a, b) => Number(doc.mentions.has(b)) - Number(doc.mentions.has(a)) || a.rank - b.rank);
          const e = bearers[0]!;
          const g = forms.find((f) => f.entity === e)!;
          const closest = closestAccepted(kb, e, words);
          const best = spelledName(kb, e, words, closest);
          const others = bearers.slice(1).map((x) => spelledName(kb, x, words, closestAccepted(kb, x, words)));
          findings.push(findingOver(doc, words[0]!, words[n - 1]!, {
            ruleId: ruleFor(e), kind: 'transliteration', confidence: 0.95,
            message: best === closest ? `“${g.text}” is a known garbled form of ${describe(e)}`
              : `“${g.text}” is a known garbled spelling of “${best}”, as in the name of ${describe(e)}`,
            expected: [...new Set([best, e.name, ...others])], entity: { name: e.name, type: e.type },
          }));
          for (const w of words) claimed.add(w);
          if (n === 1) memory.set(words[0]!.folded, { replacement: best, alternatives: [e.name], entity: e, confidence: 0.95, via: 'exact' });
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
  return disowned;
}

/** 2. Fuzzy alignments around every word that is not known. */
function fuzzyAlignments(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>, disowned: Set<Word>): Alignment[] {
  const gz = kb.gazetteer;
  const introduced = introducedNames(runs, kb);
  const alignments: Alignment[] = [];
  for (const run of runs) {
    // Changing an English word needs an exact, unusual neighbour to vouch for
    // it (align()): a run of English words alone ("The", "In New") has none.
    if (run.every((w) => w.common || w.folded.length < 3)) continue;
    for (let p = 0; p < run.length; p++) {
      const w = run[p]!;
      if (w.known || claimed.has(w) || !w.nameWord || w.folded.length < 3) continue;
      // Such a word changes only beside an exact name, so never into a one-word name.
      const vouched = needsVouching(kb, w, disowned);
      const minTokens = vouched ? 2 : 1;
      if (run.length < minTokens) continue;
      const spelled = kb.nameWordsSpelledBy(w.folded);
      const cands = candidatesFor(gz, w.folded, doc.ocr, spelled);
      const forms = new Set<Form>(vouched ? sharingToken(gz, run, p, cands.fuzzy) : cands.fuzzy);
      // The words it spells ("Tayms": Times; "Stiven": Stephen, Steven) point
      // at the names holding them, as an exact word would. English words are no
      // fuzzy targets, and such spellings are rare outside garbled text, so
      // even the hundreds of names with "Times" are read.
      for (const word of spelled) {
        if (formCount(gz.tokenForms, word) > MAX_SPELLED_FORMS) continue;
        for (const f of gz.tokenForms.get(word) ?? []) if (f.tokenCount <= run.length) forms.add(f);
      }
      for (let q = Math.max(0, p - 3); q <= Math.min(run.length - 1, p + 3); q++) {
        if (run[q]!.common) continue;
        // A token hundreds of names share ("John", "Republic") anchors nothing.
        if (formCount(gz.tokenForms, run[q]!.folded) > MAX_ANCHORED_FORMS) continue;
        for (const f of gz.tokenForms.get(run[q]!.folded) ?? []) if (f.tokenCount > 1) forms.add(f);
      }
      for (const form of forms) {
        // A name longer than the run cannot lie over it; asked first, it spares decoding the form.
        const n = form.tokenCount;
        if (n > run.length || n < minTokens) continue;
        // A word that spells one name in another romanisation is no slip for another ("Woloschin" is Voloshin, not Volodin).
        if (n === 1 && !doc.ocr && cands.twins.size && !cands.twins.has(form.entity) && !spelled.includes(form.folded[0]!)) continue;
        const close = cands.closeTokens(form);
        if (close === 0) continue;
        for (let s = Math.max(0, p - n + 1); s <= p && s + n <= run.length; s++) {
          if (!(close & (1 << (p - s)))) continue;
          const a = align(doc, kb, form, run.slice(s, s + n), claimed, introduced, disowned);
          if (a) alignments.push(a);
        }
      }
    }
  }

  alignments.push(...splitAndJoined(doc, kb, runs, claimed), ...splitGivenNames(doc, kb, runs, claimed), ...hyphenedNames(doc, kb, runs, claimed), ...adjectivalPlaces(doc, kb, runs, claimed));
  return alignments;
}

/**
 * 3. Best alignments win; a word is corrected once. Selection uses the
 * confidence before support from other resolutions, which is added after
 * (alignmentFindings): an entity resolved twice supports both, exactly as an
 * exact mention would once one of them is fixed, so fixing never raises what is left.
 */
function chooseAlignments(doc: Document, alignments: Alignment[], claimed: Set<Word>, minConfidence: number): Alignment[] {
  alignments.sort((a, b) => b.confidence - a.confidence || b.literal - a.literal || a.form.entity.rank - b.form.entity.rank);
  const chosen: Alignment[] = [];
  // A spelling resolved to one entity is not reread as another elsewhere in the
  // text ("Ibrahim Kalyn … Kalyn said"): the weaker reading would only hide it.
  const verdicts = new Map<string, Entity>();
  for (const a of alignments) {
    if (a.confidence + (a.mentioned ? 0 : MENTION_BONUS) < minConfidence) continue;
    const changedWords = a.changed.map((i) => a.words[i]!);
    if (changedWords.some((w) => claimed.has(w) || (verdicts.get(w.folded) ?? a.form.entity) !== a.form.entity)) continue;
    if (a.firstOfSentence && !shownAsNoun(doc, a.words[0]!) && !firstWordIsNominal(sentenceText(doc, a.words[0]!), a.words[0]!.text)) continue;
    for (const w of changedWords) { claimed.add(w); verdicts.set(w.folded, a.form.entity); }
    chosen.push(a);
  }
  return chosen;
}

/**
 * The chosen alignments as findings. One spelling, one verdict: every
 * occurrence of a garbled spelling gets the best confidence any of them
 * earned. Support counts other spellings only: a word repeated is one piece
 * of evidence, not several.
 */
function alignmentFindings(doc: Document, kb: Knowledge, chosen: Alignment[], memory: Map<string, Resolution>, minConfidence: number, findings: Finding[]): void {
  const spelling = (a: Alignment) => a.changed.map((i) => a.words[i]!.folded).join(' ');
  const best = new Map<string, number>();
  const spellings = new Map<Entity, Set<string>>();
  for (const a of chosen) {
    const key = `${a.form.entity.id}\u0000${spelling(a)}`;
    best.set(key, Math.max(best.get(key) ?? 0, a.confidence));
    spellings.set(a.form.entity, (spellings.get(a.form.entity) ?? new Set()).add(spelling(a)));
  }
  for (const a of chosen) {
    a.confidence = best.get(`${a.form.entity.id}\u0000${spelling(a)}`)!;
    if (!a.mentioned && spellings.get(a.form.entity)!.size > 1) a.confidence += MENTION_BONUS;
    if (a.confidence < minConfidence) continue;
    const first = a.changed[0]!;
    const last = a.changed[a.changed.length - 1]!;
    const e = a.form.entity;
    // One text, one spelling: a word already resolved keeps that resolution.
    const earlier = first === last ? memory.get(a.words[first]!.folded) : undefined;
    const via = weakest(a);
    const replacement = earlier?.entity === e ? earlier.replacement
      : a.replacement ?? (byItsName(a, via) ? e.name : a.form.tokens.slice(first, last + 1).join(' '));
    const alternatives = a.replacement ? [] : otherForms(kb, a, first, last).filter((x) => x !== replacement);
    const actual = doc.text.slice(a.words[first]!.start, a.words[last]!.end);
    findings.push(findingOver(doc, a.words[first]!, a.words[last]!, {
      ruleId: ruleFor(e), kind: kindOf(via.via), confidence: a.confidence,
      message: `“${actual}” looks like a misspelling of “${replacement}” (${describe(e)}): ${explain(via)}`,
      expected: [replacement, ...alternatives], entity: { name: e.name, type: e.type },
    }));
    if (first === last) memory.set(a.words[first]!.folded, { replacement, alternatives, entity: e, confidence: a.confidence, via: via.via });
    doc.mentions.add(e);
  }
}

/**
 * 4. Document memory: a garbled word resolved once resolves the same way
 * again, alone or beside words of that entity's name ("Kalyn said"), not
 * inside another name ("Aleksandr" resolved in one Russian's name says
 * nothing of the next Aleksandr's).
 */
function rememberedFindings(doc: Document, kb: Knowledge, runs: Word[][], memory: Map<string, Resolution>, claimed: Set<Word>, findings: Finding[]): void {
  for (const run of runs) {
    for (const w of run) {
      if (w.known || claimed.has(w)) continue;
      const r = memory.get(w.folded);
      if (!r || w.text === r.replacement || !amongOwnName(doc, kb, w, r.entity)) continue;
      claimed.add(w);
      findings.push(findingOver(doc, w, w, {
        ruleId: ruleFor(r.entity), kind: kindOf(r.via), confidence: r.confidence,
        message: `“${w.text}” was resolved to “${r.replacement}” (${describe(r.entity)}) earlier in this text`,
        expected: [r.replacement, ...r.alternatives], entity: { name: r.entity.name, type: r.entity.type },
      }));
    }
  }
}

/** Every name word next to `w` is a word of the entity's own forms (or a title, or an English word). */
function amongOwnName(doc: Document, kb: Knowledge, w: Word, e: Entity): boolean {
  const beside = namesBeside(doc, w).filter((x) => !x.common);
  if (!beside.length) return true;
  const forms = kb.gazetteer.entityForms.get(e) ?? [];
  return beside.every((x) => forms.some((f) => f.folded.includes(x.folded)));
}

/** Confidence of a dated form: worth a warning, not an automatic fix. */
const DATED_CONFIDENCE = 0.7;

/**
 * A form the entity no longer uses ("Swaziland", Eswatini since 2018),
 * unless the user accepts it; or an accepted form the user wants flagged
 * ("Kiev"). Keys of `variants` are folded forms.
 */
function datedFinding(doc: Document, words: Word[], form: Form, variants: ReadonlyMap<string, VariantPolicy>): Finding | undefined {
  const policy = variants.get(form.folded.join(' '));
  const flagged = form.kind === 'dated' ? policy !== 'accept' : form.kind !== 'name' && policy === 'flag';
  if (!flagged) return undefined;
  const e = form.entity;
  return findingOver(doc, words[0]!, words[words.length - 1]!, {
    ruleId: 'entity/dated-form', kind: 'variant', confidence: DATED_CONFIDENCE,
    message: `“${form.text}” is a dated or discouraged form of ${describe(e)}; it is now written “${e.name}”`,
    expected: [e.name], entity: { name: e.name, type: e.type },
  });
}

/**
 * A specialist's bare surname after a title their role does not hold
 * ("Chancellor Scholtz", where Scholtz is a violinist) is left unknown,
 * and the title vouches for it as an exact neighbour would, so a famous near
 * name can claim it.
 */
function titleDisowns(doc: Document, words: Word[], forms: Form[]): boolean {
  if (words.length !== 1) return false;
  const before = doc.previous(words[0]!);
  if (!before || !doc.adjacent(before, words[0]!) || !PERSON_CUES.has(before.folded)) return false;
  return forms.every((f) => f.kind === 'short' && f.type === 'person' && f.entity.rank === 3 && !roleHolds(f.entity, before.folded));
}

/** The gazetteer forms spelt exactly like these words, if they can be a name there. */
function exactForms(gz: GazetteerView, words: Word[]): Form[] | undefined {
  const last = words[words.length - 1]!;
  // A designation ends in its number ("S-400"); runs hold numbers only so.
  if (!last.nameWord && !(last.number && words.length > 1)) return undefined;
  const forms = gz.forms.get(words.length === 1 ? last.folded : words.map((w) => w.folded).join(' '));
  if (!forms) return undefined;
  const accepted = forms.some((f) => f.kind !== 'garbled');
  // "He" is a pronoun before it is He Lifeng; a mixed-script or marked
  // token folds like a known form but is not one.
  if (accepted && words.length === 1 && words[0]!.common && !words[0]!.allCaps) return undefined;
  if (accepted && words.some((w) => w.suspicious)) return undefined;
  return forms;
}

function markKnown(doc: Document, words: Word[], e: Entity): void {
  for (const w of words) w.known ??= e;
  doc.mentions.add(e);
}

/**
 * Marks the words a gazetteer knows exactly, and nothing else: an extra layer
 * (small places in OCR'd text) must vouch for correct names before the main
 * gazetteer tries to correct them.
 */
export function markKnownNames(doc: Document, gz: GazetteerView, runs: Word[][]): void {
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      for (let n = Math.min(gz.maxTokens, run.length - i); n >= 1; n--) {
        const accepted = exactForms(gz, run.slice(i, i + n))?.find((f) => f.kind !== 'garbled');
        if (!accepted) continue;
        markKnown(doc, run.slice(i, i + n), accepted.entity);
        i += n - 1;
        break;
      }
    }
  }
}

/**
 * "Americas" is a plural of "America", not a misspelt "Americans", and
 * "Latin-American" an adjective of "Latin America": a word derived from
 * any form of the same entity (written as one word) names it correctly.
 */
function derivesFromOwnForm(gz: GazetteerView, written: string, form: Form): boolean {
  const bare = written.replace(/[-']/g, '');
  return (gz.entityForms.get(form.entity) ?? []).some((f) => suggestable(f) && isDerivation(bare, f.folded.join('').replace(/[-']/g, ''), form.entity.type === 'person'));
}

/** An acronym, plural ones included ("HMOs"): read by the acronym rule, never as a misspelt name. */
function isAcronym(w: Word): boolean {
  return w.allCaps || /^\p{Lu}{2,}s$/u.test(w.text);
}

/** Four letters or fewer, an English word or a common given name: too plain to stand for one entry alone. */
function isPlainWordOrShort(kb: Knowledge, folded: string): boolean {
  return folded.length <= 4 || kb.isCommonWord(folded) || kb.isGivenName(folded);
}

/**
 * A word that is another entity's correct name, a name element some entry
 * uses (Mohamed, Yusuf), or an English word: align() rereads it only when an
 * exact neighbour vouches for the entity. A title vouches for a word it
 * disowned (titleDisowns).
 */
function needsVouching(kb: Knowledge, w: Word, disowned: ReadonlySet<Word>): boolean {
  if (disowned.has(w)) return false;
  return w.known !== undefined || w.givenName || w.common || kb.isNameElement(w.folded);
}

/**
 * Of a word's fuzzy candidates, those align() can accept when the word needs
 * vouching: a name with one of the run's words in it exactly, the word itself
 * or a distinctive neighbour (an anchor). Asked by id, before any name is decoded.
 */
function sharingToken(gz: GazetteerView, run: Word[], p: number, fuzzy: Form[]): Form[] {
  if (!fuzzy.length) return fuzzy;
  const anchored: Set<Form>[] = [];
  // An anchor lies within the longest candidate of the word.
  let reach = 0;
  for (const f of fuzzy) reach = Math.max(reach, f.tokenCount - 1);
  for (let q = Math.max(0, p - reach); q <= Math.min(run.length - 1, p + reach); q++) {
    const x = run[q]!;
    const forms = q === p || isAnchor(x) ? formsWithToken(gz, x.folded) : undefined;
    if (forms) anchored.push(forms);
  }
  return anchored.length ? fuzzy.filter((f) => anchored.some((forms) => forms.has(f))) : [];
}

const MAX_TOKEN_SETS = 20_000;
const tokenSetCache = new WeakMap<GazetteerView, Map<string, Set<Form> | undefined>>();

/** The forms holding a token, as a set kept per token: a given name's thousands of forms are gathered once, not per word. */
function formsWithToken(gz: GazetteerView, folded: string): Set<Form> | undefined {
  return memoised(tokenSetCache, gz, MAX_TOKEN_SETS, folded, () => {
    const forms = gz.tokenForms.get(folded);
    return forms?.length ? new Set(forms) : undefined;
  });
}

/** A short form that is the whole name too ("Deepa Mehta" for her), not a surname of several words ("von der Leyen"). */
function isWholeName(gz: GazetteerView, form: Form): boolean {
  const text = form.folded.join(' ');
  return (gz.entityForms.get(form.entity) ?? []).some((f) => f.kind !== 'short' && f.kind !== 'garbled' && f.folded.join(' ') === text);
}

/** Transliteration keys that agree: the same name, romanised otherwise. */
function isRomanisation(sim: Similarity): boolean {
  return sim.via === 'transliteration' && sim.cost <= 0.5;
}

/** Letters Cyrillic leaves when spelt back letter for letter (дж, ж, х, щ, ы, ий, ю, я, ё, ц before a vowel). */
const SPELT_BACK = /dzh|zh|kh|shch|yy|iy$|yu|ya|yo|ts[aeiouy]/;

/**
 * A long word that is a name spelt back from Cyrillic (its transliteration
 * key is the name's, and it bears the letters such spelling leaves), and no
 * one's real name or an English word.
 */
function isSpeltBack(kb: Knowledge, w: Word, sim: Similarity): boolean {
  return isRomanisation(sim) && w.folded.length >= 6 && SPELT_BACK.test(w.folded)
    && !isPlainWordOrShort(kb, w.folded) && !kb.isSurname(w.folded) && !kb.isDictionaryName(w.folded);
}

/** A word other people's names start with ("Deepak", "Rajesh"): a given name of its own, not a garbled one. */
function isOthersGivenName(gz: GazetteerView, folded: string, e: Entity): boolean {
  for (const f of gz.tokenForms.get(folded) ?? []) if (f.type === 'person' && f.entity !== e && f.folded[0] === folded && f.tokenCount > 1) return true;
  return false;
}

const EAST_ASIA = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'JP', 'VN']);

/** Letters no romanisation of Chinese, Japanese or Korean uses, and their Russian spelling does (кх, дз, чж, цз). */
const EAST_ASIAN_SPELT_BACK = /kh|dz|chzh|tsz/;

/** An East Asian name spelt back from Russian ("Sudzuki", "Tadakhiro"): the name itself, not a namesake's. */
function isSpeltBackEastAsian(w: Word, sim: Similarity): boolean {
  return isRomanisation(sim) && EAST_ASIAN_SPELT_BACK.test(w.folded);
}

function isEastAsianPerson(e: Entity): boolean {
  return e.type === 'person' && !!e.country && e.country.split(/,\s*/).some((c) => EAST_ASIA.has(c));
}

/** A word exact in a name that vouches for the rest of it: distinctive, not an English word. */
function isAnchor(w: Word): boolean {
  return !w.common && w.folded.length >= 3;
}

/** A changed word this similar to the name's is a slip, not another word. */
const CLOSE_SLIP = 0.8;

/** The lowest similarity align() accepts for a name alone; after a title its bearer holds, a looser one. */
const SINGLE = 0.75;
const TITLED_SINGLE = 0.7;

/** The lowest similarity align() accepts for a changed word. */
const MIN_WORD_SIMILARITY = 0.6;

/** What a spelling can stand for, the same wherever it occurs. */
interface Candidates {
  /** Forms with a token within fuzzy reach, in lookup order. */
  fuzzy: Form[];
  /**
   * Bit j set when the spelling is close enough to the form's token j for
   * align() to take it there: a verdict without context, asked once per spelling and name word.
   */
  closeTokens(form: Form): number;
  /** Entities with a word in an accepted name whose transliteration key is the spelling's own: whom it spells in another romanisation. */
  twins: ReadonlySet<Entity>;
}

const MAX_CANDIDATE_SPELLINGS = 50_000;
/** Letters a spelling needs for its key to tell one name: shorter keys are many names' ("Deash", "Rekke"). */
const MIN_TWIN = 7;
const candidateCache = new WeakMap<GazetteerView, Map<string, Candidates>>();

function candidatesFor(gz: GazetteerView, folded: string, ocr: boolean, spelled: readonly string[]): Candidates {
  return memoised(candidateCache, gz, MAX_CANDIDATE_SPELLINGS, ocr ? `${folded}\u0000ocr` : folded, () => {
    const fuzzy = new Set<Form>();
    const word = gz.key(folded);
    const twins = new Set<Entity>();
    for (const t of gz.fuzzyTokens(folded, ocr)) {
      const twin = folded.length >= MIN_TWIN && gz.key(t).translit === word.translit;
      for (const f of gz.tokenForms.get(t) ?? []) {
        fuzzy.add(f);
        if (twin && f.kind !== 'garbled') twins.add(f.entity);
      }
    }
    // A name in a case form is beyond the index's reach when the ending is long ("Makronom").
    for (const stem of declinedStems(folded)) for (const t of [stem, ...gz.fuzzyTokens(stem)]) for (const f of gz.tokenForms.get(t) ?? []) fuzzy.add(f);
    // Per name word, not per form: thousands of forms share "john" or "national".
    const near = new Map<string, boolean>();
    const skeleton = ocr ? gz.skeleton : undefined;
    const isNear = (t: string): boolean => {
      let v = near.get(t);
      if (v === undefined) {
        const sim = spelled.includes(t) ? undefined : similarity(word, gz.key(t), skeleton);
        near.set(t, (v = !sim || sim.cost === 0 || sim.score >= MIN_WORD_SIMILARITY));
      }
      return v;
    };
    return {
      fuzzy: [...fuzzy],
      twins,
      closeTokens(form: Form) {
        let m = 0;
        for (let j = 0; j < Math.min(form.folded.length, 31); j++) if (isNear(form.folded[j]!)) m |= 1 << j;
        return m;
      },
    };
  });
}

/** Scores a form laid over words; null when it does not explain them well enough. */
function align(doc: Document, kb: Knowledge, form: Form, words: Word[], claimed: Set<Word>, introduced: Set<string>, disowned: Set<Word>): Alignment | null {
  const gz = kb.gazetteer;
  const sims: Similarity[] = [];
  const changed: number[] = [];
  let strongAnchors = 0;
  // Of those, words not hundreds of names share ("Nguyen", "Kim" are not).
  let distinctAnchors = 0;
  let literal = 0;
  // Words a table reads as the name's ("Nyus": News): sure, but of the word, not of the name.
  const spelled: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const sim = wordSimilarity(kb, w.folded, form.folded[i]!, doc.ocr ? gz.skeleton : undefined);
    sims.push(sim);
    if (kb.spellsNameWord(w.folded, form.folded[i]!)) spelled.push(i);
    if (w.text === form.tokens[i]) literal++;
    if (sim.cost === 0) {
      if (isAnchor(w) && w.folded === form.folded[i]) {
        strongAnchors++;
        if (formCount(gz.tokenForms, w.folded) <= MAX_ANCHORED_FORMS) distinctAnchors++;
      }
    } else changed.push(i);
  }
  if (!changed.length) return null;
  const single = words.length === 1;
  if (!single && strongAnchors === 0) byEar(gz, words, form, sims, changed);
  // Every changed word the name's in another romanisation, one of them
  // distinctive: it vouches for a given name so spelt ("Andrej Lipow").
  const romanised = changed.length >= 2 && changed.every((i) => isRomanisation(sims[i]!)) && changed.some((i) => !needsVouching(kb, words[i]!, disowned));
  let minSim = 1;
  for (const i of changed) {
    const w = words[i]!;
    const sim = sims[i]!;
    if (claimed.has(w) || !w.nameWord || w.folded.length < 3) return null;
    if (isDerivation(w.folded, form.folded[i]!, form.entity.type === 'person') || isFeminineForm(w.folded, form.folded[i]!) || isDashCompound(w, kb)) return null;
    // Two exact neighbours ("Kim Jong …") vouch more than one.
    // A title vouches only for a name whose role holds it ("Chancellor" for Scholz).
    if (disowned.has(w) && !roleHolds(form.entity, doc.previous(w)!.folded)) return null;
    if (needsVouching(kb, w, disowned) && !romanised && (strongAnchors === 0 || sim.score < (strongAnchors >= 2 ? 0.6 : 0.7))) return null;
    // An English word inside a name is only a garbled surname ("Emmanuel Macaroon").
    if (w.common && (form.entity.type !== 'person' || i === 0)) return null;
    // Acronyms are garbled by script, not by spelling: the acronym rule reads them.
    const formIsAcronym = isAcronymForm(form.tokens[i]!);
    if (isAcronym(w) || formIsAcronym) return null;
    // Names of people drop an -a of their own ("Nikit", "Volkov"); places do not.
    if (sim.via === 'ending' && form.entity.type !== 'place') return null;
    // East Asian names are built from a few hundred syllables: a letter or a
    // sound off is another person's real name ("Jiangyong", "Jingyong"; "Shota",
    // "Sota"), not a slip, unless the name is world-famous, two of its less
    // common words are there exactly, or print misread it. Their MT garbles
    // are data (`garbled`).
    if (sim.via !== 'ocr' && isEastAsianPerson(form.entity) && form.entity.rank !== 1 && distinctAnchors < 2 && !isSpeltBackEastAsian(w, sim)) return null;
    minSim = Math.min(minSim, sim.score);
  }
  // A single name must stand alone: "Ahmed Hassan Mohamed" is someone
  // else than "Mohammed", and "Pieter Bartel" is not in Bartın. A word the
  // text gives someone elsewhere as part of a full name (introducedNames)
  // belongs to that person.
  // In OCR'd text one misread glyph in a long word is a misprint of that very
  // word, whoever bears it ("Thomas Merrirnack"): the fix holds either way.
  if (single && !standsAlone(doc, kb, words[0]!) && !isMisprint(doc, words[0]!, form.folded[0]!, sims[0]!)) return null;
  if (single && form.entity.type === 'person' && introduced.has(words[0]!.folded)) return null;
  // A title the person holds vouches for a looser spelling ("Secretary of State Brinkin").
  const titleFits = single && form.entity.type === 'person' && minSim >= TITLED_SINGLE && titleAgrees(doc, kb, form.entity, words[0]!);
  const threshold = single ? (titleFits ? TITLED_SINGLE : SINGLE) : strongAnchors > 0 ? MIN_WORD_SIMILARITY : 0.72;
  if (minSim < threshold) return null;
  // Last of the word tests: it reads every form of the entity.
  if (changed.some((i) => derivesFromOwnForm(gz, words[i]!.folded, form))) return null;
  // Another given name before an exact surname is usually another person
  // ("Jamiel Shaw" is not James Shaw); only a close misspelling passes.
  if (!single && form.entity.type === 'person' && changed[0] === 0 && (form.kind !== 'short' || isWholeName(gz, form)) && sims[0]!.score < 0.75) return null;
  // A given name other people's names start with is another person's ("Deepak Mehta").
  // Not the name in another romanisation, though ("Nadiya" for Nadia: the keys agree).
  if (!single && form.entity.type === 'person' && changed[0] === 0 && !isRomanisation(sims[0]!) && isOthersGivenName(gz, words[0]!.folded, form.entity)) return null;
  // An ambiguous entry's short or ordinary-word form ("IS", "Burns", "James")
  // is no target alone. A famous one's name that it merely shares with
  // another entry ("Clinton", "Macron") still is: the fix is the same
  // whichever of them is meant.
  if (single && form.entity.ambiguous && (form.kind === 'short' || form.folded[0]!.length <= 4)
    && (form.entity.rank === 3 || isPlainWordOrShort(kb, form.folded[0]!))) return null;
  if (single && form.kind === 'name' && form.entity.type === 'person') return null;

  const e = form.entity;
  const misspelt = changed.filter((i) => !spelled.includes(i));
  let confidence = single ? minSim * minSim : strongAnchors > 0 ? 0.35 + 0.65 * minSim : (misspelt.length ? meanSim(words, sims, misspelt) : 1) ** 2;
  const before = doc.previous(words[0]!);
  const after = doc.next(words[words.length - 1]!);
  // A title says a person follows ("General Chennault" is no carmaker).
  const titled = titleRightBefore(doc, words[0]!);
  if (titled && e.type !== 'person') return null;
  if (e.type === 'person' && foreignRank(doc, kb, e, words[0]!)) return null;
  // A word alone is no person's name after an article ("the Cyane", a ship;
  // "the Cheyennes", a people) or before a feature ("Craney Island"). In
  // OCR'd text it may be the feature's own name garbled ("the Hookey
  // Mountains"), worth a flag whatever it suggests.
  const article = before?.folded === 'the' && doc.adjacent(before, words[0]!);
  const feature = after !== undefined && PLACE_FEATURES.has(after.folded) && doc.adjacent(words[0]!, after);
  if (single && e.type === 'person' && !doc.ocr && (article || feature)) return null;
  const cued = e.type === 'person' && before !== undefined && (PERSON_CUES.has(before.folded) || titleFits);
  if (cued) confidence += 0.1;
  // The title stands in for the letters the spelling lacks.
  if (titleFits && minSim < SINGLE) confidence += 0.1;
  if (e.type === 'place' && ((before && PLACE_CUES.has(before.folded)) || (after && PLACE_CUES.has(after.folded)))) confidence += 0.05;
  const mentioned = doc.mentions.has(e);
  if (mentioned) confidence += MENTION_BONUS;
  // "Norwegian billionaire Rokka", "Israeli Prime Minister Netanyahoo": the country agrees.
  const countryAgrees = e.type === 'person' && !!e.country && countryBefore(doc, kb, words[0]!, e.country);
  if (countryAgrees) confidence += 0.1;
  // A specialist's bare surname ("Matson" read as a regional official's
  // "Mazón") is a target only when the text points at them: a title before
  // it, their country, or their name written right elsewhere.
  // Unless it is their name spelt back from another script letter for letter
  // ("Loshontsi" for Losonczi), which no one's real name is.
  if (single && e.type === 'person' && e.rank === 3 && !cued && !countryAgrees && !mentioned && !isSpeltBack(kb, words[0]!, sims[0]!)) return null;
  // Beside a surname many people bear, a word two letters off the name's is a
  // given name: the two are a person ("Haruto Suzuki"), not a company named
  // after one (Maruti Suzuki). A slip ("Lokcheed Martin") is closer.
  const besideCommonSurname = (i: number) => [i - 1, i + 1].some((j) => words[j] !== undefined && !changed.includes(j) && kb.isCommonSurname(words[j]!.folded));
  if (e.type !== 'person' && changed.some((i) => sims[i]!.score < CLOSE_SLIP && besideCommonSurname(i))) return null;
  // A real surname ("Aslan", "Verma") is another person's name, not a garble of
  // a specialist's ("Arslan", "Varma"); a famous name's slip it may still be ("Tromp").
  if (e.rank === 3 && changed.some((i) => kb.isSurname(words[i]!.folded))) return null;
  if (e.rank === 1) confidence += 0.05;
  if (e.rank === 3) confidence -= 0.1;
  // Differences no transliteration or OCR rule explains are weaker evidence,
  // except in OCR'd text, where dropped and added letters are the norm.
  // Two letters off weigh less in a long name than in a short one.
  if ((!doc.ocr || words.some((w) => w.folded.length < 6)) && changed.some((i) => sims[i]!.via === 'edit')) {
    confidence -= single ? Math.min(0.15, 0.9 / words[0]!.folded.length) : 0.05;
  }
  // Exact ordinary words of the name ("Pastor Institute") are weak but real support.
  if (strongAnchors === 0) confidence += Math.min(0.1, 0.05 * (words.length - misspelt.length));
  // A sentence's first word is capitalised anyway: only a noun can be a name.
  return { form, replacement: undefined, words, sims, changed, confidence, literal, mentioned, firstOfSentence: single && words[0]!.sentenceStart };
}

/**
 * similarity(), or half an edit where the word is a word of a name as MT
 * spells it back ("Dzhordzh" for George, "Tayms" for Times): no edit distance
 * sees that, and the word's table entry does.
 */
function wordSimilarity(kb: Knowledge, written: string, name: string, skeleton: ((s: string) => string) | undefined): Similarity {
  if (kb.spellsNameWord(written, name)) return { cost: 0.5, score: 1 - 0.5 / name.length, via: 'transliteration' };
  return similarity(kb.gazetteer.key(written), kb.gazetteer.key(name), skeleton);
}

/** The similarity a word spelt by ear counts for, beside another word of the name spelt so. */
const BY_EAR = 0.85;
/** Consonants the changed words must hold between them, those spelt by ear and those close anyway: "Gey" alone is anybody's. */
const BY_EAR_CONSONANTS = 4;

/**
 * A name of several words, two or more of them changed and no distinctive
 * one exact, each changed word spelt by ear or close anyway: those spelt by
 * ear count as BY_EAR alike. One changed word so spelt is chance.
 */
function byEar(gz: GazetteerView, words: Word[], form: Form, sims: Similarity[], changed: number[]): void {
  if (changed.length < 2) return;
  const heard = changed.filter((i) => sims[i]!.score < BY_EAR && soundsAlike(gz.key(words[i]!.folded), gz.key(form.folded[i]!)));
  if (!heard.length || changed.some((i) => !heard.includes(i) && sims[i]!.score < BY_EAR)) return;
  let consonants = 0;
  for (const i of changed) consonants += gz.key(form.folded[i]!).translit.replace(/[aeiou]/g, '').length;
  if (consonants < BY_EAR_CONSONANTS) return;
  for (const i of heard) sims[i] = { cost: sims[i]!.cost, score: BY_EAR, via: 'transliteration' };
}

/**
 * One look-alike glyph misread in a word of seven letters or more, in OCR'd
 * text; not one vowel for another, which may be another name's spelling
 * (Hollowell, Hallowell).
 */
function isMisprint(doc: Document, w: Word, target: string, sim: Similarity): boolean {
  if (!doc.ocr || sim.via !== 'ocr' || sim.cost > LOOKALIKE || w.folded.length < 7) return false;
  if (w.folded.length !== target.length) return true;
  for (let i = 0; i < target.length; i++) {
    if (w.folded[i] !== target[i]) return !(VOWELS.includes(w.folded[i]!) && VOWELS.includes(target[i]!));
  }
  return false;
}

const VOWELS = 'aeiouy';

/**
 * Confidence in a name written in another shape (split, joined, hyphened):
 * its similarity squared, more for a famous or already mentioned entity,
 * less for an obscure one or a difference no rule explains.
 */
function reshapedConfidence(form: Form, score: number, mentioned: boolean, byEdit: boolean): number {
  const prominence = form.entity.rank === 1 ? 0.05 : form.entity.rank === 3 ? -0.1 : 0;
  return score * score + (mentioned ? MENTION_BONUS : 0) + prominence - (byEdit ? 0.1 : 0);
}

/**
 * Names split or joined on the way: "Jogja Karta" for Yogyakarta (two
 * words, one name) and "Vonderleien" for von der Leyen (one word, a name of
 * several). Scored like single-word matches.
 */
function splitAndJoined(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Alignment[] {
  const gz = kb.gazetteer;
  const out: Alignment[] = [];
  const ocr = doc.ocr ? gz.skeleton : undefined;
  const consider = (words: Word[], written: string, targets: Iterable<string>, lookup: (t: string) => Form[] | undefined, split = false) => {
    for (const t of targets) {
      for (const form of lookup(t) ?? []) {
        if (form.kind === 'garbled' || (form.entity.ambiguous && form.kind === 'short') || derivesFromOwnForm(gz, written, form)) continue;
        const found = similarity(gz.key(written), gz.key(t), ocr);
        const sim = split ? { ...found, via: 'split' as const } : found;
        // Equal but for hyphens and spaces ("Viet-Nam", "Viet Nam") is style, not an
        // error; a word split in two by OCR ("Mel bourne") is one.
        if (sim.score < 0.8 || (sim.cost === 0 && !split)) continue;
        const mentioned = doc.mentions.has(form.entity);
        const confidence = reshapedConfidence(form, sim.score, mentioned, found.via === 'edit');
        out.push({ form, replacement: form.text, words, sims: words.map(() => sim), changed: words.map((_, i) => i), confidence, literal: 0, mentioned, firstOfSentence: false });
      }
    }
  };
  const open = (w: Word) => !w.common && !claimed.has(w) && w.nameWord && !isAcronym(w);
  const usable = (w: Word) => open(w) && !w.known && !gz.tokenForms.has(w.folded);
  // One half of a pair may be a name of its own ("Islam Abbad" for
  // Islamabad, the first half a politician's surname), never a given name.
  const half = (w: Word) => usable(w) || (open(w) && !w.givenName);
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const w = run[i]!;
      if (usable(w) && w.folded.length >= 6 && standsAlone(doc, kb, w)) {
        consider([w], w.folded, gz.fuzzyTokens(w.folded, doc.ocr), (t) => gz.joinedForms.get(t));
      }
      const v = run[i + 1];
      if (!v || !half(w) || !half(v) || !doc.adjacent(w, v)) continue;
      // Both halves known: only as the one-word name of what a half names
      // ("Sanli Ourfa", Ourfa being Şanlıurfa's old name), and not when they
      // are one name already ("Abou Treika" is no misspelt "Aboutrika").
      const owners = usable(w) || usable(v) ? undefined : [w.known, v.known];
      if (owners && w.known === v.known) continue;
      const joined = (w.folded + v.folded).replace(/[-']/g, '');
      const single = (t: string) => gz.forms.get(t)?.filter((f) => f.tokenCount === 1 && (!owners || owners.includes(f.entity)));
      consider([w, v], joined, [joined, ...gz.fuzzyTokens(joined, doc.ocr)], single);
    }
  }
  if (doc.ocr) {
    const oneWord = (t: string) => gz.forms.get(t)?.filter((f) => f.tokenCount === 1);
    for (const run of runs) {
      for (const w of run) {
        const v = doc.next(w);
        // The first piece may be a word ("Mel"), though not one capitalised
        // only for starting a sentence ("We wlll"); the second is none.
        if (!v || w.known || claimed.has(w) || isAcronym(w) || w.folded.length < 3 || (w.common && w.sentenceStart)) continue;
        if (!isSplitTail(doc, w, v) || claimed.has(v)) continue;
        const joined = w.folded + v.folded;
        if (joined.length >= 6) consider([w, v], joined, [joined, ...gz.fuzzyTokens(joined, true)], oneWord, true);
      }
    }
    // A place named by English words ("Broken Hill", "Rocky Mountains"): they
    // are no fuzzy targets alone, so the pair is looked up written as one;
    // one word must be exact and the other a misreading of the name's.
    const english = (w: Word) => w.common && w.capitalised && !claimed.has(w);
    for (const run of runs) {
      for (const w of run) {
        const v = doc.next(w);
        if (!v || !doc.adjacent(w, v)) continue;
        const sides = usable(w) && english(v) ? ([1, 0] as const) : english(w) && usable(v) ? ([0, 1] as const) : undefined;
        if (!sides) continue;
        const [exact, misread] = sides;
        const pair = [w, v];
        if (pair[misread]!.folded.length < 4) continue;
        const misreads = (f: Form) => f.tokenCount === 2 && f.folded[exact] === pair[exact]!.folded
          && similarity(gz.key(pair[misread]!.folded), gz.key(f.folded[misread]!), ocr).via === 'ocr';
        consider(pair, w.folded + v.folded, gz.fuzzyTokens(w.folded + v.folded, true), (t) => gz.joinedForms.get(t)?.filter(misreads));
      }
    }
  }
  return out;
}

/** A syllable-split given name's confidence: the letters are all there, only the spacing is wrong. */
const SPLIT_GIVEN_NAME = 0.85;

/**
 * A given name of two syllables written as two words after the surname:
 * "Liu Jia Yi" for Liu Jiayi, "Lai Ching Te" for Lai Ching-te. The surname
 * and the syllables, joined or hyphened, spell a person's two-word form exactly.
 */
function splitGivenNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Alignment[] {
  const gz = kb.gazetteer;
  const out: Alignment[] = [];
  for (const run of runs) {
    for (let i = 0; i + 2 < run.length; i++) {
      const [u, w, v] = [run[i]!, run[i + 1]!, run[i + 2]!];
      // Any word may be an English one ("Xi Jin Ping"): the exact join vouches for them.
      if (!doc.adjacent(u, w) || !doc.adjacent(w, v) || ![u, w, v].every((x) => x.nameWord && !isAcronym(x))) continue;
      // Words one known name holds already ("Abd El Fattah") are spelt as that name spells them.
      if (claimed.has(w) || claimed.has(v) || (w.known && w.known === v.known) || gz.forms.has(`${u.folded} ${w.folded} ${v.folded}`)) continue;
      for (const given of [w.folded + v.folded, `${w.folded}-${v.folded}`]) {
        for (const form of gz.forms.get(`${u.folded} ${given}`) ?? []) {
          if (form.tokenCount !== 2 || form.type !== 'person' || !suggestable(form)) continue;
          const mentioned = doc.mentions.has(form.entity);
          const confidence = SPLIT_GIVEN_NAME + (mentioned ? MENTION_BONUS : 0) - (form.entity.rank === 3 ? 0.1 : 0);
          const sim: Similarity = { cost: 0, score: 1, via: 'syllables' };
          out.push({ form, replacement: form.tokens[1]!, words: [u, w, v], sims: [sim, sim, sim], changed: [1, 2], confidence, literal: 0, mentioned, firstOfSentence: false });
        }
      }
    }
  }
  return out;
}

/** Capitalised parts joined by hyphens, as Russian joins the words of a foreign name ("Kanzas-Siti"). */
const HYPHENED = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)+$/u;
/** The Arabic article, which English hyphens too ("Al-Wasat", "Ar-Raqqa", "El-Arish"). */
const ARABIC_ARTICLE = /^(a[dlnrstz]|ash|ath|e[dlnrstz])-/;

/**
 * A name of several words written as one hyphened word, as Russian writes
 * foreign names (Стейтен-Айленд, Парк-Лейн) and MT spells them back:
 * "Staten-Aylend" for Staten Island, "Park-Leyn" for Park Lane. Each part is
 * compared with the name's word in its place, so a part MT spells as a
 * table reads it ("Aylend") counts; the whole must be close, each part near.
 */
function hyphenedNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Alignment[] {
  const out: Alignment[] = [];
  for (const run of runs) {
    for (const w of run) {
      if (w.known || claimed.has(w) || !HYPHENED.test(w.text) || ARABIC_ARTICLE.test(w.folded) || isDashCompound(w, kb)) continue;
      for (const { form, sim } of hyphenedReadings(kb, w.folded)) {
        const mentioned = doc.mentions.has(form.entity);
        const confidence = reshapedConfidence(form, sim.score, mentioned, sim.via === 'edit');
        out.push({ form, replacement: form.text, words: [w], sims: [sim], changed: [0], confidence, literal: 0, mentioned, firstOfSentence: false });
      }
    }
  }
  return out;
}

const hyphenedCache = new WeakMap<GazetteerView, Map<string, { form: Form; sim: Similarity }[]>>();

/** The names a hyphened word reads as, part by part: the same wherever it occurs, so found once per spelling. */
function hyphenedReadings(kb: Knowledge, folded: string): { form: Form; sim: Similarity }[] {
  return memoised(hyphenedCache, kb.gazetteer, MAX_CANDIDATE_SPELLINGS, folded, () => readHyphened(kb, folded));
}

function readHyphened(kb: Knowledge, folded: string): { form: Form; sim: Similarity }[] {
  const gz = kb.gazetteer;
  const parts = folded.split('-');
  const forms = new Set<Form>();
  for (const part of parts) {
    for (const t of [part, ...kb.nameWordsSpelledBy(part), ...gz.fuzzyTokens(part)]) {
      if (formCount(gz.tokenForms, t) > MAX_ANCHORED_FORMS) continue;
      for (const f of gz.tokenForms.get(t) ?? []) if (f.tokenCount === parts.length) forms.add(f);
    }
  }
  const readings: { form: Form; sim: Similarity }[] = [];
  for (const form of forms) {
    // "Latin-American" is an adjective of Latin America, not a misspelt "Latin Americans".
    if (form.kind === 'garbled' || (form.entity.ambiguous && form.kind === 'short') || derivesFromOwnForm(gz, folded, form)) continue;
    const sims = parts.map((part, i) => wordSimilarity(kb, part, form.folded[i]!, undefined));
    if (sims.some((x) => x.score < MIN_WORD_SIMILARITY) || sims.every((x) => x.cost === 0)) continue;
    let letters = 0;
    let sum = 0;
    parts.forEach((part, i) => { sum += sims[i]!.score * part.length; letters += part.length; });
    const score = sum / letters;
    if (score < 0.8) continue;
    readings.push({ form, sim: { cost: sims.reduce((c, x) => c + x.cost, 0), score, via: sims.some((x) => x.via === 'edit') ? 'edit' : 'transliteration' } });
  }
  return readings;
}

/** A Russian adjective's ending (-ский, -ская, -ское, -ские; -ово), spelt back. */
const RUSSIAN_ADJECTIVE = /^(\p{L}{3,}?)(?:s?sk(?:iy|ij|aya|aja|oye|oe|iye|ie)|ovo|evo)$/u;
/** What a stem may have lost to the ending ("Niagar" + a, "Korey" for Korea). */
const STEM_ENDINGS = ['', 'a', 'ia', 'o', 'y', 'i'];

/**
 * A place named by a Russian adjective and an English noun, as MT leaves it:
 * "Niagarskiy Falls" for Niagara Falls (Ниагарский водопад), "Mosulskaya Dam"
 * for Mosul Dam. The noun must be the name's second word exactly; the stem,
 * given back what the ending took, near the first.
 */
function adjectivalPlaces(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Alignment[] {
  const gz = kb.gazetteer;
  const out: Alignment[] = [];
  for (const run of runs) {
    for (let i = 0; i + 1 < run.length; i++) {
      const [w, v] = [run[i]!, run[i + 1]!];
      const m = RUSSIAN_ADJECTIVE.exec(w.folded);
      if (!m || w.known || claimed.has(w) || !doc.adjacent(w, v)) continue;
      const stems = STEM_ENDINGS.map((e) => m[1]! + e);
      for (const form of gz.tokenForms.get(v.folded) ?? []) {
        if (form.tokenCount !== 2 || form.type !== 'place' || form.folded[1] !== v.folded || !suggestable(form)) continue;
        let best: Similarity | undefined;
        for (const stem of stems) {
          const sim = wordSimilarity(kb, stem, form.folded[0]!, undefined);
          if (!best || sim.score > best.score) best = sim;
        }
        if (!best || best.score < 0.8) continue;
        const mentioned = doc.mentions.has(form.entity);
        const sim: Similarity = { cost: best.cost + 0.5, score: best.score, via: 'adjective' };
        const confidence = reshapedConfidence(form, best.score, mentioned, best.via === 'edit');
        out.push({ form, replacement: form.tokens[0]!, words: [w, v], sims: [sim, { cost: 0, score: 1, via: 'exact' }], changed: [0], confidence, literal: 0, mentioned, firstOfSentence: false });
      }
    }
  }
  return out;
}

/**
 * OCR splits a word where the scan is blurred or the type broken: "Mel bourne",
 * "Murrum< burah": a capitalised start, then a lower-case piece that is no word,
 * with spaces and at most one stray mark between.
 */
function isSplitTail(doc: Document, w: Word, v: Word): boolean {
  return v.plainLower && !v.common && !v.known && SPLIT_GAP.test(doc.text.slice(w.end, v.start));
}

const SPLIT_GAP = /^[<>'`^~*,.-]?[ \t]{1,2}$/;

/**
 * What the text itself shows of a sentence's first word, sparing the tagger:
 * it is a noun when it is the whole sentence, owns something ("Hadiya's"),
 * or keeps its capital after a lower-case word elsewhere (not in a
 * headline's Title Case).
 */
function shownAsNoun(doc: Document, w: Word): boolean {
  const possessive = (x: Word) => /^['’]$/.test(doc.tokenText(x.token + 1) ?? '') && doc.tokenText(x.token + 2) === 's';
  const inProse = (x: Word) => doc.previous(x)?.capitalised === false;
  return doc.sentences[w.sentence]!.length === 1
    || doc.words.some((x) => x.folded === w.folded && x.capitalised && (possessive(x) || inProse(x)));
}

function sentenceText(doc: Document, w: Word): string {
  const s = doc.sentences[w.sentence]!;
  return doc.text.slice(s[0]!.start, s[s.length - 1]!.end);
}

/** The same stretch in the entity's other accepted forms with the same token count. */
function otherForms(kb: Knowledge, a: Alignment, first: number, last: number): string[] {
  const gz = kb.gazetteer;
  const written = gz.key(a.words.slice(first, last + 1).map((w) => w.folded).join(' '));
  const out = new Set<string>();
  for (const f of gz.entityForms.get(a.form.entity) ?? []) {
    if (!suggestable(f) || f.tokenCount !== a.form.tokenCount) continue;
    // A place's name is no demonym ("Liverpooi" is not "Liverpudlian"), nor the other way round.
    if ((f.kind === 'demonym') !== (a.form.kind === 'demonym')) continue;
    // Only spellings of the same stretch ("Daish" for "Deash"), not other names ("ISIS").
    const stretch = f.folded.slice(first, last + 1).join(' ');
    if (similarity(written, gz.key(stretch)).score >= 0.5) out.add(f.tokens.slice(first, last + 1).join(' '));
  }
  return [...out];
}

/** How a name is garbled in translation: respelt by its sounds, or left with a case ending. */
const TRANSLATED: ReadonlySet<Via> = new Set(['transliteration', 'ending', 'declined']);

/**
 * A place garbled by translation is fixed to its name even where the garble
 * resembles a foreign or old alias more ("Bryussell" is Brussels, not
 * Brussel; "Lvova" Lviv, not Lwów). A typo or an OCR misreading is of what
 * was written, so there the alias it was written as is the fix.
 */
function byItsName(a: Alignment, via: Similarity): boolean {
  const f = a.form;
  return f.entity.type === 'place' && f.kind === 'alias' && TRANSLATED.has(via.via) && !isPartOfName(f, splitForm(f.entity.name).folded);
}

/** A form all of whose words are words of a name, given folded ("Skye" of the Isle of Skye). */
function isPartOfName(f: Form, name: readonly string[]): boolean {
  return f.folded.every((t) => name.includes(t));
}

/**
 * How much nearer the words written another accepted form must be than the
 * entity's name to be the fix: a surname or a short form ("Kalın" for
 * "Kalyn") is much nearer; a variant a transliteration merely resembles more
 * ("Charles Hagel" for "Chake Hageer") is not, and the name is what English writes.
 */
const NEARER_THAN_NAME = 0.2;

/**
 * The entity's accepted form nearest to the words written (Deash → Daesh, not
 * ISIS), its name unless another is clearly nearer. Never a demonym, and for
 * a place nothing but its name or a part of it ("Skye" of the Isle of Skye):
 * its other aliases are foreign or old ("Brussel", "Warszawa", "Teheran"),
 * and curated garbles are of names ("Braziliya" is Brazil, not Brazilian).
 */
function closestAccepted(kb: Knowledge, e: Entity, words: Word[]): string {
  const gz = kb.gazetteer;
  const written = gz.key(words.map((w) => w.folded).join(' '));
  const scoreOf = (f: Form) => similarity(written, gz.key(f.folded.join(' '))).score;
  const forms = (gz.entityForms.get(e) ?? []).filter((f) => suggestable(f) && f.kind !== 'demonym');
  const name = forms.find((f) => f.kind === 'name');
  if (!name) return e.name;
  const nameScore = scoreOf(name);
  let best = name.text;
  let bestScore = nameScore;
  for (const f of forms) {
    if (f === name || (e.type === 'place' && !isPartOfName(f, name.folded))) continue;
    // A short form as long as what was written ("Uolles" for Wallace) needs no margin over a longer name.
    const margin = f.kind === 'short' && f.tokens.length === words.length && name.tokens.length !== words.length ? 0 : NEARER_THAN_NAME;
    const score = scoreOf(f);
    if (score > Math.max(bestScore, nameScore + margin)) { best = f.text; bestScore = score; }
  }
  return best;
}

/**
 * What a garbled form stands for: the closest accepted form (`closest`),
 * but for one word garbled from a person whose every accepted form is
 * longer, the word of the name it spells ("Uilyams": Williams, where
 * Stephanie Williams is never "Williams" alone): a surname many bear, or a
 * given name, is anybody's.
 */
function spelledName(kb: Knowledge, e: Entity, words: Word[], closest: string): string {
  if (words.length !== 1 || e.type !== 'person' || !closest.includes(' ')) return closest;
  const gz = kb.gazetteer;
  const written = gz.key(words[0]!.folded);
  const name = splitForm(e.name);
  let word = closest;
  let score = MIN_SPELLED_WORD;
  name.folded.forEach((t, i) => {
    const s = similarity(written, gz.key(t)).score;
    if (s >= score) { word = name.tokens[i]!; score = s; }
  });
  return word;
}

/** How near a garbled word must be to one word of the name to stand for it alone. */
const MIN_SPELLED_WORD = 0.6;

/**
 * The changed words' similarity weighted by length: a long word read nearly
 * right outweighs a short one read worse ("Ellswortb Tidd"). Exact words count
 * apart, as support.
 */
function meanSim(words: Word[], sims: Similarity[], changed: number[]): number {
  let sum = 0;
  let letters = 0;
  for (const i of changed) { sum += sims[i]!.score * words[i]!.folded.length; letters += words[i]!.folded.length; }
  return sum / letters;
}

function weakest(a: Alignment): Similarity {
  return a.changed.map((i) => a.sims[i]!).sort((x, y) => x.score - y.score)[0]!;
}

function kindOf(via: Via): FindingKind {
  return via === 'ocr' || via === 'split' ? 'ocr' : 'transliteration';
}

function ruleFor(e: Entity): string {
  return `entity/${e.type}`;
}


function explain(s: Similarity): string {
  switch (s.via) {
    case 'transposition': return 'two letters swapped';
    case 'transliteration': return 'a different transliteration of the same sounds';
    case 'ocr': return 'letters an OCR engine confuses';
    case 'split': return 'one word split in two, as OCR does';
    case 'syllables': return 'a given name written syllable by syllable';
    case 'ending': return 'the name left with a Russian ending';
    case 'declined': return 'the name left in a Russian case form';
    case 'adjective': return 'the name left as a Russian adjective';
    default: return `${Math.round(s.cost)} letter${Math.round(s.cost) === 1 ? '' : 's'} different`;
  }
}
