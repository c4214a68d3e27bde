import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { fold } from '../text/fold.js';
import { matchAt } from './phrase-pattern.js';
import type { PhraseContext, PhraseRule } from './phrase-rules.js';
import { findingOver, matchCase } from './finding.js';

/** MT calques from the phrase tables, each checked against its context. */
export function phraseFindings(doc: Document, kb: Knowledge): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of doc.sentences) {
    if (!sentence) continue;
    // A rule is tried only in a sentence holding its trigger, a word it
    // requires. A sentence triggers a rule or two: a list is searched faster
    // than a set, and "the" alone starts a dozen rules at every occurrence.
    const triggered: PhraseRule[] = [];
    for (const w of sentence) if (w.triggers) for (const rule of w.triggers) if (!triggered.includes(rule)) triggered.push(rule);
    const untriggered = kb.phrasesUntriggered;
    if (!triggered.length && !untriggered.size) continue;
    const live = (rule: PhraseRule) => triggered.includes(rule) || (untriggered.size > 0 && untriggered.has(rule));
    const loose = kb.phrasesAnywhere.filter(live);
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
      if (starts) for (const rule of starts) if (live(rule)) tryAt(rule, i);
      for (const rule of loose) tryAt(rule, i);
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
