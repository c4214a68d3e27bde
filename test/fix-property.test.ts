import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedSpans } from './support.js';

// A fixed seed keeps CI deterministic; FC_SEED=<n> explores other articles.
const SEED = Number(process.env.FC_SEED ?? 20261128);
import { check } from '../src/index.js';
import { applyFixes } from '../src/fix/apply-fixes.js';

// Names as the dictionaries spell them (never flagged), and garbled forms to
// try; only those the checker actually fixes are kept (see below).
const PEOPLE = ['Olaf Scholz', 'İbrahim Kalın', 'Ibrahim Kalin', 'Annalena Baerbock', 'Sergei Lavrov', 'Recep Tayyip Erdoğan', 'Hakan Fidan', 'Emmanuel Macron'];
const ORGS = ['Daesh', 'Hamas', 'Hezbollah', 'NATO'];
const PLACES = ['Gaza Strip', 'Ankara', 'Berlin', 'Moscow'];
const GARBLED_PEOPLE = [
  'Olaf Sholtz', 'Olaf Scholts', 'Ibrahim Kalyn', 'Annalena Bearbock', 'Annalena Baerbok', 'Sergei Lavrow', 'Sergej Lawrow',
  'Redzhep Tayip Erdogan', 'Recep Tayyip Erdogen', 'Khakan Fidan', 'Emmanuel Makron', 'Angela Merkle', 'Benjamin Netanyahoo',
];
const GARBLED_ORGS = ['Deash', 'Daesch', 'Khamas', 'Hezbolla'];
const CALQUES = ['gas sector'];
const FILLER = ['the', 'officials', 'said', 'on', 'Monday', 'talks', 'new', 'after', 'a', 'long', 'meeting', 'with', 'reporters', 'in', 'statement', 'later'];

/** Candidates that, in a neutral sentence, draw a fix to something else. */
function fixable(candidates: string[], sentence: (c: string) => string): string[] {
  return candidates.filter((c) => check(sentence(c)).some((f) => f.expected[0] !== undefined && f.expected[0] !== f.actual));
}

type Slot = { person: string; org: string; place: string; words: string[] };
const TEMPLATES: ((s: Slot) => string)[] = [
  (s) => `${s.person} met officials in ${s.place} ${s.words.join(' ')}.`,
  (s) => `Groups such as ${s.org} were named by ${s.person}.`,
  (s) => `The ceasefire talks in the ${s.place} resumed ${s.words.join(' ')}.`,
  (s) => `Minister ${s.person} said ${s.words.join(' ')} that ${s.org} had lost ground.`,
  (s) => `${s.words.join(' ')} ${s.person} and ${s.org} were mentioned.`,
  (s) => `Hostages were released in the ${s.place}, ${s.person} said.`,
];


const fix = (text: string, min: number) => applyFixes(text, check(text), min);

/**
 * (a) Fixing the fixed text changes nothing; (b) outside the applied spans the
 * text is copied unchanged, and each span reads its suggestion; (c) the fixed
 * text has no finding over a fixed span. `minFixes`: the properties say
 * something only if fixes were made.
 */
function fixProperties(article: fc.Arbitrary<string>, threshold: fc.Arbitrary<number>, numRuns: number, minFixes: number): void {
  it('changes only the fixed spans and leaves nothing to report there', () => {
    let fixes = 0;
    fc.assert(fc.property(article, threshold, (text, min) => {
      const first = fix(text, min);
      fixes += first.applied.length;
      let from = 0;
      let at = 0;
      for (const f of [...first.applied].sort((a, b) => a.offset - b.offset)) {
        const gap = text.slice(from, f.offset);
        expect(f.offset).toBeGreaterThanOrEqual(from);
        expect(first.text.slice(at, at + gap.length)).toBe(gap);
        at += gap.length;
        expect(first.text.slice(at, at + f.expected[0]!.length)).toBe(f.expected[0]);
        at += f.expected[0]!.length;
        from = f.offset + f.length;
      }
      expect(first.text.slice(at)).toBe(text.slice(from));
      const again = check(first.text);
      for (const [start, end] of fixedSpans(first.applied)) {
        expect(again.filter((f) => f.offset < end && start < f.offset + f.length)).toEqual([]);
      }
    }), { numRuns, seed: SEED });
    expect(fixes).toBeGreaterThan(minFixes);
  }, 120_000);

  it('is idempotent', () => {
    fc.assert(fc.property(article, threshold, (text, min) => {
      const once = fix(text, min).text;
      expect(fix(once, min).text).toBe(once);
    }), { numRuns, seed: SEED });
  }, 120_000);
}

describe('applyFixes on generated articles', () => {
  const people = [...PEOPLE, ...fixable(GARBLED_PEOPLE, (c) => `Officials said ${c} spoke on Monday.`)];
  const orgs = [...ORGS, ...fixable(GARBLED_ORGS, (c) => `Groups such as ${c} were named.`)];
  const places = [...PLACES, ...fixable(CALQUES, (c) => `The ceasefire in the ${c} held.`)];

  const sentence = fc.record({
    template: fc.nat(TEMPLATES.length - 1),
    person: fc.constantFrom(...people),
    org: fc.constantFrom(...orgs),
    place: fc.constantFrom(...places),
    words: fc.array(fc.oneof(fc.constantFrom(...FILLER), fc.stringMatching(/^[a-z]{2,9}$/)), { maxLength: 4 }),
  }).map((s) => TEMPLATES[s.template]!(s));
  const article = fc.record({
    sentences: fc.array(sentence, { minLength: 2, maxLength: 6 }),
    // Between sentences: a space, or one or two line ends of either kind.
    breaks: fc.array(fc.constantFrom(' ', '\n', '\r\n', '\n\n', '\r\n\r\n'), { minLength: 6, maxLength: 6 }),
    bom: fc.boolean(),
    end: fc.constantFrom('', '\n', '\r\n'),
  }).map((a) => (a.bom ? '\uFEFF' : '') + a.sentences.map((s, i) => (i ? a.breaks[i]! : '') + s).join('') + a.end);
  const threshold = fc.constantFrom(0.6, 0.7, 0.8, 0.9);

  it('the generators include names the checker fixes', () => {
    expect(people.length - PEOPLE.length).toBeGreaterThanOrEqual(5);
    expect(orgs.length - ORGS.length).toBeGreaterThanOrEqual(2);
    expect(places).toContain('gas sector');
  });

  fixProperties(article, threshold, 1000, 1000);

  // Minimal counterexamples the property found; both are checker behaviour,
  // not applyFixes: a fix creates the evidence another finding needed.
  it.each([
    // The calque's context ("Netanyahu", "Hamas") appears only once the garbled name is fixed.
    ['Netanyahoo visited the gas sector.', 0.6],
    ['Khamas fighters left the gas sector.', 0.6],
    // An exact "Da'esh" (written by the first fix) raises "Deash" from 0.69 to 0.79.
    ['Groups such as Deash were named. Groups such as Daesch were named.', 0.7],
  ])('is idempotent on %j at %d', (text, min) => {
    const once = fix(text, min).text;
    expect(fix(once, min).text).toBe(once);
  });
});

// OCR'd pages: the function words print misreads make a text read as OCR
// output, and the words carry its slips: look-alike letters, digits for
// letters glued to the word, a word hyphened across a line, names hyphened to words.
const OCR_WORDS = ['steamer', 'arrived', 'from', 'Liverpool', 'New', 'York', 'Massachusetts', 'Governor', 'said', 'cargo', 'wheat', 'Gladstone',
  'St.', 'Petersburg', 'Zanzibar', 'London', 'mountain', 'Great', 'Britain', 'Military', 'Department', 'Hamas-run', 'Flight', '171', 'Ellie', 'Bristol'];
const OCR_SLIPS: ((w: string) => string)[] = [
  (w) => w, (w) => w, (w) => w.replace('l', '1'), (w) => w.replace('o', '0'), (w) => w.replace('e', 'c'), (w) => w.replace('n', 'u'),
  (w) => w.replace('m', 'rn'), (w) => (w.length > 6 ? `${w.slice(0, 4)}-\n${w.slice(4)}` : w),
];
const OCR_NOISE = 'tbe wbich tbat aro wero bo tho aud wheu bas';

describe('applyFixes on generated OCR pages', () => {
  const word = fc.tuple(fc.constantFrom(...OCR_WORDS), fc.nat(OCR_SLIPS.length - 1)).map(([w, k]) => OCR_SLIPS[k]!(w));
  const page = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ', ', '\n', '. ')), { minLength: 6, maxLength: 24 })
    .map((ws) => `${OCR_NOISE} ${ws.map(([w, gap]) => w + gap).join('')}${OCR_NOISE}.`);
  fixProperties(page, fc.constantFrom(0.6, 0.8), 300, 300);
});
