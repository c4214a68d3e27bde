import type { Entity } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { formCount, type Form, type GazetteerView } from '../gazetteer/gazetteer.js';
import { declinedStems, isFeminineForm, similarity, soundsAlike, type Similarity } from '../match/similarity.js';
import { LOOKALIKE } from '../match/ocr-distance.js';
import { misprintedWord } from './ocr-words.js';
import { memoised } from './memoised.js';
import { nativeElsewhere } from './syllable-countries.js';
import { afterOrganisationNoun, beforeOrganisationHead, beforePlaceNoun, foreignToText, noPersonHere, PERSON_CUES, PLACE_CUES, countryBefore, titleRightBefore, foreignRank, roleHolds, titleAgrees, isAcronymForm, gluedToDigit, isDashCompound, isDerivation, standsAlone } from './name-context.js';
import { type Alignment, derivesFromOwnForm, isAcronym, MAX_ANCHORED_FORMS, MAX_CANDIDATE_SPELLINGS, MENTION_BONUS, MIN_WORD_SIMILARITY, wordSimilarity } from './alignment.js';

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
export function needsVouching(kb: Knowledge, w: Word, disowned: ReadonlySet<Word>): boolean {
  if (disowned.has(w)) return false;
  return w.known !== undefined || w.givenName || w.common || kb.isNameElement(w.folded);
}

/**
 * Of a word's fuzzy candidates, those align() can accept when the word needs
 * vouching: a name with one of the run's words in it exactly, the word itself
 * or a distinctive neighbour (an anchor). Asked by id, before any name is decoded.
 */
export function sharingToken(gz: GazetteerView, run: Word[], p: number, fuzzy: Form[]): Form[] {
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

/**
 * A given name before `w`'s particles ("de", "van der"), or before `w` if it
 * is one: `w` ends that person's name. For a person's or an organisation's
 * name, any capitalised word there will do (given names of every culture are
 * more than the lists know: "Semih de Ruiter", "Seppe van Ginneken"); a
 * place's name holds particles of its own ("Santiago de Chile").
 */
function afterOthersName(doc: Document, w: Word, type: string): boolean {
  let first = w;
  for (let x = doc.previous(w); x && x.leadingParticle && doc.adjacent(x, first); x = doc.previous(x)) first = x;
  if (!first.leadingParticle) return false;
  const before = doc.previous(first);
  if (!before || !doc.adjacent(before, first) || PERSON_CUES.has(before.folded)) return false;
  return before.givenName || (type !== 'place' && before.capitalised && !before.common && !before.allCaps);
}

/** Letters of Turkish and Azerbaijani, which MT from Turkish writes into foreign names too ("Münih"). */
const TURKIC_LETTER = /[çğıöşüə]/i;
const TURKIC_COUNTRIES = /\b(TR|AZ)\b/;

/** A changed word this similar to the name's is a slip, not another word. */
const CLOSE_SLIP = 0.8;

/** The lowest similarity align() accepts for a name alone; after a title its bearer holds, a looser one. */
const SINGLE = 0.75;
const TITLED_SINGLE = 0.7;
/** What a place loses in a text that names other countries and never its own. */
const UNNAMED_COUNTRY = 0.1;


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

/** Letters a spelling needs for its key to tell one name: shorter keys are many names' ("Deash", "Rekke"). */
const MIN_TWIN = 7;
const candidateCache = new WeakMap<GazetteerView, Map<string, Candidates>>();

/** What a spelling (in OCR'd text or not) can stand for, found once per spelling. */
export function candidatesFor(gz: GazetteerView, folded: string, ocr: boolean, spelled: readonly string[]): Candidates {
  return memoised(candidateCache, gz, MAX_CANDIDATE_SPELLINGS, ocr ? `${folded}\u0000ocr` : folded, () => {
    const fuzzy = new Set<Form>();
    const word = gz.key(folded);
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
    const twins = new Set<Entity>();
    for (const t of gz.fuzzyTokens(folded, ocr)) {
      const twin = folded.length >= MIN_TWIN && gz.key(t).translit === word.translit;
      // The index's reach is wide (most targets are no slip for the spelling):
      // a far target's names would be read only for closeTokens() to refuse them.
      if (!twin && !isNear(t)) continue;
      for (const f of gz.tokenForms.get(t) ?? []) {
        fuzzy.add(f);
        if (twin && f.kind !== 'garbled') twins.add(f.entity);
      }
    }
    // A name in a case form is beyond the index's reach when the ending is long ("Makronom").
    for (const stem of declinedStems(folded)) for (const t of [stem, ...gz.fuzzyTokens(stem)]) for (const f of gz.tokenForms.get(t) ?? []) fuzzy.add(f);
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

/**
 * A surname in capitals beside a name written in Title Case ("Ibrahim
 * KALYN"), as some styles write surnames: a word, not an acronym.
 */
function isCapitalsName(w: Word, words: Word[]): boolean {
  return w.allCaps && w.folded.length >= 4 && words.some((x) => x.capitalised && !x.allCaps);
}

/** Scores a form laid over words; null when it does not explain them well enough. */
export function align(doc: Document, kb: Knowledge, form: Form, words: Word[], claimed: Set<Word>, introduced: Set<string>, disowned: Set<Word>): Alignment | null {
  // Found through a word it shares, a known-only entry is still no target.
  if (form.entity.knownOnly) return null;
  const gz = kb.gazetteer;
  const sims: Similarity[] = [];
  const changed: number[] = [];
  let strongAnchors = 0;
  // Of those, particles ("van der"): thousands of names hold them, so two vouch no more than one.
  let particleAnchors = 0;
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
        if (w.leadingParticle) particleAnchors++;
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
    // Read exactly as this very name ("Empress Taytu" of Taytu Betul), a word is spelt as one of its forms spells it, not as another.
    if (w.known === form.entity) return null;
    if (isDerivation(w.folded, form.folded[i]!, form.entity.type === 'person') || isDashCompound(w, kb) || gluedToDigit(doc, w)) return null;
    if (nativeElsewhere(doc, kb, w, form.entity)) return null;
    // Letters MT writes into foreign names are a Turkish or Azerbaijani name's own spelling ("Süleyman" for Suleiman).
    if (!doc.ocr && TURKIC_LETTER.test(w.text) && !TURKIC_LETTER.test(form.tokens[i]!) && TURKIC_COUNTRIES.test(form.entity.country ?? '')) return null;
    // A feminine surname is a relative's, unless the man's given name is
    // written before it: then it is his name in a case ("Dmitry Peskova", of
    // Дмитрия Пескова). Places have no feminine forms ("Kharkova", of Kharkov).
    if (form.entity.type === 'person' && isFeminineForm(w.folded, form.folded[i]!) && (single || strongAnchors < words.length - 1)) return null;
    // Two exact neighbours ("Kim Jong …") vouch more than one.
    // A title vouches only for a name whose role holds it ("Chancellor" for Scholz).
    if (disowned.has(w) && !roleHolds(form.entity, doc.previous(w)!.folded)) return null;
    if (needsVouching(kb, w, disowned) && !romanised && (strongAnchors === 0 || sim.score < (strongAnchors - particleAnchors >= 2 ? 0.6 : 0.7))) return null;
    // An English word inside a name is only a garbled surname ("Emmanuel Macaroon").
    if (w.common && (form.entity.type !== 'person' || i === 0)) return null;
    // In OCR'd text, a word alone one glyph from a common word, and no nearer
    // the name, is that word ("Mr Huntcr": hunter by one glyph, Kuntar by two;
    // "Mauy": many, not Maui); in a name of several words the others vouch for it.
    if (doc.ocr && single && isMisprintedWord(kb, w.folded, form.folded[i]!, sim)) return null;
    // Acronyms are garbled by script, not by spelling: the acronym rule reads them.
    const formIsAcronym = isAcronymForm(form.tokens[i]!);
    if ((isAcronym(w) && !isCapitalsName(w, words)) || formIsAcronym) return null;
    // A surname ending of another family, or the same ending after other letters, is another person's ("Lazarescu", "Warlikowski").
    if (form.entity.type === 'person' && kb.isOtherSurname(w.folded, form.folded[i]!, sim.via === 'edit')) return null;
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
  // Nor may a name begun by a particle, or a word after one, follow someone
  // else's name ("Albert de Koning" is no Willem de Kooning, "Teddy de Nijs" no Niš).
  if (afterOthersName(doc, words[0]!, form.entity.type)) return null;
  // A title the person holds vouches for a looser spelling ("Secretary of State Brinkin").
  const titleFits = single && form.entity.type === 'person' && minSim >= TITLED_SINGLE && titleAgrees(doc, kb, form.entity, words[0]!);
  const threshold = single ? (titleFits ? TITLED_SINGLE : SINGLE) : strongAnchors > particleAnchors ? MIN_WORD_SIMILARITY : 0.72;
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
  // A person's name of several words ends where theirs does: one that goes on
  // ("Mohammad Bagher Karimi" past Ali Bagheri's "Bagher") is someone else's.
  if (!single && e.type === 'person' && after !== undefined && after.capitalised && !after.common && !after.allCaps && doc.adjacent(words[words.length - 1]!, after)) return null;
  // A title says a person follows ("General Chennault" is no carmaker).
  const titled = titleRightBefore(doc, words[0]!);
  if (titled && e.type !== 'person') return null;
  if (e.type === 'person' && foreignRank(doc, kb, e, words[0]!)) return null;
  // A word alone is no person's name where a place's, a people's or an organisation's stands (noPersonHere()),
  // nor a place's where an organisation's does ("Cotto Steel", "the transport company Carris").
  if (single && e.type === 'person' && noPersonHere(doc, words[0]!)) return null;
  if (single && e.type === 'place' && !doc.ocr && (beforeOrganisationHead(doc, words[0]!) || afterOrganisationNoun(doc, words[0]!))) return null;
  // Nor an organisation's where a place's or a building's does ("the Itoku market" is no Itochu).
  if (single && e.type === 'organisation' && !doc.ocr && beforePlaceNoun(doc, words[0]!)) return null;
  const cued = e.type === 'person' && before !== undefined && (PERSON_CUES.has(before.folded) || titleFits);
  if (cued) confidence += 0.1;
  // The title stands in for the letters the spelling lacks.
  if (titleFits && minSim < SINGLE) confidence += 0.1;
  if (e.type === 'place' && ((before && PLACE_CUES.has(before.folded)) || (after && PLACE_CUES.has(after.folded)))) confidence += 0.05;
  const mentioned = doc.mentions.has(e);
  if (foreignToText(doc, kb, e)) confidence -= UNNAMED_COUNTRY;
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
  // a specialist's ("Arslan", "Varma"), nor of anyone's it is more than a slip
  // from ("Kravchenko", "Karlsson": Shevchenko, Carlsen); a famous name's slip
  // it may still be ("Donald Tromp"). Alone, it is a slip only of a
  // world-famous name spelt as another script writes it ("Vagner"), or of a
  // person the text names or titles ("Petrini" alone is no Pertini).
  const unpointedAlone = (i: number) => single && !titleFits && !mentioned && !(e.rank === 1 && sims[i]!.cost <= 0.5);
  // Nor is it a name less than world-famous with a letter in place of another that no transliteration
  // explains ("Ivan Kolev" is no Ivan Konev); a letter more may be a case ending ("Dmitry Peskova").
  const unexplained = (i: number) => sims[i]!.via === 'edit' && e.rank > 1 && words[i]!.folded.length === form.folded[i]!.length;
  if (changed.some((i) => kb.isSurname(words[i]!.folded) && (e.rank === 3 || sims[i]!.cost > 1 || unpointedAlone(i) || unexplained(i)))) return null;
  // A real given name before a real surname is another person who bears that
  // surname ("Nils Olsen", not Niels Olsen), unless the name is world-famous.
  if (e.type === 'person' && e.rank > 1 && changed.every((i) => words[i]!.givenName) && words.some((w, i) => !changed.includes(i) && kb.isSurname(w.folded))) return null;
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

/** A spelling one glyph from a common word other than the name's, and at least as near it as to the name. */
function isMisprintedWord(kb: Knowledge, written: string, target: string, sim: Similarity): boolean {
  const read = misprintedWord(kb, written);
  return read !== undefined && read.cost <= LOOKALIKE && read.word !== target && read.cost <= sim.cost;
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
