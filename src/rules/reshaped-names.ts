import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { formCount, suggestable, type Form, type GazetteerView } from '../gazetteer/gazetteer.js';
import { similarity, type Similarity } from '../match/similarity.js';
import { memoised } from './memoised.js';
import { isDashCompound, standsAlone } from './name-context.js';
import { ARABIC_ARTICLE } from '../text/name-words.js';
import { type Alignment, derivesFromOwnForm, isAcronym, MAX_ANCHORED_FORMS, MAX_CANDIDATE_SPELLINGS, MENTION_BONUS, MIN_WORD_SIMILARITY, wordSimilarity } from './alignment.js';

/**
 * Names written in another shape than the gazetteer's, each read by its own
 * rule: split or joined, a given name split into syllables, words hyphened
 * into one, a place named by a Russian adjective.
 */
export function reshapedNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Alignment[] {
  return [...splitAndJoined(doc, kb, runs, claimed), ...splitGivenNames(doc, kb, runs, claimed), ...hyphenedNames(doc, kb, runs, claimed), ...adjectivalPlaces(doc, kb, runs, claimed)];
}

/**
 * Confidence in a name written in another shape (split, joined, hyphened):
 * its similarity squared, more for a famous or already mentioned entity,
 * less for an obscure one or a difference no rule explains.
 */
function reshapedConfidence(form: Form, score: number, mentioned: boolean, byEdit: boolean): number {
  const prominence = form.entity.rank === 1 ? 0.05 : form.entity.rank === 3 ? -0.1 : 0;
  return score * score + (mentioned ? MENTION_BONUS : 0) + prominence - (byEdit ? 0.1 : 0);
}

/** Letters a name written in two words may have for each of the name's, at most. */
const LETTERS_LOST = 1.5;

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
        if (form.kind === 'garbled' || (form.entity.ambiguous && form.kind === 'short')) continue;
        const found = similarity(gz.key(written), gz.key(t), ocr);
        const sim = split ? { ...found, via: 'split' as const } : found;
        // Two words are one name only if both make it: "Ji Yoon" keys as "Yoon" alone (j as i, doubles as one), no Yoon run together;
        // nor are nine letters a name of four that keys alike ("Xie Jieyan" is no Xi'an).
        if (words.length > 1 && (words.some((w) => gz.key(w.folded).translit === gz.key(t).translit) || written.length > LETTERS_LOST * t.length)) continue;
        // Equal but for hyphens and spaces ("Viet-Nam", "Viet Nam") is style, not an
        // error; a word split in two by OCR ("Mel bourne") is one.
        // derivesFromOwnForm() last: it reads every form of the entity.
        if (sim.score < 0.8 || (sim.cost === 0 && !split) || derivesFromOwnForm(gz, written, form)) continue;
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
      // A real surname is someone's, not a name of several words run together ("Marinelli" is no Mary Shelley).
      if (usable(w) && w.folded.length >= 6 && standsAlone(doc, kb, w) && !kb.isSurname(w.folded)) {
        consider([w], w.folded, gz.fuzzyTokens(w.folded, doc.ocr), (t) => gz.joinedForms.get(t));
      }
      const v = run[i + 1];
      // A real surname after a name word ends a person's name ("Hiroshi Imai" is no Hiroshima).
      if (!v || !half(w) || !half(v) || !doc.adjacent(w, v) || kb.isSurname(v.folded)) continue;
      // Both halves known: only as the one-word name of what a half names
      // ("Sanli Ourfa", Ourfa being Şanlıurfa's old name), and not when they
      // are one name already ("Abou Treika" is no misspelt "Aboutrika").
      const owners = usable(w) || usable(v) ? undefined : [w.known, v.known];
      // Both known, that is ("Massachusetts St." has one half known and one a word of other names).
      if (owners && (w.known === v.known || !w.known || !v.known)) continue;
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
      // "Salah Al Din" is the Arabic article spaced, as Gulf names write it, not syllables of "al-Din".
      if (w.folded === 'al' || w.folded === 'el') continue;
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
      // A hyphen first: the pattern's Unicode classes cost more than most words warrant.
      if (w.known || claimed.has(w) || !w.text.includes('-') || !HYPHENED.test(w.text) || ARABIC_ARTICLE.test(w.folded) || isDashCompound(w, kb)) continue;
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
    if (form.kind === 'garbled' || (form.entity.ambiguous && form.kind === 'short')) continue;
    // Part by part, stopping at the first far one: most forms read are far.
    const sims: Similarity[] = [];
    for (let i = 0; i < parts.length; i++) {
      const sim = wordSimilarity(kb, parts[i]!, form.folded[i]!, undefined);
      if (sim.score < MIN_WORD_SIMILARITY) break;
      sims.push(sim);
    }
    if (sims.length < parts.length || sims.every((x) => x.cost === 0) || derivesFromOwnForm(gz, folded, form)) continue;
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
      // Every ending holds "sk" or ends in "vo": asked first, it spares the pattern most words.
      const m = w.folded.includes('sk') || w.folded.endsWith('vo') ? RUSSIAN_ADJECTIVE.exec(w.folded) : null;
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
