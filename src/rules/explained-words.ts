import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { fold } from '../text/fold.js';
import { entitiesNamed, splitForm, type GazetteerView } from '../gazetteer/gazetteer.js';
import { derivationBases, isAcronymForm, PERSON_CUES } from './name-context.js';

/** Verbs after a name that make it an agency or a person ("Rooters reports"). */
const REPORTING = new Set(['said', 'says', 'reports', 'reported', 'told', 'wrote', 'writes', 'announced', 'stated', 'noted', 'added', 'claimed', 'tweeted']);

/**
 * Outside OCR'd text, how sure a finding on a name the English dictionary
 * spells so must be: translation does garble names into such words ("Joe
 * Baden"), but with a given name or title beside them; alone, "Cain",
 * "Barbary" and "Britannic" are what the writer meant.
 */
const DICTIONARY_NAME_SURE = 0.85;

/** The shortest part of an English compound that counts ("Lake|man", not "Ka|la"). */
const MIN_PART = 3;

/**
 * Drops name findings on words that something else explains: in text that is
 * not OCR'd, a populated place of the GeoNames layer ("Dorchester" is a town,
 * not a misspelt "Worcester"; OCR'd text knows these places before matching);
 * two English words read as a name run together ("Lakeman" is no "Lac
 * Léman"); a derivation of a name any entry accepts ("Napoleonic" is no
 * misspelt "Napoleon III"); in OCR'd text, an English word whose l was read
 * as a capital I ("Iike" is no "Eike"), and a name the English dictionary
 * spells so ("Latin" is no misread Laflin: among 170,000 towns almost any
 * word has a near one; translation, though, often garbles a name into a
 * dictionary one, so there it stays a finding when it is sure). Only the words a finding
 * would correct are looked up, so an article never reads the layer. A
 * curated garbled form stays a finding.
 */
export function withoutExplainedWords(findings: Finding[], doc: Document, kb: Knowledge): Finding[] {
  const gz = kb.gazetteer;
  const garbled = new Map<string, boolean>();
  const isGarbledForm = (folded: string) => {
    let v = garbled.get(folded);
    if (v === undefined) garbled.set(folded, (v = isCuratedGarble(gz, folded)));
    return v;
  };
  const explained = (f: Finding) => {
    // A dated or house-flagged form is the word itself, known, not a garble.
    if (!f.entity || f.kind === 'variant' || /\s/.test(f.actual)) return false;
    const folded = fold(f.actual);
    if (isGarbledForm(folded) || (!doc.ocr && besideOwnName(doc, f))) return false;
    // A language's, a people's or a festival's name is what the writer meant ("Kannada" is no Canada).
    if (kb.isCulturalName(folded)) return true;
    if (!doc.ocr && isPlace(kb, folded) && placeHere(doc, kb, doc.wordStartingAt(f.offset), f.entity.type)) return true;
    if (doc.ocr && (isMisreadWord(kb, f.actual) || kb.isDictionaryName(folded))) return true;
    if (!doc.ocr && f.confidence < DICTIONARY_NAME_SURE && kb.isDictionaryName(folded)) return true;
    if (/\s/.test(f.expected[0] ?? '') && isCompound(kb, folded)) return true;
    // Beside a word of the person's own name it is their name, not a word made of another's ("Daniel Natans" is no plural of Natano).
    if (f.entity.type === 'person' && nameWordBeside(doc, f)) return false;
    // Words derive from names, not from acronyms ("Baden" is no derivation of BADEA).
    // Outside OCR'd text, only from a name as well known as the one the finding
    // corrects: "Caragas" is a misspelt Caracas, not the plural of the
    // Philippine region Caraga. (OCR noise makes such words of obscure names.)
    const rank = doc.ocr ? 3 : targetRank(gz, f.entity.name);
    return derivationBases(folded).some((b) => gz.forms.get(b)?.some((x) => x.kind !== 'garbled' && !isAcronymForm(x.text) && x.entity.rank <= rank));
  };
  return findings.filter((f) => !explained(f));
}

/** The rank of the entity a finding names (3, the least known, if the name is not found). */
function targetRank(gz: GazetteerView, name: string): number {
  return Math.min(3, ...entitiesNamed(gz, name).map((e) => e.rank));
}

/**
 * Outside OCR'd text, a distinctive word of a place's or organisation's name
 * exactly beside the one corrected ("Buenos Ailes"): the name is meant,
 * whatever town, word or derivation the corrected one also spells.
 */
function besideOwnName(doc: Document, f: Finding): boolean {
  // Not a person: beside a given name, a real surname is another person's ("Jim Baker", not Laker).
  return f.entity?.type !== 'person' && nameWordBeside(doc, f);
}

/** An exact word of the finding's entity's name, not an English word, right before or after the corrected word. */
function nameWordBeside(doc: Document, f: Finding): boolean {
  const w = doc.wordStartingAt(f.offset);
  if (!w || !f.entity) return false;
  const name = splitForm(f.entity.name).folded;
  const before = doc.previous(w);
  const after = doc.next(w);
  const names = (x: Word | undefined) => x !== undefined && !x.common && name.includes(x.folded);
  return (names(before) && doc.adjacent(before!, w)) || (names(after) && doc.adjacent(w, after!));
}

/** A populated place of the GeoNames layer spells the word so. */
export function isPlace(kb: Knowledge, folded: string): boolean {
  return !!kb.ocrLayer()?.gazetteer.forms.get(folded)?.some((f) => f.kind !== 'garbled');
}

/**
 * Drops findings, outside OCR'd text, on words that lie in the name of a
 * populated place of several words written out whole around them: "Alcalá de
 * Guadaira" holds no misspelt Gortari, "Modiin Ilit" no misspelt Illit,
 * "Târgu Jiu" no garbled name. Whatever rule made them, names heard by ear
 * included: so many towns spell a single word that only the whole name is
 * evidence enough. A curated garbled form stays a finding.
 */
export function withoutWrittenPlaces(findings: Finding[], doc: Document, kb: Knowledge): Finding[] {
  if (doc.ocr) return findings;
  return findings.filter((f) => {
    if (!f.entity || f.kind === 'variant' || isCuratedGarble(kb.gazetteer, fold(f.actual))) return true;
    const place = placeNameAround(doc, kb, f);
    return !place || !placeHere(doc, kb, place, f.entity.type);
  });
}

/** A garbled form the gazetteers list: a finding whatever else explains the word. */
function isCuratedGarble(gz: GazetteerView, folded: string): boolean {
  return !!gz.forms.get(folded)?.some((f) => f.kind === 'garbled');
}

/** The context can say a word that spells a place is no place: a person's name, an agency's. */
function placeHere(doc: Document, kb: Knowledge, w: Word | undefined, type: string): boolean {
  return !(type === 'person' && personNamed(doc, kb, w)) && !(type !== 'place' && speaks(doc, w) && !afterPlacePreposition(doc, w));
}

/**
 * The first word of the name of a populated place of the GeoNames layer,
 * written out whole, in which lie the words a finding would correct
 * ("Vilagarcía de Arousa" is no misspelt Arusha, "Târgu Jiu" no garbled name).
 */
function placeNameAround(doc: Document, kb: Knowledge, f: Finding): Word | undefined {
  const first = doc.wordStartingAt(f.offset);
  const layer = first && kb.ocrLayer()?.gazetteer;
  if (!first || !layer) return undefined;
  const words = doc.sentences[first.sentence]!;
  const end = f.offset + f.length;
  let last = first.pos;
  while (words[last + 1] && words[last + 1]!.start < end) last++;
  for (const form of layer.tokenForms.get(first.folded) ?? []) {
    const n = form.tokenCount;
    if (n < 2) continue;
    for (let i = 0; i < n; i++) {
      const start = first.pos - i;
      if (form.folded[i] === first.folded && start >= 0 && start + n > last && form.folded.every((u, j) => words[start + j]?.folded === u)) return words[start];
    }
  }
  return undefined;
}

/** After a title, a common given name or the first name of an entry's person ("Sergei Lavra"): no place there. */
function personNamed(doc: Document, kb: Knowledge, w: Word | undefined): boolean {
  const before = w && doc.previous(w);
  if (!before || !doc.adjacent(before, w)) return false;
  if (PERSON_CUES.has(before.folded) || before.givenName) return true;
  // A first name, not any inner word: "the" of "Catherine the Great" names nobody.
  return !kb.isCommonWord(before.folded)
    && !!kb.gazetteer.tokenForms.get(before.folded)?.some((f) => f.type === 'person' && f.folded[0] === before.folded && f.folded.length > 1);
}

/** Words before a name that make it where something is or goes ("officials in X said"). */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'to', 'at', 'outside', 'around']);
/** Words that join names in a list ("near X and Y"). */
const LIST_JOINERS = new Set(['and', 'or']);

/** The longest lower-case word a place's name of several words holds ("Cassano allo Ionio", "Vila Franca de Xira"). */
const MAX_NAME_PARTICLE = 4;
/** Words back over the name joined to this one ("near Santo António da Charneca and Aventura"). */
const MAX_JOINED_NAME = 6;

/**
 * Right after a place preposition, or after one and a name joined to this
 * one ("near Bagheria and Aventura"): what follows it there and says
 * something ("officials in Khandela said") are people of the place.
 */
function afterPlacePreposition(doc: Document, w: Word | undefined): boolean {
  const before = w && doc.previous(w);
  if (!w || !before || !doc.adjacent(before, w)) return false;
  if (PLACE_PREPOSITIONS.has(before.folded)) return true;
  if (!LIST_JOINERS.has(before.folded)) return false;
  // Back over the joined name, capitalised words and short particles, to the preposition.
  let x = before;
  for (let n = 0; n < MAX_JOINED_NAME; n++) {
    const prev = doc.previous(x);
    if (!prev || !doc.adjacent(prev, x)) return false;
    if (n > 0 && PLACE_PREPOSITIONS.has(prev.folded)) return true;
    if (!prev.capitalised && (n === 0 || prev.folded.length > MAX_NAME_PARTICLE)) return false;
    x = prev;
  }
  return false;
}

/** A name that reports or says something is an agency or a person. */
function speaks(doc: Document, w: Word | undefined): boolean {
  const after = w && doc.next(w);
  return !!after && doc.adjacent(w, after) && REPORTING.has(after.folded);
}

/** An English word whose first l OCR read as a capital I ("Iike", "Iiving"): no name at all. */
function isMisreadWord(kb: Knowledge, actual: string): boolean {
  return /^I\p{Ll}+$/u.test(actual) && kb.isCommonWord(`l${fold(actual.slice(1))}`);
}

/** Two English words; a short garble can split so too ("Mo|tart"), so only a fix of several words asks. */
function isCompound(kb: Knowledge, w: string): boolean {
  if (!/^\p{L}+$/u.test(w)) return false;
  for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
    if (kb.isCommonWord(w.slice(0, i)) && kb.isCommonWord(w.slice(i))) return true;
  }
  return false;
}
