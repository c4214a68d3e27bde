import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { fold } from '../text/fold.js';
import { matchAt } from './phrase-pattern.js';
import type { PhraseContext, PhraseRule } from './phrase-rules.js';
import { findingOver, matchCase } from './finding.js';

/** Per knowledge, a flag per phrase rule: set while a sentence that triggers it is read; always for an untriggered rule. */
const liveFlags = new WeakMap<Knowledge, Uint8Array>();

function flagsFor(kb: Knowledge): Uint8Array {
  let live = liveFlags.get(kb);
  if (!live) {
    live = new Uint8Array(kb.parts.phrases.length);
    kb.parts.phrases.forEach((rule, id) => { if (kb.phrasesUntriggered.has(rule)) live![id] = 1; });
    liveFlags.set(kb, live);
  }
  return live;
}

/** MT calques from the phrase tables, each checked against its context. */
export function phraseFindings(doc: Document, kb: Knowledge): Finding[] {
  const findings: Finding[] = [];
  const rules = kb.parts.phrases;
  const live = flagsFor(kb);
  const anyUntriggered = kb.phrasesUntriggered.size > 0;
  // The rules a sentence triggers: a rule is tried only in a sentence holding its trigger, a word it requires.
  const triggered: number[] = [];
  for (const sentence of doc.sentences) {
    if (!sentence) continue;
    for (const w of sentence) {
      const ids = w.triggers;
      if (ids) for (const id of ids) if (!live[id]) { live[id] = 1; triggered.push(id); }
    }
    if (!triggered.length && !anyUntriggered) continue;
    try {
      const loose = kb.phrasesAnywhere.filter((id) => live[id]);
      let sentenceWords: Set<string> | undefined;
      const tryAt = (rule: PhraseRule, i: number) => {
        const m = matchAt(rule.pattern, sentence, i);
        if (!m || m.to < m.from) return;
        sentenceWords ??= new Set([...sentence.map((w) => w.folded), ...(doc.resolvedWords.get(sentence[0]!.sentence) ?? [])]);
        if (rule.context && !contextHolds(rule.context, rule.context.scope === 'document' ? doc.foldedWords : sentenceWords)) return;
        findings.push(phraseFinding(doc, rule, sentence[m.from]!, sentence[m.to]!));
      };
      for (let i = 0; i < sentence.length; i++) {
        const starts = sentence[i]!.phraseStarts;
        if (starts) for (const id of starts) if (live[id]) tryAt(rules[id]!, i);
        for (const id of loose) tryAt(rules[id]!, i);
      }
    } finally {
      for (const id of triggered) live[id] = 0;
      triggered.length = 0;
    }
  }
  return findings;
}

function phraseFinding(doc: Document, rule: PhraseRule, a: Word, b: Word): Finding {
  const actual = doc.text.slice(a.start, b.end);
  return findingOver(doc, a, b, {
    ruleId: `phrase/${rule.id}`, kind: rule.kind, confidence: rule.confidence,
    message: `“${actual}” looks like a machine-translation calque: ${rule.why}`,
    expected: [keepBreaks(actual, matchCase(actual, rule.replace))],
  });
}

/** A replacement of as many words keeps the original's line breaks ("gas\nsector" → "Gaza\nStrip"). */
function keepBreaks(actual: string, replacement: string): string {
  const gaps = actual.match(/\s+/g) ?? [];
  const words = replacement.split(' ');
  if (!gaps.some((g) => g.includes('\n')) || words.length !== gaps.length + 1) return replacement;
  return words.map((w, i) => w + (gaps[i] ?? '')).join('');
}

function contextHolds(c: PhraseContext, words: ReadonlySet<string>): boolean {
  const has = (cue: string) => {
    const f = fold(cue);
    if (!f.endsWith('*')) return f.includes(' ') ? f.split(' ').every((x) => words.has(x)) : words.has(f);
    const prefix = f.slice(0, -1);
    for (const w of words) if (w.startsWith(prefix)) return true;
    return false;
  };
  if (c.any.length && !c.any.some(has)) return false;
  return !c.none.some(has);
}
