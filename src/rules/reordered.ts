import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { formCount, type Form, type GazetteerView } from '../gazetteer/gazetteer.js';
import { similarity } from '../match/similarity.js';
import { findingOver } from './finding.js';
import { CONNECTORS } from './runs.js';
import { memoised } from './memoised.js';
import { describe } from './describe.js';
import { isDashCompound } from './name-context.js';

const MIN_TOKEN_SIMILARITY = 0.8;

/**
 * Organisation names rebuilt word by word in another order, as MT does when
 * it translates a name instead of using it: "Geneva Security Policy Center"
 * for the Geneva Centre for Security Policy, "Pakistan Vilayat" for Wilayat Pakistan.
 * Every word of the name must be there and nothing else.
 */
export function reorderedFindings(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  const findings: Finding[] = [];
  for (const run of runs) {
    // Most runs are one word: asked first, it spares them the copies below.
    if (run.length < 2) continue;
    const content = run.filter((w) => !CONNECTORS.has(w.folded));
    // "Department of State" is English word order; a calque is a bare chain of words.
    if (content.length !== run.length || content.some((w) => isDashCompound(w, kb))) continue;
    if (content.length < 2 || content.every((w) => w.known) || content.some((w) => claimed.has(w))) continue;
    const best = bestReordering(kb, content.map((w) => w.folded), doc.ocr);
    if (!best) continue;
    // English words for a name in another language are its English name ("Socialist Party" for the Parti socialiste), no calque.
    if (content.every((w) => w.common) && best.form.folded.some((t) => !kb.isCommonWord(t))) continue;
    const first = content[0]!;
    const last = content[content.length - 1]!;
    const actual = doc.text.slice(first.start, last.end);
    for (const w of content) { w.known = best.form.entity; claimed.add(w); }
    findings.push(findingOver(doc, first, last, {
      ruleId: 'entity/organisation', kind: 'calque', confidence: 0.55 + 0.35 * best.score,
      message: `“${actual}” has the words of “${best.form.text}” (${describe(best.form.entity)}) in another order: a name translated word by word`,
      expected: [best.form.text], entity: { name: best.form.entity.name, type: 'organisation' },
    }));
  }
  return findings;
}

interface Reordering { form: Form; score: number }

/** Spellings each memo below keeps before forgetting them all: an archive's vocabulary, not its length, fills them. */
const MAX_MEMOISED = 50_000;

const reorderings = new WeakMap<GazetteerView, Map<string, Reordering | null>>();

/**
 * The organisation whose words these are in another order, if any; memoised
 * per spelling of the run ("Social Security" recurs all through an archive).
 */
function bestReordering(kb: Knowledge, words: string[], ocr: boolean): Reordering | null {
  const gz = kb.gazetteer;
  return memoised(reorderings, gz, MAX_MEMOISED, `${ocr ? 'o' : 't'}${words.join(' ')}`, () => {
    // Every word must pair off with one of the name's, so the names within
    // fuzzy reach of the run's rarest word are enough to try: a common word
    // ("Social", "National") alone reaches hundreds of names. A word within
    // reach of no organisation's word ends the search: most runs have one.
    let rarest: string[] = [];
    let fewest = Infinity;
    for (const w of words) {
      const { reach, n } = reachOf(gz, w, ocr);
      if (n === 0) return null;
      if (n < fewest) { fewest = n; rarest = reach; }
    }
    const candidates = new Set<OrganisationForm>();
    for (const t of rarest) {
      for (const f of organisationForms(gz, t).get(words.length) ?? []) candidates.add(f);
    }
    let best: Reordering | null = null;
    for (const { form, content } of candidates) {
      const score = reorderedMatch(kb, words, content) ?? headMovedLast(words, form, content);
      if (score !== null && (!best || score > best.score)) best = { form, score };
    }
    return best;
  });
}

interface Reach { reach: string[]; n: number }
const reaches = new WeakMap<GazetteerView, Map<string, Reach>>();

/**
 * A word and the name tokens within its fuzzy reach, with how many
 * organisation forms hold them (counted, not built): memoised, as runs repeat words.
 */
function reachOf(gz: GazetteerView, w: string, ocr: boolean): Reach {
  return memoised(reaches, gz, MAX_MEMOISED, `${ocr ? 'o' : 't'}${w}`, () => {
    const reach = [w, ...gz.fuzzyTokens(w, ocr)];
    let n = 0;
    for (const t of reach) n += formCount(gz.organisationTokenForms, t);
    return { reach, n };
  });
}

/** An organisation's form and its words besides connectors. */
interface OrganisationForm { form: Form; content: string[] }

const byToken = new WeakMap<GazetteerView, Map<string, Map<number, OrganisationForm[]>>>();
/** One entry per form, whichever of its tokens found it, so a run's candidates hold each form once. */
const entries = new WeakMap<Form, OrganisationForm>();

/** Organisation forms with a token, by their number of words besides connectors (memoised: runs repeat words). */
function organisationForms(gz: GazetteerView, token: string): Map<number, OrganisationForm[]> {
  return memoised(byToken, gz, MAX_MEMOISED, token, () => {
    const groups = new Map<number, OrganisationForm[]>();
    for (const f of gz.organisationTokenForms.get(token) ?? []) {
      let entry = entries.get(f);
      if (!entry) entries.set(f, (entry = { form: f, content: f.folded.filter((t) => !CONNECTORS.has(t)) }));
      const list = groups.get(entry.content.length);
      if (list) list.push(entry);
      else groups.set(entry.content.length, [entry]);
    }
    return groups;
  });
}

/**
 * Mean similarity when every word (folded) pairs off with the name's words in
 * another order; null when the words are the name's own in an English rewording.
 */
function reorderedMatch(kb: Knowledge, words: string[], want: string[]): number | null {
  const gz = kb.gazetteer;
  const used = new Set<number>();
  const order: number[] = [];
  let total = 0;
  let garbled = false;
  let differs = false;
  for (const w of words) {
    let bestJ = -1;
    let bestScore = 0;
    want.forEach((t, j) => {
      if (used.has(j)) return;
      const sc = pairScore(gz, w, t);
      if (sc > bestScore) { bestScore = sc; bestJ = j; }
    });
    if (bestJ < 0 || bestScore < MIN_TOKEN_SIMILARITY) return null;
    if (w !== want[bestJ]) {
      differs = true;
      if (bestScore < 1 && !isPlaceWord(kb, want[bestJ]!)) garbled = true;
    }
    used.add(bestJ);
    order.push(bestJ);
    total += Math.min(1, bestScore);
  }
  if (increasing(order)) return null;
  // The name's own words reordered ("External Affairs Ministry") are English;
  // so is moving a place or its adjective ("Russian Security Council").
  if (!garbled && (!differs || increasing(order.filter((j) => !isPlaceWord(kb, want[j]!))))) return null;
  return total / words.length;
}

/**
 * A name built as "Center for …" written as "… Center" ("Peace Research
 * Institute" for the Institute for Peace Research): the order Chinese and
 * Russian give it, never English's for these names. Three words at least:
 * "Democracy Summit" is English for a two-word one.
 */
function headMovedLast(words: string[], form: Form, want: string[]): number | null {
  if (words.length < MIN_HEAD_MOVED || !HEAD_LINKS.has(form.folded[1]!)) return null;
  const last = words.length - 1;
  if (words[last] !== want[0] || words.slice(0, last).some((w, i) => w !== want[i + 1])) return null;
  return HEAD_MOVED_SCORE;
}

const MIN_HEAD_MOVED = 3;
/** "Ministry of …" turns into "… Ministry" in good English; names with these do not. */
const HEAD_LINKS = new Set(['for', 'on']);
/** Every word is right, so only the order speaks: a little below a garbled reordering. */
const HEAD_MOVED_SCORE = 0.7;

const pairScores = new WeakMap<GazetteerView, Map<string, Map<string, number>>>();

/**
 * How well a written word pairs off with a name's word, memoised per spelling:
 * the same few name words are tried against every run of an archive.
 */
function pairScore(gz: GazetteerView, written: string, t: string): number {
  const scores = memoised(pairScores, gz, MAX_MEMOISED, written, () => new Map<string, number>());
  let sc = scores.get(t);
  if (sc === undefined) {
    // A word and its derivation ("America" / "American") pair off fully; a
    // letter or two is no stem ("Macy's" has a token "s", and "Seth" is no derivation of it).
    sc = sharesStem(written, t) ? 1 : similarity(gz.key(written), gz.key(t)).score;
    scores.set(t, sc);
  }
  return sc;
}

const MIN_STEM = 4;

/** One word begins with the other, a stem of MIN_STEM letters or more, and runs on by three letters at most. */
function sharesStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_STEM && long.startsWith(short) && long.length - short.length <= 3;
}

/** A place named in one word, or its adjective ("Russia", "Russian", "Chinese"). */
function isPlaceWord(kb: Knowledge, t: string): boolean {
  const stems = [t, t.replace(/(ian|an|n|i|ese|ish)$/, ''), t.replace(/(ian|an|n|i|ese|ish)$/, 'a'), t.replace(/(ian|an|ese|ish)$/, 'y')];
  return stems.some((s) => kb.gazetteer.forms.get(s)?.some((f) => f.type === 'place'));
}

function increasing(xs: number[]): boolean {
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
}
