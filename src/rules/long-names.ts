import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import type { Form } from '../gazetteer/gazetteer.js';
import { similarity } from '../match/similarity.js';
import { findingOver } from './finding.js';
import { CONNECTORS } from './runs.js';
import { describe } from './describe.js';
import { isDashCompound } from './name-context.js';

const MIN_WORDS = 3;
const MIN_SIMILARITY = 0.75;
/** The least a word of the run must resemble some word of the name. */
const MIN_WORD_SIMILARITY = 0.55;
// Articles and conjunctions that transliterations add, drop or translate
// ("wal-Muslimin" → "and Muslims", "al-Shabaab" → "Shabab").
const PARTICLE = /^(al|el|ad|an|ar|as|ash|at|az|ul|wal|wa|bin|ibn)-/;

/**
 * Long names garbled as a whole: "Kharakat Shabab al-Mujakhidin" for
 * Harakat al-Shabaab al-Mujahideen. Word-by-word matching fails when
 * every word is a little off, but the name as one string stays close.
 */
export function longNameFindings(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  const gz = kb.gazetteer;
  const findings: Finding[] = [];
  for (const whole of runs) {
    // A sentence's article is no word of the name ("The African Union Commissian").
    const run = whole[0]!.sentenceStart && kb.isFunctionWord(whole[0]!.folded) ? whole.slice(1) : whole;
    if (run.length < MIN_WORDS) continue;
    const content = run.filter((w) => !CONNECTORS.has(w.folded));
    if (content.length < MIN_WORDS || content.some((w) => claimed.has(w))) continue;
    // A garbled word must be there: a run of correct words ("German Ministry of
    // Foreign Affairs") is another entity's correct name, not this one garbled;
    // nor is a hyphen used as a dash ("of America-to the fighting men").
    if (!content.some((w) => !w.known && !w.common && !w.givenName && !gz.tokenForms.has(w.folded) && !isDashCompound(w, kb))) continue;
    const candidates = new Set<Form>();
    for (const w of content) {
      for (const t of [w.folded, ...gz.fuzzyTokens(w.folded)]) {
        for (const f of gz.tokenForms.get(t) ?? []) {
          // Token count first: a stored form has it at hand, its type takes its entity's.
          if (Math.abs(f.tokenCount - run.length) <= 1 && f.tokenCount >= MIN_WORDS && f.type !== 'person') candidates.add(f);
        }
      }
    }
    const written = gz.key(skeleton(run.map((w) => w.folded)));
    let best: { form: Form; score: number } | undefined;
    for (const form of candidates) {
      const score = similarity(written, gz.key(skeleton(form.folded))).score;
      if (score >= MIN_SIMILARITY && score < 1 && (!best || score > best.score) && eachWordNear(gz, content, form)) best = { form, score };
    }
    if (!best) continue;
    // Several spellings of one entity score alike: lead with its canonical name.
    const entity = best.form.entity;
    const alike = [...candidates].filter((f) => f.entity === entity && similarity(written, gz.key(skeleton(f.folded))).score >= best!.score - 0.05);
    const suggestions = [...new Set([...alike.filter((f) => f.kind === 'name'), best.form, ...alike].map((f) => f.text))];
    const first = run[0]!;
    const last = run[run.length - 1]!;
    for (const w of run) claimed.add(w);
    findings.push(findingOver(doc, first, last, {
      ruleId: `entity/${entity.type}`, kind: 'transliteration', confidence: 0.3 + 0.6 * best.score,
      message: `“${doc.text.slice(first.start, last.end)}” looks like a garbled rendering of “${suggestions[0]}” (${describe(entity)}): the whole name is close although each word is off`,
      expected: suggestions, entity: { name: entity.name, type: entity.type },
    }));
  }
  return findings;
}

/**
 * Every word a little off, none another word altogether: "Christian
 * Temperancc Union" is no garbled "Christian Democratic Union".
 */
function eachWordNear(gz: Knowledge['gazetteer'], content: Word[], form: Form): boolean {
  const want = form.folded.filter((t) => !CONNECTORS.has(t)).map((t) => gz.key(t.replace(PARTICLE, '')));
  return content.every((w) => {
    const written = gz.key(w.folded.replace(PARTICLE, ''));
    return want.some((t) => similarity(written, t).score >= MIN_WORD_SIMILARITY);
  });
}

/** The name's significant letters: connectors and particles dropped, words run together. */
function skeleton(words: string[]): string {
  return words.filter((w) => !CONNECTORS.has(w)).map((w) => w.replace(PARTICLE, '')).join('');
}
