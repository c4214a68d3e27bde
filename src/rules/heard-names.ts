import type { Entity, Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import type { Form, GazetteerView } from '../gazetteer/gazetteer.js';
import { heardKey } from '../match/heard-key.js';
import { similarity } from '../match/similarity.js';
import { findingOver, matchCase } from './finding.js';
import { describe } from './describe.js';
import { isPlace } from './explained-words.js';
import { PERSON_CUES, countryBefore, roleWords, titleAgrees, titleCueBefore } from './name-context.js';
import { memoised } from './memoised.js';

/** A given name this close to the person's own is theirs, in another spelling ("Ibrahim", "Ebrahim"). */
const GIVEN_NAME_SIMILARITY = 0.8;
/** Words of the person's role in the sentence that point at them ("National Security Council"). */
const ROLE_WORDS_NEEDED = 2;
/** Keys this long are rare enough that one pointer to the person will do; shorter ones need two. */
const DISTINCT_KEY = 4;
const BASE_CONFIDENCE = 0.65;
const PER_POINTER = 0.05;
const MAX_CONFIDENCE = 0.8;
/** Role words too general to point at anyone. */
const GENERAL_ROLE_WORDS = new Set(['former', 'first', 'current', 'acting', 'also', 'since', 'until', 'from', 'with', 'later', 'their', 'world']);

type Pointer = 'title' | 'given name' | 'country' | 'role' | 'named in the text' | 'heard so before';

interface Reading { entity: Entity; form: Form; pointers: Pointer[] }

/**
 * A person's surname spelt back by ear, unrecognisable letter by letter
 * ("Secretary of State Brinkin", "President Ibrahim Lacy"): a capitalised word
 * no gazetteer knows whose heard key (heardKey) is a famous person's surname,
 * where the text points at that person: a title they hold, their given name
 * before it, their country, words of their role in the sentence, their name
 * elsewhere in the text. Once a spelling is read so, the text's other words
 * that sound the same are that person too ("Lacey's government").
 */
export function heardNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  const heardAs = new Map<string, Entity>();
  let open: Surroundings[] = [];
  for (const run of runs) {
    for (let p = 0; p < run.length; p++) {
      const w = run[p]!;
      if (!isUnknownName(kb, w, claimed)) continue;
      const key = heardKey(w.folded);
      if (!kb.gazetteer.heardForms.has(key)) continue;
      const given = p > 0 && doc.adjacent(run[p - 1]!, w) ? run[p - 1] : undefined;
      const bearers = given && (!given.common || given.givenName) ? bearersOf(kb, given.folded) : undefined;
      open.push({ w, key, given, bearers, titled: titleCueBefore(doc, w) });
    }
  }
  const findings: Finding[] = [];
  // A spelling read in one place is evidence for the same sounds in another,
  // before or after it: a second pass over those left, if the first read any.
  for (let pass = 0; pass < 2 && open.length; pass++) {
    const left: Surroundings[] = [];
    for (const around of open) {
      const reading = bestReading(doc, kb, around, heardAs.get(around.key));
      if (!reading) { if (pass === 0) left.push(around); continue; }
      heardAs.set(around.key, reading.entity);
      claimed.add(around.w);
      findings.push(finding(doc, around.w, reading));
    }
    open = heardAs.size ? left.filter((x) => heardAs.has(x.key)) : [];
  }
  return findings;
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
        if (f.type === 'person' && f.folded.indexOf(t) < f.folded.length - 1) out.add(f.entity);
      }
    }
    return out;
  });
}

/** A capitalised word inside a sentence that no rule has read and no gazetteer knows. */
function isUnknownName(kb: Knowledge, w: Word, claimed: Set<Word>): boolean {
  // Hyphened words are compounds or syllables of East Asian given names ("Dong-hyun").
  if (!w.capitalised || w.allCaps || w.known || claimed.has(w) || w.folded.length < 4 || w.folded.includes('-')) return false;
  if (w.sentenceStart && w.common) return false;
  return !kb.gazetteer.forms.has(w.folded) && !kb.isSurname(w.folded);
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
  const plain = key.length >= DISTINCT_KEY && !w.common && !w.givenName && !kb.isDictionaryName(w.folded);
  // Most unknown words have none of these: they need not meet the hundreds of people a short key sounds like.
  if (!plain && !around.titled && !heard && !around.bearers?.size) return undefined;
  let best: Reading | undefined;
  let tied = false;
  const seen = new Set<Entity>();
  const named = kb.gazetteer.tokenForms.get(w.folded);
  for (const form of kb.gazetteer.heardForms.get(key) ?? []) {
    const e = form.entity;
    if (seen.has(e)) continue;
    seen.add(e);
    // A word of the person's own name is theirs already ("Luigi Amedeo, Duke of the Abruzzi").
    if (named?.some((f) => f.entity === e)) continue;
    if (!plain && !around.titled && heard !== e && !around.bearers?.has(e)) continue;
    const pointers = pointersTo(doc, kb, e, around, heard === e);
    if (!pointers) continue;
    if (!best || pointers.length > best.pointers.length) { best = { entity: e, form, pointers }; tied = false; }
    else if (pointers.length === best.pointers.length) tied = true;
  }
  if (!best || tied) return undefined;
  const personal = best.pointers.some((p) => p === 'title' || p === 'given name' || p === 'heard so before');
  const weight = best.pointers.length + (best.pointers.includes('heard so before') ? 1 : 0);
  if (plain ? weight < 1 : weight < 2 || !personal) return undefined;
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
  if (roleInSentence(doc, kb, e, around)) out.push('role');
  if (doc.mentions.has(e)) out.push('named in the text');
  if (heardBefore) out.push('heard so before');
  return out;
}

const tellingCache = new WeakMap<Entity, string[]>();

/** The words of a person's role that can point at them: not titles, countries or general words. */
function telling(kb: Knowledge, e: Entity): string[] {
  let words = tellingCache.get(e);
  if (!words) {
    words = [...roleWords(e, e.role ?? '')]
      .filter((r) => r.length >= 4 && !PERSON_CUES.has(r) && !GENERAL_ROLE_WORDS.has(r) && !kb.countryOf(r));
    tellingCache.set(e, words);
  }
  return words;
}

/** Two telling words of the person's role elsewhere in the sentence ("National Security Council"). */
function roleInSentence(doc: Document, kb: Knowledge, e: Entity, around: Surroundings): boolean {
  const words = telling(kb, e);
  if (words.length < ROLE_WORDS_NEEDED) return false;
  const sentence = (around.sentence ??= new Set(doc.sentences[around.w.sentence]!.filter((x) => x !== around.w).map((x) => x.folded)));
  let found = 0;
  for (const r of words) if (sentence.has(r) && ++found >= ROLE_WORDS_NEEDED) return true;
  return false;
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
