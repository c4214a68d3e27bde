import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import { suggestable } from '../gazetteer/gazetteer.js';
import { fold } from '../text/fold.js';
import { findingOver } from './finding.js';

/**
 * Words that hide other scripts' look-alike letters ("Рutin" with a Cyrillic
 * Р) or stray combining marks ("Mi̇t", what lower-casing "MİT" gives): the
 * Latin reading, or the gazetteer form it belongs to.
 */
export function homoglyphFindings(doc: Document, kb: Knowledge): Finding[] {
  const findings: Finding[] = [];
  for (const w of doc.words) {
    const latin = latinSkeleton(w, kb);
    if (latin === null) continue;
    const forms = kb.gazetteer.forms.get(fold(latin))?.filter(suggestable) ?? [];
    // Prefer the form that keeps the marks the original hinted at (MİT over MIT).
    const hinted = forms.find((f) => f.text !== fold(f.text) && /\p{Lu}{2,}/u.test(f.text)) ?? forms.find((f) => f.kind !== 'short') ?? forms[0];
    const expected = hinted ? [hinted.text, ...forms.map((f) => f.text)] : [latin];
    const why = /\p{M}/u.test(w.text)
      ? 'it carries a stray combining mark (what lower-casing a Turkish “İ” produces)'
      : 'it mixes Latin letters with look-alike Cyrillic or Greek ones';
    findings.push(findingOver(doc, w, w, {
      ruleId: 'homoglyph/mixed-script', kind: 'homoglyph', confidence: hinted ? 0.95 : 0.85,
      message: `“${w.text}” is not what it looks like: ${why}; ${hinted ? `it is ${describeForm(hinted.entity.name, hinted.text)}` : `read as “${latin}”`}`,
      expected, ...(hinted ? { entity: { name: hinted.entity.name, type: hinted.entity.type } } : {}),
    }));
  }
  return findings;
}

function describeForm(name: string, text: string): string {
  return text === name ? `“${name}”` : `“${text}” (${name})`;
}

/** The word with look-alikes replaced and stray marks dropped; null for an ordinary word. */
function latinSkeleton(w: Word, kb: Knowledge): string | null {
  if (w.suspicious) {
    let out = '';
    for (const ch of w.text) out += kb.homoglyphs.get(ch)?.looksLike ?? ch;
    return out.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, (m, base: string) => (m.normalize('NFC').length === 1 ? m.normalize('NFC') : base)).normalize('NFC');
  }
  // A whole word of look-alikes in an English text ("РКК") is the same trap;
  // its spelling's facts tell, for this runs for every word of the text.
  if (!w.lookalikes) return null;
  let latin = '';
  for (const c of w.text) latin += kb.homoglyphs.get(c)!.looksLike;
  return latin.length >= 2 ? latin : null;
}
