import type { Entity } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';

/** Words before a name that say "a person follows". */
export const PERSON_CUES = new Set([
  'president', 'minister', 'chancellor', 'secretary', 'mr', 'mrs', 'ms', 'dr', 'general', 'gen', 'king', 'queen',
  'prince', 'princess', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chairman',
  'chairwoman', 'director', 'premier', 'senator', 'governor', 'mayor', 'commander', 'speaker', 'emir', 'sheikh',
  'ayatollah', 'colonel', 'marshal', 'admiral', 'judge', 'pope', 'chief', 'deputy', 'head', 'coach', 'driver',
  'pilot', 'singer', 'actor', 'actress', 'writer', 'poet', 'player', 'striker', 'billionaire', 'dissident', 'scholar',
  'journalist', 'activist', 'professor', 'lady', 'sir',
]);
/** Words around a name that say "a place". */
export const PLACE_CUES = new Set(['in', 'from', 'near', 'to', 'region', 'province', 'city', 'town', 'district', 'village', 'corridor', 'strait', 'sea', 'river', 'airbase', 'port', 'capital', 'county', 'oblast', 'state']);
/**
 * Nouns that make the word before them an organisation's name ("Turchi
 * Energy", "Barbato Motors"): a founder's surname or a town, not a person or
 * a place garbled. Not "Foundation", "Prize" or "Institute": those carry
 * famous people's names, which MT garbles there too.
 */
export const ORGANISATION_HEADS = new Set([
  'holdings', 'holding', 'group', 'industries', 'bank', 'airlines', 'airways', 'motors', 'foods', 'energy', 'pharma',
  'pharmaceuticals', 'logistics', 'steel', 'textiles', 'insurance', 'capital', 'partners', 'technologies', 'systems',
  'corporation', 'corp', 'inc', 'ltd', 'limited', 'plc', 'llc', 'gmbh', 'enterprises', 'ventures', 'trading', 'shipping',
  'electronics', 'chemicals', 'cement', 'construction', 'mining', 'petroleum', 'brewery', 'hospital', 'university', 'football', 'club',
  'minerals', 'resources', 'metals', 'leasing', 'operations', 'ports', 'telecom', 'investments', 'properties', 'securities',
  'board', 'authority', 'works', 'mills', 'cooperative',
]);
/**
 * Nouns before a name that say "an organisation follows" ("the transport
 * company Carris", "the daily Kathimerini"), or a code name or a camp's
 * ("Operation Shujaa", "Camp Badre").
 */
export const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'operator', 'carrier', 'airline', 'broadcaster', 'newspaper', 'daily', 'weekly', 'magazine',
  'agency', 'bank', 'club', 'brand', 'maker', 'manufacturer', 'producer', 'retailer', 'conglomerate', 'startup', 'insurer', 'lender',
  'operation', 'camp',
]);
/** Nouns that make the name before them a place's ("Craney Island", "Zaca Lake"), whoever else bears that name. */
export const PLACE_FEATURES = new Set([
  'island', 'islands', 'isle', 'river', 'lake', 'lakes', 'bay', 'mountain', 'mountains', 'hills', 'valley', 'creek',
  'harbor', 'harbour', 'county', 'canal', 'gulf', 'peninsula', 'strait', 'straits', 'sea', 'falls', 'springs', 'beach',
  'forest', 'desert', 'plains', 'ridge', 'reservoir', 'sound', 'coast', 'street', 'avenue', 'road', 'square', 'bridge',
  'airport', 'dam', 'glacier', 'canyon', 'basin', 'delta', 'gorge', 'pass', 'lagoon', 'archipelago',
]);

/** Endings that make a name's adjective, demonym or plural ("Armenian", "Yemenis"). */
const DERIVATIONS = ['n', 'an', 'ian', 'ns', 'ans', 'ians', 'ese', 'i', 'is', 'ish', 's', 'es', 'ic', 'er', 'ers', 'ite', 'ites', 'ist', 'ists', 'ism'];
/** What English derives from a person's name ("Kennedys", "Thatcherite", "Marxist"): not "Marli" from Marley, which is Russian MT's spelling of it. */
const PERSON_DERIVATIONS = ['s', 'es', 'ian', 'ians', 'ic', 'ite', 'ites', 'ist', 'ists', 'ism'];

/** Endings English adds to a whole name only ("Iraqi", "Nepalis"): for a dropped last letter they are Russian MT's ("Grozni", "Sicili"). */
const WHOLE_NAME_ENDINGS = new Set(['i', 'is']);

const MIN_BASE = 5;
/** What English derives from a person's name but a plural: "Mahdist", "Napoleonic", "Thatcherite", "Darwinian". */
const ADJECTIVE_ENDINGS = PERSON_DERIVATIONS.filter((e) => e !== 's' && e !== 'es');

/**
 * The names isDerivation() derives `word` from by adding an ending
 * ("napoleonic" → "napoleon", "armenian" → "armenia"); not by dropping one,
 * which reads a surname as a relative's ("Ivanov", "Ivanova").
 */
export function derivationBases(word: string): string[] {
  const out = new Set<string>();
  for (const suffix of DERIVATIONS) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    for (const end of ['', 'a', 'e', 'i', 'o', 'u', 'y', 'ey', 's']) out.add(stem + end);
  }
  // A short name's derivations are many garbles' spellings ("Kars", not Kar's).
  return [...out].filter((name) => name.length >= MIN_BASE && name !== word && isDerivation(word, name));
}

/** A name written as an acronym ("BADEA", "S400"): capitals and digits, a capital first. */
export function isAcronymForm(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]+$/u.test(text);
}

/** "Armenian" from "Armenia", "Chinese" from "China", "Italian" from "Italy". */
export function isDerivation(word: string, name: string, person = false): boolean {
  // "German" from "Germany". Not "Vurn" from Vurna nor "Sicili" from Sicilia:
  // the name with its case ending dropped ("Somali" is Somalia's demonym).
  if (!person && word === name.slice(0, -1) && name.endsWith('y')) return true;
  const stems = [name, name.replace(/[aeiouy]$/, ''), name.replace(/ey$/, ''), name.replace(/s$/, '')];
  const endings = person ? PERSON_DERIVATIONS : DERIVATIONS;
  if (stems.some((stem) => stem.length >= 3 && word.startsWith(stem) && endings.includes(word.slice(stem.length))
    && (stem === name || !WHOLE_NAME_ENDINGS.has(word.slice(stem.length))))) return true;
  // And the other way: "Philippine" from "Philippines".
  // Not "Sicili" from Sicilian: a place minus its demonym's ending is itself or Russian MT's.
  return name.startsWith(word) && ['s', 'es'].includes(name.slice(word.length));
}

/** "America-and", "Albert-and": a dash typed as a hyphen between words that are fine alone. */
export function isDashCompound(w: Word, kb: Knowledge): boolean {
  if (!w.folded.includes('-')) return false;
  const parts = w.folded.split('-');
  return parts.every((p) => kb.isCommonWord(p) || kb.isGivenName(p) || kb.gazetteer.forms.has(p) || p.length === 1);
}

/**
 * A word written against a digit ("Moto2", "4Runner"): a class's or a
 * model's designation, no name misspelt. In OCR'd text the digit is a letter
 * misread, which the glyph rules read.
 */
export function gluedToDigit(doc: Document, w: Word): boolean {
  return !doc.ocr && (DIGIT.test(doc.text[w.end] ?? '') || DIGIT.test(doc.text[w.start - 1] ?? ''));
}
const DIGIT = /\d/;

/** Words a title spans before a name, its head word included ("Secretary of State"). */
const TITLE_LOOKBACK = 4;

/**
 * The title right before a name is the entity's own: a person cue, every
 * word from it to the name, and a capitalised word qualifying it are words of
 * its role ("Secretary of State Blinken", "Foreign Minister Wang"; not
 * "Defence Minister" for a foreign minister). A country may come first
 * ("Russian Foreign Minister"). Such a title all but names the person.
 */
export function titleAgrees(doc: Document, kb: Knowledge, e: Entity, w: Word): boolean {
  if (e.type !== 'person' || !e.role) return false;
  const role = roleWords(e, e.role);
  let next = w;
  for (let i = 0; i < TITLE_LOOKBACK; i++) {
    const p = doc.previous(next);
    if (!p || !doc.adjacent(p, next) || !role.has(p.folded)) return false;
    if (PERSON_CUES.has(p.folded)) {
      const q = doc.previous(p);
      return !q || !doc.adjacent(q, p) || !q.capitalised || role.has(q.folded) || kb.countryOf(q.folded) !== undefined;
    }
    next = p;
  }
  return false;
}

/** A person cue or a rank right before w, with only spaces between or an abbreviation's full stop ("Mr. Crampton", "Capt. Talcott"). */
export function titleRightBefore(doc: Document, w: Word): boolean {
  const p = wordBefore(doc, w);
  return p !== undefined && (PERSON_CUES.has(p.folded) || rankOf(p) !== undefined);
}

/** The word right before w: only spaces between, or an abbreviation's full stop ("Mr. Crampton", "Capt. Talcott"). */
function wordBefore(doc: Document, w: Word): Word | undefined {
  const p = doc.previous(w);
  return p && (doc.adjacent(p, w) || (w.token === p.token + 2 && doc.tokenText(p.token + 1) === '.')) ? p : undefined;
}

/**
 * Ranks and titles of the church, the nobility and monarchs: few famous
 * people bear one, and those who do have it in their role or an alias
 * ("Captain Dreyfus", "King Salman"). Before a name, such a title the person
 * never bore says someone else is meant ("Captain John Cherrey" is no John
 * Kerry, Wagner's "King Marke" no Meghan Markle).
 */
const RANK_TITLES = new Map([
  ...['captain', 'lieutenant', 'sergeant', 'corporal', 'private', 'reverend', 'pastor', 'rabbi', 'father', 'bishop', 'baron', 'baroness',
    'king', 'queen', 'emperor', 'empress', 'sultan', 'tsar', 'czar', 'shah', 'pharaoh', 'pope', 'cardinal', 'archbishop', 'duke', 'duchess',
  ].map((t) => [t, t] as const),
  ['capt', 'captain'], ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['cpl', 'corporal'], ['pvt', 'private'], ['rev', 'reverend'],
]);

/** The title a word is, written as one: capitalised ("Private Ryan"; "private groups" is no rank). */
function rankOf(w: Word): string | undefined {
  return w.capitalised ? RANK_TITLES.get(w.folded) : undefined;
}

/** A rank or church or noble title right before the name (a particle between: "Baron de Lederer") that the person never bore. */
export function foreignRank(doc: Document, kb: Knowledge, e: Entity, w: Word): boolean {
  let p = wordBefore(doc, w);
  if (p?.leadingParticle) p = wordBefore(doc, p);
  const title = p && rankOf(p);
  if (!title) return false;
  return !roleHolds(e, title) && !(kb.gazetteer.entityForms.get(e) ?? []).some((f) => f.folded.some((t) => RANK_TITLES.get(t) === title));
}

/** A title's cue word ("Secretary", "President") among the words right before w: where titleAgrees() can hold. */
export function titleCueBefore(doc: Document, w: Word): boolean {
  let next = w;
  for (let i = 0; i < TITLE_LOOKBACK; i++) {
    const p = doc.previous(next);
    if (!p || !doc.adjacent(p, next)) return false;
    if (PERSON_CUES.has(p.folded)) return true;
    next = p;
  }
  return false;
}

const roleWordCache = new WeakMap<Entity, Set<string>>();

/** The words of an entity's role, split once: align() asks for every candidate after a title. */
export function roleWords(e: Entity, role: string): Set<string> {
  let words = roleWordCache.get(e);
  if (!words) roleWordCache.set(e, (words = new Set(role.toLowerCase().split(/[^\p{L}]+/u))));
  return words;
}

/** Telling words of a role that point at its holder ("National Security Council"). */
const ROLE_WORDS_NEEDED = 2;
/** Role words too general to point at anyone. */
const GENERAL_ROLE_WORDS = new Set(['former', 'first', 'current', 'acting', 'also', 'since', 'until', 'from', 'with', 'later', 'their', 'world']);
const tellingCache = new WeakMap<Entity, string[]>();

/** The words of a person's role that can point at them: not titles, countries or general words. */
function tellingRoleWords(kb: Knowledge, e: Entity): string[] {
  let words = tellingCache.get(e);
  if (!words) {
    words = [...roleWords(e, e.role ?? '')]
      .filter((r) => r.length >= 4 && !PERSON_CUES.has(r) && !GENERAL_ROLE_WORDS.has(r) && !kb.countryOf(r));
    tellingCache.set(e, words);
  }
  return words;
}

/** The folded words of w's sentence, but for the words given: what else the sentence says around a name. */
export function sentenceWordsBut(doc: Document, w: Word, ...but: Word[]): Set<string> {
  return new Set(doc.sentences[w.sentence]!.filter((x) => x !== w && !but.includes(x)).map((x) => x.folded));
}

/** Two telling words of the person's role among the folded words of a sentence ("Economy", "Industry"). */
export function roleInSentence(kb: Knowledge, e: Entity, sentence: ReadonlySet<string>): boolean {
  const words = tellingRoleWords(kb, e);
  if (words.length < ROLE_WORDS_NEEDED) return false;
  let found = 0;
  for (const r of words) if (sentence.has(r) && ++found >= ROLE_WORDS_NEEDED) return true;
  return false;
}

/** A capitalised word inside a sentence that no rule has read and no gazetteer knows: what the readings by ear read. */
export function isUnknownName(kb: Knowledge, w: Word, claimed: ReadonlySet<Word>): boolean {
  // Hyphened words are compounds or syllables of East Asian given names ("Dong-hyun").
  if (!w.capitalised || w.allCaps || w.known || claimed.has(w) || w.folded.length < 4 || w.folded.includes('-')) return false;
  if (w.sentenceStart && w.common) return false;
  if (kb.gazetteer.forms.has(w.folded) || kb.isSurname(w.folded)) return false;
  // A word English derives from a name it knows ("Mahdist", "Thatcherite") is that word, no name heard wrong;
  // not a plural's ending, which a surname misspelt may have ("Dreyfuss").
  return !(ADJECTIVE_ENDINGS.some((e) => w.folded.endsWith(e)) && derivationBases(w.folded).some((b) => kb.gazetteer.forms.get(b)?.some((f) => f.kind !== 'garbled' && !isAcronymForm(f.text))));
}

/** Nouns of administrative units: the name before one is a place's ("Kech district", "Afder zone"), whoever else bears it. */
export const ADMIN_UNITS = new Set([
  'region', 'province', 'district', 'county', 'oblast', 'zone', 'municipality', 'governorate', 'prefecture', 'department',
  'commune', 'territory', 'regency', 'township', 'subdistrict', 'village', 'raion', 'woreda', 'upazila', 'tehsil',
]);
/** A feature's or an administrative unit's noun ("River", "district"): the name before it is a place's. */
export function isPlaceNoun(folded: string): boolean {
  return PLACE_FEATURES.has(folded) || ADMIN_UNITS.has(folded);
}

/** Right before an organisation's head noun ("Turchi Energy", "Kodal Minerals"): the word names the organisation. */
export function beforeOrganisationHead(doc: Document, w: Word): boolean {
  const after = doc.next(w);
  return after !== undefined && ORGANISATION_HEADS.has(after.folded) && doc.adjacent(w, after);
}

/** Right after a noun that says an organisation, a code name or a camp follows ("the transport company Carris", "Operation Shujaa"). */
export function afterOrganisationNoun(doc: Document, w: Word): boolean {
  const before = doc.previous(w);
  return before !== undefined && ORGANISATION_NOUNS.has(before.folded) && doc.adjacent(before, w);
}

/**
 * A word alone that is no person's name where it stands, outside OCR'd text:
 * after an article ("the Vuelta", "the Fon", a race and a people), before a
 * feature, an administrative unit or a building ("Craney Island", "Cu Kuin
 * District", "Myddelton Lodge"), after such a noun and "of" ("the district
 * of Sassoun"), or where an organisation's name goes. In OCR'd text it may be the
 * feature's own name garbled ("the Hookey Mountains"), worth a flag whatever
 * it suggests.
 */
export function noPersonHere(doc: Document, w: Word): boolean {
  if (doc.ocr) return false;
  const before = doc.previous(w);
  if (before?.folded === 'the' && doc.adjacent(before, w)) return true;
  if (beforePlaceNoun(doc, w)) return true;
  // "the district of Sassoun", "the town of Tahua".
  const noun = before?.folded === 'of' && doc.adjacent(before, w) ? doc.previous(before) : undefined;
  if (noun && PLACE_NOUNS.has(noun.folded) && doc.adjacent(noun, before!)) return true;
  return beforeOrganisationHead(doc, w) || afterOrganisationNoun(doc, w);
}

/** Buildings and estates named by the word before them ("Myddelton Lodge", "Carnegie Hall"): a house's name, no one misspelt. */
const BUILDINGS = new Set([
  'lodge', 'hall', 'manor', 'castle', 'palace', 'abbey', 'priory', 'grange', 'stadium', 'arena', 'theatre', 'theater',
  'cathedral', 'mosque', 'temple', 'chapel', 'tower', 'mansion', 'mall', 'market', 'bazaar', 'plaza',
]);

/** Right before a building's or a place's noun ("Itoku market", "Craney Island"): the word names the place. */
export function beforePlaceNoun(doc: Document, w: Word): boolean {
  const after = doc.next(w);
  return after !== undefined && (isPlaceNoun(after.folded) || BUILDINGS.has(after.folded)) && doc.adjacent(w, after);
}

/** Nouns between a place's name and the "in" or "of" that says where it lies ("Kech district of", "the Kisanfu mine in"). */
const PLACE_NOUNS = new Set([...PLACE_FEATURES, ...ADMIN_UNITS, 'city', 'town', 'port', 'state', 'mine', 'area', 'camp', 'oilfield', 'field', 'refinery', 'plant']);
/** How many such nouns may stand there ("the Kisanfu copper mine"). */
const MAX_PLACE_NOUNS = 2;

/**
 * The text says the place whose name ends with `last` lies in a country none
 * of the entity's ("the Kisanfu mine in Congo" is no Tsinanfu, "the
 * Gualcarque River in Honduras" no Culgoa River): right after the name, a
 * noun or two, "in" or "of", and a country or a place the text names right.
 */
export function placedElsewhere(doc: Document, kb: Knowledge, e: Entity, last: Word): boolean {
  if (!e.country) return false;
  let w = doc.next(last);
  let prev = last;
  for (let i = 0; i < MAX_PLACE_NOUNS && w && doc.adjacent(prev, w) && PLACE_NOUNS.has(w.folded); i++) [prev, w] = [w, doc.next(w)];
  if (!w || !doc.adjacent(prev, w) || (w.folded !== 'in' && w.folded !== 'of')) return false;
  let where = doc.next(w);
  if (where?.folded === 'the') where = doc.next(where);
  if (!where || !where.capitalised) return false;
  const code = kb.countryOf(where.folded) ?? (where.known?.type === 'place' ? where.known.country : undefined);
  if (!code) return false;
  const own = e.country.split(/,\s*/);
  return !code.split(/,\s*/).some((c) => own.includes(c));
}

/** Words a text needs before the countries it never names say anything: a headline names few. */
const COUNTRY_SILENCE_WORDS = 100;

const namedCountries = new WeakMap<Document, Set<string>>();

/**
 * The countries a text names: by a word for the country or its people, or by
 * a place it names right. Read once, when a rule first asks, after the exact
 * names are marked.
 */
export function countriesNamed(doc: Document, kb: Knowledge): ReadonlySet<string> {
  let out = namedCountries.get(doc);
  if (out) return out;
  out = new Set();
  for (const w of doc.words) {
    if (!w.capitalised) continue;
    const code = kb.countryOf(w.folded) ?? (w.known?.type === 'place' ? w.known.country : undefined);
    if (code) for (const c of code.split(/,\s*/)) out.add(c);
  }
  namedCountries.set(doc, out);
  return out;
}

/**
 * A place of a country the text never names, in a text that names others:
 * "Mambasa" in a report on Congo is a Congolese town, no Mombasa. Not a
 * country (MT garbles the very name) nor a world-famous place, and only in a
 * text long enough to have named its country.
 */
export function foreignToText(doc: Document, kb: Knowledge, e: Entity): boolean {
  if (e.type !== 'place' || !e.country || e.kind === 'country' || e.rank === 1 || doc.words.length < COUNTRY_SILENCE_WORDS) return false;
  const named = countriesNamed(doc, kb);
  return named.size > 0 && !e.country.split(/,\s*/).some((c) => named.has(c));
}

const COUNTRY_LOOKBACK = 4;

/** A word naming the entity's country shortly before the name, in the same sentence. */
export function countryBefore(doc: Document, kb: Knowledge, w: Word, countries: string): boolean {
  let p = doc.previous(w);
  for (let i = 0; i < COUNTRY_LOOKBACK && p; i++, p = doc.previous(p)) {
    if (!p.capitalised) continue;
    const code = kb.countryOf(p.folded);
    if (code && countries.split(/,\s*/).includes(code)) return true;
  }
  return false;
}

/**
 * Words the text gives someone as part of a full name: those after a given
 * name (surnames: "Thomas Paine … Paine said") and those before a surname
 * (given names: "Janiyah Davis … Janiyah's mother"). Alone elsewhere, such a
 * word is that person, not a famous name garbled.
 */
export function introducedNames(runs: Word[][], kb: Knowledge): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    for (let i = 1; i < run.length; i++) {
      const prev = run[i - 1]!;
      if (!prev.nameWord || prev.common || prev.allCaps || PERSON_CUES.has(prev.folded) || prev.folded.length <= 1) continue;
      out.add(run[i]!.folded);
      if (kb.isSurname(run[i]!.folded) || kb.isCommonSurname(run[i]!.folded)) out.add(prev.folded);
    }
  }
  return out;
}

/** The name words right before and after `w`, with only spaces between (titles and cues are no names). */
export function namesBeside(doc: Document, w: Word): Word[] {
  const out: Word[] = [];
  const before = doc.previous(w);
  const after = doc.next(w);
  if (before && doc.adjacent(before, w) && before.nameWord && !PERSON_CUES.has(before.folded)) out.push(before);
  if (after && doc.adjacent(w, after) && after.nameWord && !PERSON_CUES.has(after.folded)) out.push(after);
  return out;
}

/** No other name word right before or after (titles and cues do not count). */
export function standsAlone(doc: Document, kb: Knowledge, w: Word): boolean {
  return !namesBeside(doc, w).some((x) =>
    // A surname many bear makes its neighbour a given name ("Sun Xinming"), a
    // given name its neighbour a surname ("Tom Coburn"), though they are
    // English words and OCR'd text has many garbled ones.
    kb.isCommonSurname(x.folded) || x.givenName
    // In OCR'd text a garbled neighbour is no name ("Bostom Heraid").
    || (!x.common && !(doc.ocr && !x.known)));
}

/** Whether an entity's role holds a title word ("chancellor" for Scholz). */
export function roleHolds(e: Entity, title: string): boolean {
  return (e.role ?? '').toLowerCase().includes(title);
}
