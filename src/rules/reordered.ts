import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import type { Form, GazetteerView } from '../gazetteer/gazetteer.js';
import { similarity } from '../match/similarity.js';
import { findingOver } from './finding.js';
import { CONNECTORS } from './runs.js';
import { describe } from './describe.js';
import { isDashCompound } from './name-context.js';

const MIN_TOKEN_SIMILARITY = 0.8;

/**
 * Organisation names rebuilt word by word in another order, as MT does when
 * it translates a name instead of using it: "New America Security Center"
 * for the Center for a New American Security, "Khorasan Vilayat" for Wilayat
 * Khorasan. Every word of the name must be there and nothing else.
 */
export function reorderedFindings(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  const gz = kb.gazetteer;
  const findings: Finding[] = [];
  for (const run of runs) {
    const content = run.filter((w) => !CONNECTORS.has(w.folded));
    // "Department of State" is English word order; a calque is a bare chain of words.
    if (content.length !== run.length || content.some((w) => isDashCompound(w, kb))) continue;
    if (content.length < 2 || content.every((w) => w.known) || content.some((w) => claimed.has(w))) continue;
    const candidates = new Set<Form>();
    for (const w of content) {
      for (const t of [w.folded, ...gz.fuzzyTokens(w.folded, doc.ocr)]) {
        for (const f of organisationForms(gz, t).get(content.length) ?? []) candidates.add(f);
      }
    }
    let best: { form: Form; score: number } | undefined;
    for (const form of candidates) {
      const score = reorderedMatch(kb, content, contentTokens(form));
      if (score !== null && (!best || score > best.score)) best = { form, score };
    }
    if (!best) continue;
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

const contentTokens = (f: Form) => f.folded.filter((t) => !CONNECTORS.has(t));

const byToken = new WeakMap<GazetteerView, Map<string, Map<number, Form[]>>>();

/** Organisation forms with a token, by their number of words besides connectors (memoised: runs repeat words). */
function organisationForms(gz: GazetteerView, token: string): Map<number, Form[]> {
  let cache = byToken.get(gz);
  if (!cache) byToken.set(gz, (cache = new Map()));
  let groups = cache.get(token);
  if (!groups) {
    if (cache.size >= 50_000) cache.clear();
    groups = new Map();
    for (const f of gz.tokenForms.get(token) ?? []) {
      if (f.type !== 'organisation' || f.kind === 'garbled') continue;
      const n = contentTokens(f).length;
      const list = groups.get(n);
      if (list) list.push(f);
      else groups.set(n, [f]);
    }
    cache.set(token, groups);
  }
  return groups;
}

/**
 * Mean similarity when every word pairs off with the name's words in another
 * order; null when the words are the name's own in an English rewording.
 */
function reorderedMatch(kb: Knowledge, words: Word[], want: string[]): number | null {
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
      // A word and its derivation ("America" / "American") pair off fully.
      const sc = w.folded.startsWith(t) || t.startsWith(w.folded) ? (Math.abs(w.folded.length - t.length) <= 3 ? 1 : 0) : similarity(gz.key(w.folded), gz.key(t)).score;
      if (sc > bestScore) { bestScore = sc; bestJ = j; }
    });
    if (bestJ < 0 || bestScore < MIN_TOKEN_SIMILARITY) return null;
    if (w.folded !== want[bestJ]) {
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

/** A place named in one word, or its adjective ("Russia", "Russian", "Chinese"). */
function isPlaceWord(kb: Knowledge, t: string): boolean {
  const stems = [t, t.replace(/(ian|an|n|i|ese|ish)$/, ''), t.replace(/(ian|an|n|i|ese|ish)$/, 'a'), t.replace(/(ian|an|ese|ish)$/, 'y')];
  return stems.some((s) => kb.gazetteer.forms.get(s)?.some((f) => f.type === 'place'));
}

function increasing(xs: number[]): boolean {
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
}
