import type { Entity, Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { isSurnameLast, type Form } from '../gazetteer/gazetteer.js';
import { findingOver } from './finding.js';
import { describe } from './describe.js';
import { titleAgrees } from './name-context.js';
import { CONNECTORS } from './runs.js';
import { heardKey } from '../match/heard-key.js';

/** Sure of the person, who is named in the text, not of the words MT made of the rest: a warning. */
const CONFIDENCE = 0.7;
/** Shorter words are initials. */
const MIN_WORD = 3;

/**
 * A person the text names right, named again under their title with their
 * first word and the rest garbled ("Prime Minister Pham Minh Chinh … Prime
 * Minister Pham Myint Seng"). East Asian names are built from a few hundred
 * syllables, so letters alone never read the rest as theirs; the title, the
 * first word, the first sound of each other word and the name written right
 * elsewhere in the text do.
 */
export function retitledNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  const findings: Finding[] = [];
  const byFirst = namesByFirstWord(kb, doc);
  if (!byFirst.size) return findings;
  const named = namedWords(doc);
  for (const run of runs) {
    for (let p = 0; p < run.length - 1; p++) {
      const first = run[p]!;
      const forms = byFirst.get(first.folded);
      if (!forms) continue;
      // The name's words to the end of the run, capitalised ones only: no particles ("of", "bin").
      const words = run.slice(p);
      if (words.some((w, i) => i > 0 && !garbledWord(doc, words[i - 1]!, w, claimed))) continue;
      for (const form of forms) {
        const e = form.entity;
        if (words.length !== form.tokenCount) continue;
        // Named right elsewhere by more than the first word the two share ("Choi" alone names no one Choi Sang-mok).
        if (!named.get(e)?.some((w) => w.folded !== first.folded && !words.includes(w))) continue;
        // Each word starts with the sound of the name's ("Myint Seng", "Minh Chinh"): not a colleague of the same title and surname.
        if (words.some((w, i) => heardKey(w.folded)[0] !== heardKey(form.folded[i]!)[0])) continue;
        // The words as written are a name the gazetteer knows: this one right, or someone else's.
        if (kb.gazetteer.forms.has(words.map((w) => w.folded).join(' ')) || !titleAgrees(doc, kb, e, first)) continue;
        const last = words[words.length - 1]!;
        // A real surname where theirs stands is a colleague's ("Minister Aleksandr Kuznetsov" beside Minister Aleksandr Kozlov).
        if (isSurnameLast(e) && kb.isSurname(last.folded)) continue;
        for (const w of words) claimed.add(w);
        findings.push(findingOver(doc, first, last, {
          ruleId: 'entity/person', kind: 'transliteration', confidence: CONFIDENCE,
          message: `“${doc.text.slice(first.start, last.end)}” under the title of ${describe(e)}, whom the text names, looks like their name garbled`,
          expected: [form.text], entity: { name: e.name, type: 'person' },
        }));
        break;
      }
    }
  }
  return findings;
}

/** The words the text names each person by, exactly. */
function namedWords(doc: Document): Map<Entity, Word[]> {
  const out = new Map<Entity, Word[]>();
  for (const w of doc.words) {
    if (w.known?.type !== 'person') continue;
    const list = out.get(w.known);
    if (list) list.push(w);
    else out.set(w.known, [w]);
  }
  return out;
}

/** The names of several words of the people the text names, by their first word. */
function namesByFirstWord(kb: Knowledge, doc: Document): Map<string, Form[]> {
  const out = new Map<string, Form[]>();
  for (const e of doc.mentions) {
    if (e.type !== 'person') continue;
    for (const f of kb.gazetteer.entityForms.get(e) ?? []) {
      if (f.kind === 'garbled' || f.tokenCount < 2) continue;
      const list = out.get(f.folded[0]!);
      if (list) list.push(f);
      else out.set(f.folded[0]!, [f]);
    }
  }
  return out;
}

/** A word of the name as MT may have garbled it: capitalised, right after the one before, no initial ("Antony J. Blinken") or particle ("of", "bin"). */
function garbledWord(doc: Document, before: Word, w: Word, claimed: ReadonlySet<Word>): boolean {
  return w.capitalised && w.folded.length >= MIN_WORD && !CONNECTORS.has(w.folded) && !claimed.has(w) && doc.adjacent(before, w);
}
