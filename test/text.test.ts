import { describe, expect, it } from 'vitest';
import { fold } from '../src/text/fold.js';
import { tokenize } from '../src/text/tokenize.js';
import { LineIndex } from '../src/text/lines.js';
import { splitForm } from '../src/gazetteer/gazetteer.js';

describe('fold', () => {
  it('folds Turkish dotted and dotless i, diacritics and case', () => {
    expect(fold('İbrahim Kalın')).toBe('ibrahim kalin');
    expect(fold('Erdoğan')).toBe(fold('Erdogan'));
    expect(fold('Røkke')).toBe('rokke');
    expect(fold('Žbanić')).toBe('zbanic');
    expect(fold('MİT')).toBe('mit');
  });
  it('unifies apostrophe and dash variants', () => {
    expect(fold('al‑Qa’ida')).toBe("al-qa'ida");
  });
});

describe('tokenize', () => {
  it('gives UTF-16 offsets into the original text', () => {
    const text = 'Kalın met 𝒳 Erdoğan.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps hyphenated names whole and splits possessives', () => {
    const words = tokenize("al-Qaeda's leader").filter((t) => t.type === 'word').map((t) => t.text);
    expect(words).toEqual(['al-Qaeda', 's', 'leader']);
  });
  it('keeps combining marks and mixed scripts inside one word', () => {
    expect(tokenize('the chief of Mi̇t said').map((t) => t.text)).toContain('Mi̇t');
    expect(tokenize('the РKK group').map((t) => t.text)).toContain('РKK');
  });
  it('ends sentences at full stops but not after titles or initials', () => {
    const toks = tokenize('Mr. Blinken met J. Smith. Then he left.');
    const sentenceOf = (w: string) => toks.find((t) => t.text === w)!.sentence;
    expect(sentenceOf('Blinken')).toBe(sentenceOf('Smith'));
    expect(sentenceOf('Then')).toBe(sentenceOf('Smith') + 1);
    expect(toks.find((t) => t.text === 'Then')!.sentenceStart).toBe(true);
  });
  it('in OCR output, glues to a word the digits print made of its letters and its end hyphened to the next line, and nothing else', () => {
    const words = (text: string, glyphs: boolean) => tokenize(text, glyphs).filter((t) => t.type === 'word').map((t) => t.text);
    expect(words('Liverpoo1 and Lond0n, 0ttawa', true)).toEqual(['Liverpoo1', 'and', 'Lond0n', '0ttawa']);
    expect(words('Liverpoo1 and Lond0n, 0ttawa', false)).toEqual(['Liverpoo', 'and', 'Lond', 'n', 'ttawa']);
    // A word hyphened at a line's end goes on in the next; a capital there begins another word.
    expect(words('from Massa-\nchusetts and Anglo-\nSaxon', true)).toEqual(['from', 'Massa-\nchusetts', 'and', 'Anglo', 'Saxon']);
    expect(words('from Massa-\nchusetts', false)).toEqual(['from', 'Massa', 'chusetts']);
    // Ordinals, decades, grouped numbers, codes and hyphened words are cut as ever.
    const text = 'On the 1st and 10th, 1,000 B52s of the 1850s, Anglo-Saxon1 and F16.';
    expect(tokenize(text, true).map((t) => [t.text, t.type])).toEqual(tokenize(text).map((t) => [t.text, t.type]));
  });

  it('treats a blank line as a sentence break (headlines have no full stop)', () => {
    const toks = tokenize('A Headline Here\n\nBody starts');
    expect(toks.find((t) => t.text === 'Body')!.sentenceStart).toBe(true);
  });
});

describe('splitForm', () => {
  it("splits a name into the tokenizer's words, punctuation left out, and folds each", () => {
    expect(splitForm('İbrahim Kalın')).toEqual({ tokens: ['İbrahim', 'Kalın'], folded: ['ibrahim', 'kalin'] });
    expect(splitForm("Jama'at Nusrat al-Islam wal-Muslimin").tokens).toEqual(["Jama'at", 'Nusrat', 'al-Islam', 'wal-Muslimin']);
    expect(splitForm('Martin Luther King Jr.').tokens).toEqual(['Martin', 'Luther', 'King', 'Jr']);
    expect(splitForm('Bosnia and Herzegovina (FBiH)').tokens).toEqual(['Bosnia', 'and', 'Herzegovina', 'FBiH']);
    expect(splitForm('S-400').tokens).toEqual(['S', '400']);
  });
});

describe('tokenize against the token pattern', () => {
  // The pattern the scanner implements (its ASCII part by hand), as the oracle.
  const PATTERN = /(\p{L}[\p{L}\p{M}]*(?:(?:[-‐‑]|['’](?!s(?![\p{L}\p{M}])))[\p{L}\p{M}]+)*)|(\p{N}+(?:[.,:]\p{N}+)*)|(\S)/gu;
  // Unicode spaces, an uncased letter, a lone surrogate and astral characters too.
  const alphabet = ['a', 'Z', 's', 'x', 'é', 'İ', 'ж', 'א', '\u0301', '5', '0', '٣', '½', '-', '‐', '‑', "'", '’', '.', ',', ':', ' ', '\n', '\u00a0', '\u2003', '\u3000', '(', '😀', '𝐀', '\ud800', '!'];
  it('reads random mixes of ASCII and other scripts exactly as the pattern does', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 6000; n++) {
      let s = '';
      for (let k = 1 + (n % 24); k > 0; k--) s += alphabet[next()];
      const want = [...s.matchAll(PATTERN)].map((m) => [m.index, m[0], m[1] ? 'word' : m[2] ? 'number' : 'punct']);
      expect(tokenize(s).map((t) => [t.start, t.text, t.type]), JSON.stringify(s)).toEqual(want);
    }
  });
});

describe('Document.tokenText', () => {
  it('reads every token back as tokenize() cuts it, and nothing past the last', async () => {
    const { Document } = await import('../src/document.js');
    const { smallKnowledge } = await import('./support.js');
    const kb = smallKnowledge({});
    const alphabet = ['a', 'Z', 's', 'é', 'ж', '\u0301', '5', '-', "'", '’', '.', '(', ')', '"', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u001f', '😀', '!'];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let k = 1 + (n % 20); k > 0; k--) s += alphabet[next()];
      const doc = new Document(s, kb);
      const want = tokenize(s).map((t) => t.text);
      expect([...want.keys(), want.length].map((t) => doc.tokenText(t)), JSON.stringify(s)).toEqual([...want, undefined]);
    }
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns, CRLF included', () => {
    const idx = new LineIndex('ab\r\ncd\nef');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(4)).toEqual({ line: 2, column: 1 });
    expect(idx.position(8)).toEqual({ line: 3, column: 2 });
    expect(idx.lineText(1)).toBe('ab');
  });
});

describe('word facts', () => {
  it('gives a plain ASCII word, through its fast path, the facts the Unicode rules give it', async () => {
    const { wordFacts, unicodeWordFacts } = await import('../src/document.js');
    const { smallKnowledge } = await import('./support.js');
    const kb = smallKnowledge({ words: ['hello', "it's", 'ab'], givenNames: ['brien'] });
    const samples = ['Hello', 'hello', 'NATO', 'Nato', "it's", "IT'S", 'al-Qaeda', "O'Brien", 'x', 'X', 'AB', 'a-b', 'A-B', 'McDonald', 'aBc', 'brien'];
    // And words drawn at random from the same alphabet.
    const alphabet = "abcXYZ'-";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let i = 0; i < 300; i++) {
      let w = 'aZ'[i % 2]!;
      for (let k = i % 7; k > 0; k--) w += alphabet[next()];
      samples.push(w);
    }
    for (const w of samples) expect(wordFacts(w, false, kb), w).toEqual(unicodeWordFacts(w, false, kb));
  });

  it('gives an ASCII number, through its fast path, the facts the general rules give it', async () => {
    const { wordFacts } = await import('../src/document.js');
    const { smallKnowledge } = await import('./support.js');
    const kb = smallKnowledge({});
    for (const n of ['7', '1,200', '3.14', '9:30', '2,000,000.5']) expect(kb.wordFacts(n, true)).toEqual(wordFacts(n, true, kb));
  });
});

describe('SpellingCache', () => {
  it('answers a spelling wherever it is written, making each value once until full', async () => {
    const { SpellingCache } = await import('../src/text/spelling-cache.js');
    const made: string[] = [];
    const cache = new SpellingCache<string>(1000, 4);
    const get = (text: string, start: number, end: number) => cache.get(text, start, end, (s) => (made.push(s), s.toUpperCase()));
    const words = Array.from({ length: 500 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ');
    let at = 0;
    for (const w of words) { expect(get(text, at, at + w.length)).toBe(w.toUpperCase()); at += w.length + 1; }
    // The same spellings inside other texts, after the table has grown many times: no new values.
    for (const w of words) expect(get(`(${w})`, 1, 1 + w.length)).toBe(w.toUpperCase());
    expect(made).toEqual(words);
    // Spans that share a prefix or differ by one letter are different spellings.
    expect(get('w1w', 0, 3)).toBe('W1W');
    expect(get('abcdef', 0, 0)).toBe('');
  });

  it('empties itself when full, so an archive cannot grow it without bound', async () => {
    const { SpellingCache } = await import('../src/text/spelling-cache.js');
    let made = 0;
    const cache = new SpellingCache<number>(10);
    const get = (s: string) => cache.get(s, 0, s.length, () => ++made);
    for (let i = 0; i < 25; i++) get(`s${i}`);
    expect(made).toBe(25);
    const again = get('s24');
    // s24 came after the last clearing, so it is still there; s0 is not.
    expect(again).toBe(25);
    expect(get('s0')).toBe(26);
  });
});
