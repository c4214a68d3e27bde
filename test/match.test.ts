import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { similarity, soundsAlike } from '../src/match/similarity.js';
import { LOOKALIKE, ocrDistance } from '../src/match/ocr-distance.js';
import fc from 'fast-check';
import { parseRewriteRules, rewriter, type RewriteRule } from '../src/match/confusions.js';
import { BUNDLED_DICTIONARIES } from '../src/gazetteer/load.js';
import { fold } from '../src/text/fold.js';
import { DeleteIndex } from '../src/match/delete-index.js';
import { heardKey } from '../src/match/heard-key.js';
import { smallKnowledge } from './support.js';

const kb = smallKnowledge({});
const sim = (a: string, b: string) => similarity(kb.gazetteer.key(a), kb.gazetteer.key(b));

describe('transliteration table', () => {
  // Each rule's "why" names spellings it reconciles, "(Fatimah / Fatima)": with
  // every rule applied, their keys must be closer than the spellings.
  const rules = parseRewriteRules(readFileSync(join(BUNDLED_DICTIONARIES, 'confusions', 'transliteration.tsv'), 'utf8'), 'transliteration.tsv');
  const key = rewriter(rules);
  for (const rule of rules) {
    const pairs = [...rule.why.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(',')).map((p) => p.split(' / ').map((x) => fold(x.trim())));
    for (const [a, b] of pairs.filter((p) => p.length === 2)) {
      it(`${rule.from}: brings ${a} and ${b} closer`, () => {
        expect(distance(key(a!), key(b!))).toBeLessThan(distance(a!, b!));
      });
    }
  }
});

describe('rewriter', () => {
  // Every rule tried on every string, in order: what the guards that skip rules must never change.
  const plain = (rules: RewriteRule[]) => (s: string) => {
    let out = s;
    for (const r of rules) out = out.replace(new RegExp(r.from.startsWith('re:') ? r.from.slice(3) : r.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), r.to);
    return out.replace(/(.)\1+/g, '$1');
  };
  for (const table of ['transliteration', 'ocr']) {
    it(`keys every string as applying each ${table} rule in turn would`, () => {
      const rules = parseRewriteRules(readFileSync(join(BUNDLED_DICTIONARIES, 'confusions', `${table}.tsv`), 'utf8'), `${table}.tsv`);
      const [fast, slow] = [rewriter(rules), plain(rules)];
      // Letters the rules name, and others: hyphens, apostrophes, digits, letters beyond a-z.
      const letters = [...new Set(rules.flatMap((r) => [...r.from.replace(/^re:/, '')]).filter((c) => /[a-z]/.test(c)))].join('') + "aeiou-'1ıø";
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...letters), maxLength: 14 }), (s) => fast(s) === slow(s)), { numRuns: 3000 });
      for (const s of ['shchukin', 'mccartney', 'an-nadzhafi', 'fatimah', 'yesenin', 'scholz']) expect(fast(s)).toBe(slow(s));
    });
  }
});

describe('similarity', () => {
  it('explains transliteration variants more cheaply than plain edits', () => {
    expect(sim('kalyn', 'kalin').via).toBe('transliteration');
    expect(sim('sholts', 'scholz').via).toBe('transliteration');
    expect(sim('sholts', 'scholz').score).toBeGreaterThan(0.85);
    expect(sim('berbok', 'baerbock').score).toBeGreaterThan(0.85);
  });
  it('reads a Russian case ending on a name, but not an -e nor a woman\'s surname', () => {
    expect(sim('hadrekom', 'hadrek')).toMatchObject({ via: 'declined', cost: 0.5 });
    expect(sim('selskogo', 'selsky')).toMatchObject({ via: 'declined', cost: 0.5 });
    expect(sim('sholtsa', 'scholz')).toMatchObject({ via: 'declined', cost: 1 });
    expect(sim('browne', 'brown').via).toBe('edit');
    expect(sim('sorokova', 'sorokov').via).toBe('edit');
  });
  it('reads a g written for a name\'s h as Russian spells it, that way round only', () => {
    expect(sim('gitler', 'hitler')).toMatchObject({ via: 'transliteration', cost: 1 });
    expect(sim('gamburg', 'hamburg').via).toBe('transliteration');
    // An h written for a g is a plain edit, and so is a g that leaves other letters to explain.
    expect(sim('hitler', 'gitler').via).toBe('edit');
    expect(sim('gitlar', 'hitler').via).toBe('edit');
  });
  it('hears a name spelt by ear: the same consonants and as many vowel sounds', () => {
    const ear = (a: string, b: string) => soundsAlike(kb.gazetteer.key(a), kb.gazetteer.key(b));
    expect(ear('dulittl', 'doolittle')).toBe(true);
    expect(ear('mirshaymer', 'mearsheimer')).toBe(true);
    // Another consonant, or another count of syllables, is another name.
    expect(ear('radney', 'jordanian')).toBe(false);
    expect(ear('peleg', 'pialligo')).toBe(false);
    expect(ear('bildad', 'blida')).toBe(false);
  });
  it('reads a land\'s name as Russian forms it in -iya, but not a person\'s -ya', () => {
    expect(sim('laplandiya', 'lapland')).toMatchObject({ via: 'ending', cost: 1 });
    expect(sim('burgundiya', 'burgundy').via).toBe('ending');
    expect(sim('belgiya', 'belgium').via).toBe('ending');
    // A slip in a name in -ya reads better as a slip; a stem in a vowel takes -a alone.
    expect(sim('amartiya', 'amartya').via).toBe('edit');
    expect(sim('lapaiya', 'lapa').via).not.toBe('ending');
  });
  it('recognises swapped letters', () => {
    expect(sim('deash', 'daesh')).toMatchObject({ via: 'transposition', cost: 1 });
  });
  it('explains OCR confusions in OCR\'d text only', () => {
    const ocr = (a: string, b: string) => similarity(kb.gazetteer.key(a), kb.gazetteer.key(b), kb.gazetteer.skeleton);
    expect(ocr('gerrnany', 'germany')).toMatchObject({ via: 'ocr', cost: 0.4 });
    expect(ocr('haltimore', 'baltimore').via).toBe('ocr');
    expect(ocr('ilobart', 'hobart').via).toBe('ocr');
    // Two look-alike swaps are a misreading; three are another word.
    expect(ocr('bcrrlma', 'berrima').via).toBe('ocr');
    expect(ocr('bcrrlmo', 'berrima').via).not.toBe('ocr');
    expect(sim('haltimore', 'baltimore').via).not.toBe('ocr');
    // Two letters of one class do not merge into one ("ca" is not "a").
    expect(ocr('cattai', 'attal').score).toBeLessThan(0.8);
  });
  it('reads two glyphs as one letter and one as two at a look-alike cost, either way round', () => {
    const d = (a: string, b: string) => ocrDistance(a, b, kb.gazetteer.skeleton);
    for (const [misread, word] of [['gerrnany', 'germany'], ['clark', 'dark'], ['liome', 'home']]) {
      expect(d(misread!, word!)).toBe(LOOKALIKE);
      expect(d(word!, misread!)).toBe(LOOKALIKE);
    }
    expect(d('cat', 'at')).toBe(1);
    expect(d('bcrlin', 'berlin')).toBe(LOOKALIKE);
    // A character beyond the BMP (two UTF-16 units) before the misread keeps the letters in step.
    expect(d('\u{1F600}bcrlin', 'xxberlin')).toBe(2 + LOOKALIKE);
  });
  it('gives an OCR distance within a limit exactly, and one beyond it as beyond', () => {
    const d = (a: string, b: string, max?: number) => ocrDistance(a, b, kb.gazetteer.skeleton, max);
    expect(d('gerrnany', 'germany', 1)).toBe(LOOKALIKE);
    expect(d('bcrrlma', 'berrima', 1)).toBe(d('bcrrlma', 'berrima'));
    expect(d('westminster', 'wellington')).toBeGreaterThan(1);
    expect(d('westminster', 'wellington', 1)).toBeGreaterThan(1);
    // Three look-alike swaps cost three times one, not a rounding error more: "three from six letters" (ocr-words) holds.
    expect(d('gavcrnrnent', 'government', 1.2)).toBe(1.2);
  });
  it('keeps unrelated names apart', () => {
    expect(sim('kalyn', 'tallinn').score).toBeLessThan(0.75);
    expect(sim('tileuberdi', 'tikhanovsky').score).toBeLessThan(0.5);
    // One edit beyond equal keys, but of the first letter: no romanisation explains it.
    expect(sim('arizana', 'marikana').via).toBe('edit');
    expect(sim('arizana', 'arizona').score).toBeGreaterThan(sim('arizana', 'marikana').score);
  });
});

describe('heardKey', () => {
  it('gives a name and its spelling back by ear one key', () => {
    // r for l, voicing, a syllable-closing r unheard, soft c, w after a vowel, Russian kh for h.
    for (const [heard, name] of [['Brinkan', 'Blinken'], ['Kobby', 'Kirby'], ['Laisy', 'Raisi'], ['Modelo', 'Modrow'], ['Fogel', 'Vogel'], ['Gertz', 'Kurtz'], ['Khopkins', 'Hopkins']]) {
      expect(heardKey(fold(heard)), `${heard} / ${name}`).toBe(heardKey(fold(name)));
    }
  });
  it('keeps consonants a listener tells apart', () => {
    for (const [a, b] of [['Blinken', 'Blinder'], ['Kirby', 'Kimby'], ['Raisi', 'Rainy'], ['Wang', 'Vance']]) {
      expect(heardKey(fold(a)), `${a} / ${b}`).not.toBe(heardKey(fold(b)));
    }
  });
});

describe('DeleteIndex', () => {
  it('finds keys within two edits, not further', () => {
    const idx = new DeleteIndex();
    for (const k of ['daesh', 'sahel', 'scholz']) idx.add(k, k);
    expect([...idx.lookup('deash')]).toContain('daesh');
    expect([...idx.lookup('sahl')]).toContain('sahel');
    expect([...idx.lookup('xyz')]).toEqual([]);
  });
  it('near() finds a key itself and keys one letter longer, in one probe', () => {
    const idx = new DeleteIndex();
    for (const k of ['bukarest', 'bukarests', 'bukrest']) idx.add(k, k);
    expect([...idx.near('bukarest')].sort()).toEqual(['bukarest', 'bukarests']);
  });
});
