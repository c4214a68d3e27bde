import type { Entity, Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { endsInSurname, entitiesNamed, isSurnameLast, type Form, type GazetteerView } from '../gazetteer/gazetteer.js';
import { heardKey } from '../match/heard-key.js';
import { fold } from '../text/fold.js';
import { similarity } from '../match/similarity.js';
import { findingOver, matchCase } from './finding.js';
import { describe } from './describe.js';
import { isPlace } from './explained-words.js';
import { PERSON_CUES, countryBefore, gluedToDigit, isUnknownName, noPersonHere, roleInSentence, sentenceWordsBut, titleAgrees, titleCueBefore } from './name-context.js';
import { memoised } from './memoised.js';

/** A given name this close to the person's own is theirs, in another spelling ("Ibrahim", "Ebrahim"). */
const GIVEN_NAME_SIMILARITY = 0.8;
/** Keys this long are rare enough that one pointer to the person will do; shorter ones need two. */
const DISTINCT_KEY = 4;
const BASE_CONFIDENCE = 0.65;
const PER_POINTER = 0.05;
const MAX_CONFIDENCE = 0.8;
/** Consonants two words heard as a famous person's given name and surname hold between them, each at least MIN_PAIR_WORD. */
const PAIR_CONSONANTS = 7;
const MIN_PAIR_WORD = 2;
const PAIR_CONFIDENCE = 0.75;
/** A key this long after the person's own given name needs no other pointer. */
const OWN_GIVEN_KEY = 3;
/** Pointers to a less famous person (rank 3): their given name and one more. */
const LESS_FAMOUS_POINTERS = 2;
/** A person finding at least this sure, by the rules before, reads its sounds as that person. */
const READ_AS_PERSON = 0.6;
/** Letters a surname spelt back by ear gains or loses at most, on one pointer. */
const MAX_LENGTH_CHANGE = 2;
/** Keys of two consonants are too common ("ls": Lacy, Alice, Ellis) to carry another rule's reading. */
const READ_KEY = 3;

/** Words that go on with a father's name ("Azlan bin Osman"): the word before them is a given name. */
const PATRONYMIC = new Set(['bin', 'binti', 'bint', 'ibn', 'ben', 'ould', 'wad']);

type Pointer = 'title' | 'given name' | 'country' | 'role' | 'named in the text' | 'heard so before';

interface Reading { entity: Entity; form: Form; pointers: Pointer[] }

/**
 * A person's surname spelt back by ear, unrecognisable letter by letter
 * ("Secretary of State Brinkin", "President Ibrahim Lacy"): a capitalised word
 * no gazetteer knows whose heard key (heardKey) is a famous person's surname,
 * where the text points at that person: a title they hold, their given name
 * before it, their country, words of their role in the sentence, their name
 * elsewhere in the text. Once a spelling is read so, here or by the rules
 * before (`read`: "Chancellor Sholts"), the text's other words that sound the
 * same are that person too ("Lacey's government", "Silz arrived"). Two unknown
 * words may be a famous person's given name and surname heard alike
 * ("Gelanda Jiekexun"), with no other pointer.
 */
export function heardNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>, read: Finding[]): Finding[] {
  const heardAs = readBefore(kb, read);
  const findings: Finding[] = [];
  let open: Surroundings[] = [];
  for (const run of runs) {
    // Ordinary words capitalised together name a thing ("the International Marine Conference"),
    // no one, unless one is a title ("Secretary Cuss").
    if (run.length >= 2 && run.every((w) => w.common && !PERSON_CUES.has(w.folded))) continue;
    for (let p = 0; p < run.length; p++) {
      const w = run[p]!;
      if (!isUnknownName(kb, w, claimed) || noPersonHere(doc, w) || gluedToDigit(doc, w)) continue;
      // A famous person's surname ends their name: a word another name follows
      // is a given name ("President Goffredo Celeste" is no Garfield), though
      // not one an English word follows in a headline ("Adviser Kalyn Says").
      const next = run[p + 1];
      const goesOn = next !== undefined && ((next.capitalised && (!next.common || next.givenName)) || PATRONYMIC.has(next.folded));
      if (goesOn && doc.adjacent(w, next)) continue;
      const key = heardKey(w.folded);
      const given = p > 0 && doc.adjacent(run[p - 1]!, w) ? run[p - 1] : undefined;
      // Two words no list knows, not a title ("Captain Peleg") or an English word before a name.
      const pair = given && !given.common && !w.common && isUnknownName(kb, given, claimed) ? heardPair(kb, given, key) : undefined;
      if (pair) {
        claimed.add(given!).add(w);
        heardAs.set(key, pair.entity);
        findings.push(pairFinding(doc, given!, w, pair));
        continue;
      }
      // A particle ("de" of Willem de Kooning) is no one's given name.
      const bearers = given && !given.leadingParticle && (!given.common || given.givenName) ? bearersOf(kb, given.folded) : undefined;
      if (!kb.gazetteer.heardForms.has(key) && !bearers?.size) continue;
      open.push({ w, key, given, bearers, titled: titleCueBefore(doc, w) });
    }
  }
  // A spelling read in one place is evidence for the same sounds in another,
  // before or after it: a second pass over those left, if the first read any.
  for (let pass = 0; pass < 2 && open.length; pass++) {
    const left: Surroundings[] = [];
    const newly = new Set<string>();
    for (const around of open) {
      const reading = bestReading(doc, kb, around, heardAs.get(around.key));
      if (!reading) { if (pass === 0) left.push(around); continue; }
      if (!heardAs.has(around.key)) newly.add(around.key);
      heardAs.set(around.key, reading.entity);
      claimed.add(around.w);
      findings.push(finding(doc, around.w, reading));
    }
    open = left.filter((x) => newly.has(x.key));
  }
  return findings;
}

/**
 * The one famous person whose given name and surname sound like two unknown
 * words ("Gelanda Jiekexun": Glenda Jackson); seven consonants between them
 * name one person without other pointers.
 */
function heardPair(kb: Knowledge, given: Word, key: string): Form | undefined {
  const first = heardKey(given.folded);
  if (first.length < MIN_PAIR_WORD || first.length + key.length < PAIR_CONSONANTS) return undefined;
  let found: Form | undefined;
  for (const f of kb.gazetteer.heardForms.get(key) ?? []) {
    if (f.folded.length < 2 || f.folded[0] === given.folded || heardKey(f.folded[0]!) !== first) continue;
    if (found && found.entity !== f.entity) return undefined;
    // The name as the entry spells it, before an alias.
    if (!found || (f.kind === 'name' && found.kind !== 'name')) found = f;
  }
  return found;
}

function pairFinding(doc: Document, given: Word, w: Word, form: Form): Finding {
  return findingOver(doc, given, w, {
    ruleId: 'entity/person', kind: 'transliteration', confidence: PAIR_CONFIDENCE,
    message: `“${given.text} ${w.text}” sounds like “${form.text}” (${describe(form.entity)}) spelt back by ear, as MT spells a name it takes from a script of syllables`,
    expected: [form.text], entity: { name: form.entity.name, type: 'person' },
  });
}

/**
 * The sounds of people the rules before read in the text, garbled: the word
 * they read and the surname it stands for, each heard as that person.
 */
function readBefore(kb: Knowledge, read: Finding[]): Map<string, Entity> {
  const heardAs = new Map<string, Entity>();
  for (const f of read) {
    if (f.entity?.type !== 'person' || f.confidence < READ_AS_PERSON) continue;
    const [e] = entitiesNamed(kb.gazetteer, f.entity.name);
    const surname = lastWord(f.entity.name);
    // Only a reading of the surname: a given name's sounds ("Funio" for Fumio) are no one's surname.
    if (!e || lastWord(f.expected[0] ?? '') !== surname) continue;
    for (const key of [heardKey(lastWord(f.actual)), heardKey(surname)]) {
      if (key.length >= READ_KEY && !heardAs.has(key)) heardAs.set(key, e);
    }
  }
  return heardAs;
}

/** `folded` is a given name in one of the person's accepted names, as written. */
function hasGivenName(kb: Knowledge, e: Entity, folded: string): boolean {
  return (kb.gazetteer.entityForms.get(e) ?? []).some((f) => f.kind !== 'garbled' && isGivenWordOf(f, folded));
}

/** `folded` is one of the form's words before its last: a given name, not the surname. */
function isGivenWordOf(f: Form, folded: string): boolean {
  const i = f.folded.indexOf(folded);
  return i >= 0 && i < f.folded.length - 1;
}

/** The last word of a text, folded. */
function lastWord(text: string): string {
  return fold(text).split(/[^a-z]+/).filter(Boolean).pop() ?? '';
}

/** Given names whose bearers are kept, per gazetteer: "John" alone reads thousands of forms. */
const MAX_BEARER_LISTS = 20_000;
const bearerCache = new WeakMap<GazetteerView, Map<string, Set<Entity>>>();

/**
 * People with `folded`, or a spelling close to it ("Ibrahim" for Ebrahim),
 * as a given name in one of their accepted names.
 */
function bearersOf(kb: Knowledge, folded: string): Set<Entity> {
  const gz = kb.gazetteer;
  return memoised(bearerCache, gz, MAX_BEARER_LISTS, folded, () => {
    const out = new Set<Entity>();
    for (const t of [folded, ...gz.fuzzyTokens(folded)]) {
      if (t !== folded && similarity(gz.key(folded), gz.key(t)).score < GIVEN_NAME_SIMILARITY) continue;
      for (const f of gz.tokenForms.get(t) ?? []) {
        if (f.type === 'person' && isGivenWordOf(f, t)) out.add(f.entity);
      }
    }
    return out;
  });
}

/** Per set of bearers (bearersOf's, kept while it is), the forms bearersHeard() found per heard key. */
const heardBearerForms = new WeakMap<Set<Entity>, Map<string, Form[]>>();

/**
 * Forms of the less famous people whose given name stands before the word,
 * that end in a surname it sounds like ("Gina Reinhard"): kept per given name
 * and key, as "John" has thousands of bearers to read.
 */
function bearersHeard(kb: Knowledge, around: Surroundings): Form[] {
  const { bearers, key } = around;
  if (!bearers?.size) return [];
  let byKey = heardBearerForms.get(bearers);
  if (!byKey) heardBearerForms.set(bearers, (byKey = new Map()));
  let out = byKey.get(key);
  if (out) return out;
  out = [];
  for (const e of bearers) {
    if (e.rank !== 3 || !isSurnameLast(e)) continue;
    for (const f of kb.gazetteer.entityForms.get(e) ?? []) {
      if (endsInSurname(f.kind, f.folded) && heardKey(f.folded[f.folded.length - 1]!) === key) out.push(f);
    }
  }
  byKey.set(key, out);
  return out;
}

/** What one word's surroundings hold, read once however many people it sounds like. */
interface Surroundings {
  w: Word;
  key: string;
  /** The name word right before it, if any: a given name, or a title's last word. */
  given: Word | undefined;
  /** People whose given name that word is: undefined when it is an English word and no given name. */
  bearers: Set<Entity> | undefined;
  /** A title cue word shortly before it. */
  titled: boolean;
  /** The folded words of its sentence, when first asked. */
  sentence?: Set<string>;
}

/** The one person the text points at most among those the word sounds like, if it points at them enough. */
function bestReading(doc: Document, kb: Knowledge, around: Surroundings, heard: Entity | undefined): Reading | undefined {
  const { w, key } = around;
  // A short key, an English word, a given name or a name the dictionary
  // knows ("Lacy") takes two pointers, one of them the name's own slot: a
  // title, a given name, the same sounds read so before.
  const unnamed = !w.common && !w.givenName && !kb.isDictionaryName(w.folded);
  const plain = key.length >= DISTINCT_KEY && unnamed;
  // Most unknown words have none of these: they need not meet the hundreds of people a short key sounds like.
  if (!plain && !around.titled && !heard && !around.bearers?.size) return undefined;
  let best: Reading | undefined;
  let tied = false;
  const seen = new Set<Entity>();
  const named = kb.gazetteer.tokenForms.get(w.folded);
  for (const form of [...(kb.gazetteer.heardForms.get(key) ?? []), ...bearersHeard(kb, around)]) {
    const e = form.entity;
    if (seen.has(e)) continue;
    seen.add(e);
    // A word of the person's own name is theirs already ("Luigi Amedeo, Duke of the Abruzzi").
    if (named?.some((f) => f.entity === e)) continue;
    if (!plain && !around.titled && heard !== e && !around.bearers?.has(e)) continue;
    const pointers = pointersTo(doc, kb, e, around, heard === e);
    // The less famous are not indexed by ear: their given name and one more pointer find them.
    if (!pointers || (e.rank === 3 && pointers.length < LESS_FAMOUS_POINTERS)) continue;
    if (!best || pointers.length > best.pointers.length) { best = { entity: e, form, pointers }; tied = false; }
    else if (pointers.length === best.pointers.length) tied = true;
  }
  if (!best || tied) return undefined;
  const personal = best.pointers.some((p) => p === 'title' || p === 'given name' || p === 'heard so before');
  const weight = best.pointers.length + (best.pointers.includes('heard so before') ? 1 : 0);
  // Three consonants after the famous person's own given name, spelt as theirs, will do ("Hannah Alunte").
  // Not under a title they never held ("Senator John Breaux" for Sir John French).
  const ownGiven = unnamed && key.length >= OWN_GIVEN_KEY && best.entity.rank !== 3 && around.given !== undefined
    && (!around.titled || best.pointers.includes('title')) && hasGivenName(kb, best.entity, around.given.folded);
  if (plain || ownGiven ? weight < 1 : weight < 2 || !personal) return undefined;
  // Spelt back by ear, a surname keeps about its length ("Brinkin", Blinken):
  // a word three letters longer or shorter needs a second pointer ("Giuseppe Sinigaglia" is no Zangara).
  const surname = best.form.folded[best.form.folded.length - 1]!;
  if (Math.abs(surname.length - w.folded.length) > MAX_LENGTH_CHANGE && weight < 2) return undefined;
  // A town somewhere may bear the word: only the name's slot says it is a person.
  return personal || !isPlace(kb, w.folded) ? best : undefined;
}

/** What points at the person in the text; null when a given name of someone else's stands before the word ("Martijn Rasser"). */
function pointersTo(doc: Document, kb: Knowledge, e: Entity, around: Surroundings, heardBefore: boolean): Pointer[] | null {
  const { w, given } = around;
  const out: Pointer[] = [];
  const first = around.bearers?.has(e) ? given : undefined;
  const title = around.titled && titleAgrees(doc, kb, e, first ?? w);
  if (given && !first && !title && !PERSON_CUES.has(given.folded) && (given.givenName || !given.common)) return null;
  if (title) out.push('title');
  if (first) out.push('given name');
  if (e.country && countryBefore(doc, kb, first ?? w, e.country)) out.push('country');
  around.sentence ??= sentenceWordsBut(doc, w);
  if (roleInSentence(kb, e, around.sentence)) out.push('role');
  if (doc.mentions.has(e)) out.push('named in the text');
  if (heardBefore) out.push('heard so before');
  return out;
}

function finding(doc: Document, w: Word, r: Reading): Finding {
  const surname = r.form.tokens[r.form.tokens.length - 1]!;
  const confidence = Math.min(MAX_CONFIDENCE, BASE_CONFIDENCE + PER_POINTER * r.pointers.length);
  return findingOver(doc, w, w, {
    ruleId: 'entity/person', kind: 'transliteration', confidence,
    message: `“${w.text}” sounds like “${surname}” (${describe(r.entity)}) spelt back by ear, as MT spells a name it takes from a script of syllables; the text points at them: ${r.pointers.join(', ')}`,
    expected: [matchCase(w.text, surname)], entity: { name: r.entity.name, type: 'person' },
  });
}
