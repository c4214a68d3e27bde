import type { Entity, Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { suggestable } from '../gazetteer/gazetteer.js';
import { findingOver } from './finding.js';
import { describe } from './describe.js';

const MAX_VARIANTS = 64;

/**
 * Acronyms garbled on their way through another script or language
 * (`machineTranslated`: the text shows other sure signs of MT):
 * - read by sound from look-alike letters (Cyrillic РКК → "RKK" for PKK);
 * - a parenthesised acronym that is neither the initials of the name before
 *   it nor one of that entity's acronyms ("State Security Service (GSS)").
 */
export function acronymFindings(doc: Document, kb: Knowledge, runs: Word[][], machineTranslated: boolean): Finding[] {
  const findings: Finding[] = [];
  const flagged = new Set<Word>();
  for (const w of doc.words) {
    if (!w.allCaps || w.known || w.common || w.suspicious || w.text.length < 3 || w.text.length > 6 || !/^\p{Lu}+$/u.test(w.text)) continue;
    if (kb.gazetteer.forms.has(w.folded)) continue;
    // Letters no Cyrillic letter is transliterated to cannot come from one.
    if (/[CWXQJH]/.test(w.text)) continue;
    const hit = lookAlikeReading(w.text, kb);
    if (!hit) continue;
    flagged.add(w);
    findings.push(findingOver(doc, w, w, {
      // English has endless acronyms entlint does not know: a reread is only
      // likely in a text that shows other signs of machine translation.
      ruleId: 'acronym/script', kind: 'acronym', confidence: (hit.entity.rank === 1 ? 0.9 : 0.8) - (machineTranslated ? 0 : 0.35),
      message: `“${w.text}” looks like “${hit.text}” (${describe(hit.entity)}) transliterated letter by letter from Cyrillic look-alikes`,
      expected: [hit.text], entity: { name: hit.entity.name, type: hit.entity.type },
    }));
  }
  for (const run of runs) {
    const last = run[run.length - 1]!;
    const acr = parenthesisedAfter(doc, last);
    if (!acr || !acr.allCaps || flagged.has(acr)) continue;
    const e = nameAround(doc, kb, run, acr) ?? last.known;
    if (!e || acr.known === e || nameGoesOnBefore(doc, run[0]!)) continue;
    const own = acronymsOf(kb, e);
    const written = acr.text.toUpperCase();
    if (!own.length || own.some((a) => written.includes(a.toUpperCase()) || a.toUpperCase().includes(written))) continue;
    if (initialsMatch(run, acr.text)) continue;
    findings.push(findingOver(doc, acr, acr, {
      ruleId: 'acronym/mismatch', kind: 'acronym', confidence: 0.8,
      message: `“${acr.text}” is not an acronym of ${describe(e)}, named just before it; its acronym is ${own.map((a) => `“${a}”`).join(' or ')}`,
      expected: own, entity: { name: e.name, type: e.type },
    }));
  }
  return findings;
}

const QUOTES = new Set(['"', '”', '“', "'", '’', '»', '«']);
/** What the text right after a word must start with for parenthesisedAfter() to read its tokens. */
const OPENING = /[\s"”“'’»«]*\(/y;

/** The single word inside "( … )" right after w (closing quotes may come between). */
function parenthesisedAfter(doc: Document, w: Word): Word | undefined {
  // Asked of every run: most are followed by no parenthesis at all.
  OPENING.lastIndex = w.end;
  if (!OPENING.test(doc.text)) return undefined;
  let t = w.token + 1;
  while (QUOTES.has(doc.tokenText(t) ?? '')) t++;
  if (doc.tokenText(t) !== '(' || doc.tokenText(t + 2) !== ')') return undefined;
  return doc.wordAt(t + 1);
}

/** Words and marks that join the words of one name: "People's Republic", "Workers' Party", "Mission in the DRC". */
const NAME_LINKS = new Set(['of', 'in', 'the', 'for', 'and', 'on', 's', "'", '’']);
/** Links looked back over, at most. */
const MAX_LINKS = 3;

/**
 * Whether a longer name ends in the run: a capitalised word before it, over
 * links, that is no place whose possessive it is ("Azerbaijan's State
 * Security Service"). "The People's Republic of China (PRC)" names China, not
 * Taiwan's Republic of China, and "the Workers' Party of Korea (WPK)" no
 * Korea: the acronym is the longer name's.
 */
function nameGoesOnBefore(doc: Document, first: Word): boolean {
  for (let t = first.token - 1, links = 0; t >= 0 && links <= MAX_LINKS; t--, links++) {
    const w = doc.wordAt(t);
    if (!w) {
      if (!NAME_LINKS.has(doc.tokenText(t) ?? '')) return false;
      continue;
    }
    if (NAME_LINKS.has(w.folded)) continue;
    return links > 0 && w.capitalised && !w.sentenceStart && w.known?.type !== 'place';
  }
  return false;
}

/**
 * The entity named by a run continued after the parentheses, as in "the
 * State Security Service (GSS) of Georgia".
 */
function nameAround(doc: Document, kb: Knowledge, run: Word[], acr: Word): Entity | undefined {
  const after: Word[] = [];
  for (let w = doc.next(acr); w && after.length < 4 && (w.nameWord || w.folded === 'of' || w.folded === 'the'); w = doc.next(w)) after.push(w);
  for (let n = after.length; n >= 1; n--) {
    const key = [...run, ...after.slice(0, n)].map((w) => w.folded).join(' ');
    const form = kb.gazetteer.forms.get(key)?.find(suggestable);
    if (form) return form.entity;
  }
  return undefined;
}

/** Rereads letters a transliterator wrote by sound as the Latin look-alikes they came from. */
function lookAlikeReading(text: string, kb: Knowledge): { text: string; entity: Entity } | null {
  for (const v of rereadings(text, kb).slice(0, MAX_VARIANTS)) {
    if (v === text) continue;
    const form = kb.gazetteer.forms.get(v.toLowerCase())?.find((f) => suggestable(f) && f.text === v);
    if (form) return { text: form.text, entity: form.entity };
  }
  return null;
}

/** Every way to read the letters back: each as written, or one or two letters (KH) as the look-alike. */
function rereadings(text: string, kb: Knowledge): string[] {
  if (!text) return [''];
  const out: string[] = [];
  for (const n of [1, 2]) {
    if (text.length < n) continue;
    const head = text.slice(0, n);
    const heads = n === 1 ? [head] : [];
    const looks = kb.readAsToLooksLike.get(head);
    if (looks) heads.push(looks);
    if (!heads.length) continue;
    for (const rest of rereadings(text.slice(n), kb)) for (const h of heads) out.push(h + rest);
  }
  return out;
}

function acronymsOf(kb: Knowledge, e: Entity): string[] {
  return (kb.gazetteer.entityForms.get(e) ?? []).filter((f) => suggestable(f) && f.tokenCount === 1 && /^\p{Lu}[\p{Lu}\d-]+$/u.test(f.text)).map((f) => f.text);
}

/** The acronym spells the initials of some stretch of the name ("Sudanese Armed Forces (SAF)"), its small words' too ("Ministry of Home Affairs (MOHA)"). */
function initialsMatch(run: Word[], acr: string): boolean {
  const initials = run.filter((w) => w.capitalised).map((w) => w.text[0]!.toUpperCase()).join('');
  const a = acr.toUpperCase();
  // Initials of capitalised words in a row are in order among all the words' initials too.
  return a.split('').every((c) => initials.includes(c)) || isSubsequence(a, run.map((w) => w.text[0]!.toUpperCase()).join(''));
}

/** Whether the letters of `a` come in `of` in order, others between. */
function isSubsequence(a: string, of: string): boolean {
  let i = 0;
  for (const c of of) if (c === a[i]) i++;
  return i === a.length;
}
