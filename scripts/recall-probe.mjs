#!/usr/bin/env node
// Recall probe: `npm run probe:recall` (after a build). Not a test: it
// garbles prominent names of the gazetteers (rank 1 and 2) the ways machine
// translation and OCR do, one slip in one word of the name, puts each in a
// clean sentence of its own and prints how many entlint finds and fixes to
// the name, by kind of name and kind of slip. MT slips: a vowel for another,
// an h after a consonant ("Sachel"), two letters swapped ("Deash"), a letter
// doubled or undoubled, a romanisation rule (w as v, j as dzh …). OCR slips:
// one look-alike glyph (rn for m, c for e, h for b …) or two, in a text that
// reads as OCR output. A third pass puts the names in compounds, possessives
// and beside numbers; a fourth spells the East Asian names among them as
// Russian does by syllables, every word (respeltProbe). Of the
// garbles found, "restored" counts those whose sentence --fix would give back
// with every word around the name as written.
// Some garbles are other real names or words ("Reed" as "Read"), which
// entlint rightly leaves alone, so 100% is not the aim; a drop after a change
// is the signal.
//
// Drawn seeded, so every run is the same; the sentences run through
// `entlint --ndjson`, one document each.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const COUNTS = { people: 1000, places: 800, organisations: 600 };
const VOWELS = 'aeiouy';
const OCR_NOISE = 'tbe rnarket was quiet and tlie prices feil slightly aftcr tbe news.';

/** A seeded linear congruential generator: the same garbles on every run. */
function random(seed) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
const rand = random(12345);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const load = (type) => readdirSync(join(ROOT, 'dictionaries', type)).filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(ROOT, 'dictionaries', type, f), 'utf8').split('\n'))
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => ({ ...JSON.parse(line), type }))
  .filter((e) => (e.rank ?? 2) <= 2 && /^[\x20-\x7e]+$/.test(e.name));
const POOLS = {
  people: load('people'),
  places: load('places').filter((e) => ['country', 'capital', 'city', 'province', 'region'].includes(e.kind) && !e.ambiguous),
  organisations: load('organisations').filter((e) => !e.ambiguous && e.name.split(' ').length <= 4),
};
const SENTENCES = {
  people: ['{} said on Tuesday that the talks would continue.', 'Reporters asked {} about the new budget.'],
  places: ['Talks were held in {} on Monday.', 'The delegation flew to {} last week.'],
  organisations: ['A statement from the {} said the plan was ready.', 'Officials of the {} met on Friday.'],
};
/** The name inside a word and beside numbers, where a fix is most easily botched ("Khamas-run", "Flighth 171"). */
const COMPOUNDS = {
  people: ["The {}-led delegation arrived.", "{}'s aides said 12 people came."],
  places: ['The {}-based group said 3 people died.', "{}'s mayor spoke."],
  organisations: ['A {}-backed plan passed.', "The {}'s chief resigned."],
};

/** Positions i of `word` (from `from`) where `test(letter, i)` holds. */
const where = (word, from, test) => [...word].map((c, i) => (i >= from && test(c, i) ? i : -1)).filter((i) => i >= 0);
const replaceAt = (word, i, length, by) => word.slice(0, i) + by + word.slice(i + length);
/** Replaces one occurrence of `from` after the first letter, if any. */
const glyph = (from, to) => (w) => {
  const i = w.indexOf(from, 1);
  return i < 0 ? null : replaceAt(w, i, from.length, to);
};

const MT = {
  vowel: (w) => {
    const at = where(w, 1, (c) => VOWELS.includes(c));
    if (!at.length) return null;
    const i = pick(at);
    return replaceAt(w, i, 1, { a: 'e', e: 'a', i: 'y', o: 'a', u: 'o', y: 'i' }[w[i]]);
  },
  'h after a consonant': (w) => {
    const at = where(w, 1, (c, i) => 'cksgt'.includes(c) && VOWELS.includes(w[i + 1] ?? ''));
    return at.length ? replaceAt(w, pick(at) + 1, 0, 'h') : null;
  },
  swap: (w) => {
    const at = where(w, 1, (c, i) => i < w.length - 1 && c !== w[i + 1]);
    if (w.length < 5 || !at.length) return null;
    const i = pick(at);
    return replaceAt(w, i, 2, w[i + 1] + w[i]);
  },
  doubling: (w) => {
    if (/(.)\1/.test(w)) return w.replace(/(.)\1/, '$1');
    const at = where(w, 2, (c, i) => i < w.length - 1 && !VOWELS.includes(c));
    if (!at.length) return null;
    const i = pick(at);
    return replaceAt(w, i, 0, w[i]);
  },
  romanisation: (w) => {
    const rules = [[/w/g, 'v'], [/^H/, 'Kh'], [/j/g, 'dzh'], [/^J/, 'Dzh'], [/c(?=[aou])/g, 'k'], [/ph/g, 'f'], [/x/g, 'ks'], [/th/g, 't'], [/y$/, 'i'], [/ee/g, 'i'], [/oo/g, 'u'], [/sh/g, 'sch'], [/ch/g, 'tch']];
    const fits = rules.filter(([re]) => new RegExp(re.source).test(w));
    if (!fits.length) return null;
    const [re, by] = pick(fits);
    return w.replace(re, by);
  },
};
const ONE_GLYPH = [['m', 'rn'], ['rn', 'm'], ['e', 'c'], ['c', 'e'], ['h', 'b'], ['l', 'i'], ['i', 'l'], ['n', 'u'], ['u', 'n'], ['a', 'o']].map(([a, b]) => glyph(a, b));
const OCR = {
  'one glyph': (w) => pick(ONE_GLYPH)(w),
  'two glyphs': (w) => {
    const once = pick(ONE_GLYPH)(w);
    return once && pick(ONE_GLYPH)(once);
  },
};

/** The word of a name to garble: a person's last, else the longest capitalised word of five letters or more. */
function target(e) {
  const words = e.name.split(' ');
  if (e.type === 'people') return words.length - 1;
  let best = -1;
  words.forEach((w, i) => { if (/^[A-Z][a-z]{4,}$/.test(w) && (best < 0 || w.length > words[best].length)) best = i; });
  return best;
}

/** Words written twice running ("Flight 171 171"; "Boutros Boutros-Ghali" has one of its own). */
const doubled = (s) => s.match(/(?<![\p{L}\p{N}])([\p{L}\p{N}]+)\s+\1(?![\p{L}\p{N}])/giu)?.length ?? 0;

/** The text with every finding in [from, to) replaced by its first suggestion, as --fix writes it. */
function fixed(text, findings, from, to) {
  let out = text;
  for (const f of findings.filter((x) => x.offset >= from && x.offset < to).sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, f.offset) + f.expected[0] + out.slice(f.offset + f.length);
  }
  return out;
}

function probe(mode, slips, sentences = SENTENCES) {
  const docs = [];
  const cases = [];
  for (const [type, count] of Object.entries(COUNTS)) {
    for (let k = 0; k < count; k++) {
      const e = pick(POOLS[type]);
      const words = e.name.split(' ');
      const t = target(e);
      const slip = pick(Object.keys(slips));
      const garbled = t >= 0 && words[t].length >= 4 ? slips[slip](words[t]) : null;
      if (!garbled || garbled === words[t]) continue;
      const span = [...words.slice(0, t), garbled, ...words.slice(t + 1)].join(' ');
      const template = pick(sentences[type]);
      const sentence = template.replace('{}', span);
      const text = mode === 'OCR' ? `${OCR_NOISE} ${sentence} ${OCR_NOISE}` : sentence;
      const offset = text.indexOf(span) + (t ? words.slice(0, t).join(' ').length + 1 : 0);
      const from = text.indexOf(sentence);
      docs.push(JSON.stringify({ id: String(docs.length), text }));
      cases.push({ e, word: words[t], garbled, offset, group: `${type}, ${slip}`, text, from, to: from + sentence.length, clean: template.replace('{}', e.name) });
    }
  }
  report(`${mode}: one word of a prominent name garbled, one sentence each`, docs, cases);
}

/** Runs the sentences through entlint and prints, per group, how many garbles it found, fixed to the name, and restored. */
function report(title, docs, cases) {
  const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'entlint.js'), '--ndjson'], { input: `${docs.join('\n')}\n`, maxBuffer: 2 ** 28 });
  const groups = new Map();
  const wrong = [];
  const botched = [];
  for (const line of out.toString().trim().split('\n')) {
    const result = JSON.parse(line);
    const c = cases[Number(result.id)];
    const g = groups.get(c.group) ?? { n: 0, found: 0, fixed: 0, restored: 0 };
    groups.set(c.group, g);
    g.n++;
    const f = result.findings.find((x) => x.offset < c.offset + c.garbled.length && x.offset + x.length > c.offset);
    if (!f) continue;
    g.found++;
    const all = fixed(c.text, result.findings, c.from, c.to);
    const back = all.slice(c.from, c.to + all.length - c.text.length);
    if (back === c.clean || f.expected.some((x) => x === c.e.name || x.split(' ').includes(c.word))) g.fixed++;
    else wrong.push(`${c.garbled} → ${f.expected[0]} (${c.e.name})`);
    // The words around the name as written, none lost or written twice, whatever spelling of the name the fix chose.
    const [before, after] = c.clean.split(c.e.name);
    if (back.startsWith(before) && back.endsWith(after) && doubled(back) <= doubled(c.clean)) g.restored++;
    else botched.push(`${JSON.stringify(c.text.slice(c.from, c.to))} → ${JSON.stringify(back)}`);
  }
  const percent = (a, b) => `${((100 * a) / b).toFixed(1)}%`.padStart(6);
  console.log(title);
  let n = 0, found = 0, right = 0, restored = 0;
  for (const [group, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    n += g.n; found += g.found; right += g.fixed; restored += g.restored;
    console.log(`  ${group.padEnd(34)} ${String(g.n).padStart(4)}  found ${percent(g.found, g.n)}  fixed ${percent(g.fixed, g.n)}  restored ${percent(g.restored, g.found)}`);
  }
  console.log(`  ${'all'.padEnd(34)} ${String(n).padStart(4)}  found ${percent(found, n)}  fixed ${percent(right, n)}  restored ${percent(restored, found)}`);
  if (wrong.length) console.log(`  fixed to another name: ${wrong.slice(0, 5).join(', ')}`);
  if (botched.length) console.log(`  not restored: ${botched.slice(0, 5).join(', ')}`);
}

/**
 * Chinese, Japanese, Korean and Vietnamese names as Russian spells them by
 * syllables (confusions/cyrillic-syllables.tsv) and MT writes them back
 * letter by letter, each Russian letter its usual way
 * (cyrillic-latin.tsv): every word of the name ("Si Tszinpin", "Fumio
 * Kisida"). Half the sentences name the country, half do not.
 */
function respeltProbe() {
  const rows = (name) => readFileSync(join(ROOT, 'dictionaries', 'confusions', name), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
  const usual = new Map(rows('cyrillic-latin.tsv').map(([letter, spellings]) => [letter, (spellings ?? '').split(' ')[0]]));
  const syllables = { zh: new Map(), ja: new Map(), ko: new Map(), vi: new Map() };
  // Japanese и after a vowel is written й: the Latin of a syllable, not one of its own.
  // The first Cyrillic of a syllable listed several ways is the usual one.
  for (const [system, syllable, cyrillic] of rows('cyrillic-syllables.tsv')) {
    const key = syllable.normalize('NFD').replace(/\p{M}/gu, '');
    if (cyrillic !== 'й' && !syllables[system].has(key)) syllables[system].set(key, cyrillic);
  }
  const respell = (word, system) => {
    const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['-]/g, '');
    const split = (i) => {
      if (i === w.length) return '';
      if (system === 'ja' && /[bdgkmpst]/.test(w[i]) && w[i + 1] === w[i]) { const rest = split(i + 1); if (rest !== null) return syllables.ja.get(`${w[i]}a`)[0] + rest; }
      for (let n = Math.min(6, w.length - i); n >= 1; n--) {
        const c = syllables[system].get(w.slice(i, i + n));
        const rest = c && split(i + n);
        if (c && rest !== null) return c + rest;
      }
      return null;
    };
    const cyrillic = split(0);
    if (cyrillic === null) return null;
    const latin = [...(system === 'ja' ? cyrillic.replace(/([аэиоу])и/g, '$1й') : cyrillic)].map((c) => usual.get(c) ?? c).join('');
    return word[0] === word[0].toUpperCase() ? latin[0].toUpperCase() + latin.slice(1) : latin;
  };
  const systems = { CN: ['zh', 'Chinese'], JP: ['ja', 'Japanese'], KR: ['ko', 'Korean'], KP: ['ko', 'Korean'], VN: ['vi', 'Vietnamese'] };
  const docs = [];
  const cases = [];
  for (const type of ['people', 'places']) {
    for (const e of POOLS[type].filter((x) => systems[x.country])) {
      const [system, people] = systems[e.country];
      const words = e.name.split(' ');
      // Russian writes each syllable of a Korean given name as a word ("Jae-in": Чжэ Ин).
      const spelt = words.flatMap((w) => (system === 'ko' && w.includes('-') ? w.split('-').map((x) => x[0].toUpperCase() + x.slice(1)) : [w])).map((w) => respell(w, system));
      if (spelt.some((w) => w === null) || spelt.join(' ').toLowerCase() === e.name.toLowerCase()) continue;
      const span = spelt.join(' ');
      const named = docs.length % 2 === 0;
      const template = pick(SENTENCES[type]).replace(/\.$/, named ? `, ${people} media said.` : '.');
      const text = template.replace('{}', span);
      const offset = text.indexOf(span);
      docs.push(JSON.stringify({ id: String(docs.length), text }));
      cases.push({ e, word: words.at(-1), garbled: span, offset, group: `${type}, ${system}, ${named ? 'country named' : 'country not named'}`, text, from: 0, to: text.length, clean: template.replace('{}', e.name) });
    }
  }
  report('MT from Russian: Chinese, Japanese, Korean and Vietnamese names spelt by syllables, every word, one sentence each', docs, cases);
}

probe('MT', MT);
probe('OCR', OCR);
probe('MT, name in a compound or beside a number', MT, COMPOUNDS);
respeltProbe();
