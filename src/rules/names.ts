import type { Entity, Finding, FindingKind, VariantPolicy } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { formCount, splitForm, suggestable, type Form, type GazetteerView } from '../gazetteer/gazetteer.js';
import { similarity, type Similarity, type Via } from '../match/similarity.js';
import { findingOver } from './finding.js';
import { describe } from './describe.js';
import { firstWordIsNominal } from '../nlp/first-word.js';
import { PERSON_CUES, roleHolds, namesBeside, introducedNames, placedElsewhere } from './name-context.js';
import { align, candidatesFor, needsVouching, sharingToken } from './align.js';
import { reshapedNames } from './reshaped-names.js';
import { memoised } from './memoised.js';
import { LOOKALIKE, ocrDistance } from '../match/ocr-distance.js';
import { type Alignment, MAX_ANCHORED_FORMS, MAX_CANDIDATE_SPELLINGS, MENTION_BONUS } from './alignment.js';

/** Names a word spelt as MT writes a name's word may point at (the forms holding "Times"). */
const MAX_SPELLED_FORMS = 2000;

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
  const chosen = chooseAlignments(doc, kb, alignments, claimed, minConfidence);
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
      for (let n = exactLimit(gz, run, i); n >= 1 && !matched; n--) {
        const words = run.slice(i, i + n);
        const forms = exactForms(gz, words);
        if (!forms) continue;
        if (titleDisowns(doc, words, forms)) { disowned.add(words[0]!); continue; }
        // Not a place, though it may be that person's name misspelt ("Roberto Bagio").
        if (afterPersonsName(doc, kb, words, forms)) continue;
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

/**
 * Accents a writer of Spanish, Portuguese, French or Italian names types, and
 * the letters of Czech, Slovak, Polish, Serbo-Croatian, Slovene and Hungarian
 * names, which neither MT from Russian, Chinese or Arabic nor OCR makes:
 * "Carajás" is a name written right, not Caracas misspelt, and "Ljeviš" no
 * Lewis (Turkish and German letters are MT's too: "Münih", "Vaşington").
 */
const WRITER_ACCENT = /[áàâãéèêíìîóòôõúùûñčćđšžřěůťďňľĺŕłąęśźżńőű]/i;

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
      const accented = !doc.ocr && WRITER_ACCENT.test(w.text);
      const forms = new Set<Form>(vouched ? sharingToken(gz, run, p, cands.fuzzy) : cands.fuzzy);
      // The words it spells ("Tayms": Times; "Stiven": Stephen, Steven) point
      // at the names holding them, as an exact word would. English words are no
      // fuzzy targets, and such spellings are rare outside garbled text, so
      // even the hundreds of names with "Times" are read.
      for (const word of spelled) {
        if (formCount(gz.tokenForms, word) > MAX_SPELLED_FORMS) continue;
        for (const f of gz.tokenForms.get(word) ?? []) if (f.tokenCount <= run.length) forms.add(f);
      }
      if (doc.ocr) for (const f of misprintedWordForms(kb, run, p)) forms.add(f);
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
        if (accented && !WRITER_ACCENT.test(form.text)) continue;
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

  // The same tests for names in another shape: no known-only entry is a target, no writer's accent MT's.
  for (const a of reshapedNames(doc, kb, runs, claimed)) {
    if (a.form.entity.knownOnly) continue;
    if (!doc.ocr && a.words.some((w) => WRITER_ACCENT.test(w.text)) && !WRITER_ACCENT.test(a.form.text)) continue;
    alignments.push(a);
  }
  return alignments;
}

/** Readings of a spelling as a common word one look-alike glyph away, per gazetteer and spelling. */
const lookalikeReadings = new WeakMap<GazetteerView, Map<string, string[]>>();

/**
 * In OCR'd text, the names a word makes with its neighbours read as a common
 * word print made one glyph from it ("Ncw York": New York). English words are
 * no fuzzy targets, and a neighbour in as many names as "York" anchors none.
 */
function misprintedWordForms(kb: Knowledge, run: Word[], p: number): Form[] {
  const gz = kb.gazetteer;
  const folded = run[p]!.folded;
  const readings = memoised(lookalikeReadings, gz, MAX_CANDIDATE_SPELLINGS, folded, () => kb.wordsLookingLike(folded)
    .filter((c) => c.word !== folded && ocrDistance(folded, c.word, gz.skeleton, LOOKALIKE) <= LOOKALIKE).map((c) => c.word));
  const out: Form[] = [];
  for (const word of readings) {
    for (let s = Math.max(0, p - gz.maxTokens + 1); s <= p; s++) {
      for (let e = Math.max(p + 1, s + 2); e <= Math.min(run.length, s + gz.maxTokens); e++) {
        const key = run.slice(s, e).map((x, i) => (s + i === p ? word : x.folded)).join(' ');
        for (const f of gz.forms.get(key) ?? []) if (f.kind !== 'garbled') out.push(f);
      }
    }
  }
  return out;
}

/** Of two forms that explain a spelling as well, the one spelt as the entity's name first ("Tutankhamun", not the alias "Tutankhamen"). */
const byOwnName = (f: Form) => (f.text === f.entity.name ? 0 : 1);

/**
 * 3. Best alignments win; a word is corrected once. Selection uses the
 * confidence before support from other resolutions, which is added after
 * (alignmentFindings): an entity resolved twice supports both, exactly as an
 * exact mention would once one of them is fixed, so fixing never raises what is left.
 */
function chooseAlignments(doc: Document, kb: Knowledge, alignments: Alignment[], claimed: Set<Word>, minConfidence: number): Alignment[] {
  alignments.sort((a, b) => b.confidence - a.confidence || b.literal - a.literal || a.form.entity.rank - b.form.entity.rank || byOwnName(a.form) - byOwnName(b.form));
  const chosen: Alignment[] = [];
  // A spelling resolved to one entity is not reread as another elsewhere in the
  // text ("Ibrahim Kalyn … Kalyn said"): the weaker reading would only hide it.
  const verdicts = new Map<string, Entity>();
  // Words a surer reading keeps as written: "Musab" of Abu Musab al-Zarqawi is no slip for the island Abu Musa.
  const held = new Set<Word>();
  for (const a of alignments) {
    if (a.confidence + (a.mentioned ? 0 : MENTION_BONUS) < minConfidence) continue;
    const changedWords = a.changed.map((i) => a.words[i]!);
    if (changedWords.some((w) => claimed.has(w) || held.has(w) || (verdicts.get(w.folded) ?? a.form.entity) !== a.form.entity)) continue;
    // The text says where the place lies, and it is not where this one does.
    if (a.form.entity.type === 'place' && placedElsewhere(doc, kb, a.form.entity, a.words[a.words.length - 1]!)) continue;
    if (a.firstOfSentence && !shownAsNoun(doc, a.words[0]!) && !firstWordIsNominal(sentenceText(doc, a.words[0]!), a.words[0]!.text)) continue;
    for (const w of changedWords) { claimed.add(w); verdicts.set(w.folded, a.form.entity); }
    a.words.forEach((w, i) => { if (!a.changed.includes(i)) held.add(w); });
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
    const via = weakest(a);
    const first = a.changed[0]!;
    const last = a.changed[a.changed.length - 1]!;
    // Only a whole alias gives way to the name: for a word of it, the alias's word is the fix ("Gross Ruritaniena": Ruritanien).
    const named = !a.replacement && !doc.ocr && first === 0 && last === a.words.length - 1 && byItsName(a, via);
    const e = a.form.entity;
    // One text, one spelling: a word already resolved keeps that resolution.
    const earlier = first === last ? memory.get(a.words[first]!.folded) : undefined;
    const spelt = earlier?.entity === e ? earlier.replacement
      : a.replacement ?? (named ? e.name : a.form.tokens.slice(first, last + 1).join(' '));
    // A surname written in capitals is fixed in capitals ("KALYN": KALIN).
    const capitals = a.words.slice(first, last + 1).every((w) => w.allCaps);
    const cased = (x: string) => (capitals ? x.toUpperCase() : x);
    const replacement = cased(spelt);
    const alternatives = a.replacement ? [] : [...new Set(otherForms(kb, a, first, last).map(cased))].filter((x) => x !== replacement);
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
  // A name is never flagged, whatever a policy says: most exact mentions need no key built.
  const policy = form.kind === 'name' || !variants.size ? undefined : variants.get(form.folded.join(' '));
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

/**
 * A place's garbled one-word form right after a surname or given name is a
 * word of that person's name: "Yan Kunmin" is somebody, not a misspelt Kunming.
 */
function afterPersonsName(doc: Document, kb: Knowledge, words: Word[], forms: Form[]): boolean {
  if (words.length !== 1 || !forms.every((f) => f.kind === 'garbled' && f.type === 'place')) return false;
  const before = doc.previous(words[0]!);
  return !!before && doc.adjacent(before, words[0]!) && before.capitalised && (before.givenName || kb.isSurname(before.folded));
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

/** The length of the longest exact form of words at run[i]; 0 when there is none. */
function exactLength(gz: GazetteerView, run: Word[], i: number): number {
  for (let n = Math.min(gz.maxTokens, run.length - i); n >= 1; n--) if (exactForms(gz, run.slice(i, i + n))) return n;
  return 0;
}

/**
 * The most words a form read at run[i] may take: all it can, unless a longer
 * form starts within them and reaches further. "Sultan Haitham bin Tarik" is
 * the title and the alias "Haitham bin Tarik", not the short form "Sultan
 * Haitham" and a "Tarik" left over to be read as a misspelt Tariq.
 */
function exactLimit(gz: GazetteerView, run: Word[], i: number): number {
  const n = exactLength(gz, run, i);
  for (let j = i + 1; j < i + n; j++) {
    const m = exactLength(gz, run, j);
    if (m > n && j + m > i + n) return j - i;
  }
  return n;
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
 * was written, so there the alias it was written as is the fix (and in
 * OCR'd text every slip is print's: "Grcat Britain" is Great Britain).
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
