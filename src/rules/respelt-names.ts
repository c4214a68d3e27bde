import type { Finding } from '../types.js';
import type { Document, Word } from '../document.js';
import type { Knowledge } from '../knowledge.js';
import type { Form } from '../gazetteer/gazetteer.js';
import type { NameReader, SyllableSystem } from '../match/cyrillic-spellings.js';
import { findingOver, matchCase } from './finding.js';
import { describe } from './describe.js';
import { gluedToDigit, isPlaceNoun, noPersonHere } from './name-context.js';
import { belongsTo, countryWords } from './syllable-countries.js';

const SYSTEM_NAMES: Record<NameReader['source'], Partial<Record<SyllableSystem, string>>> = {
  russian: {
    zh: 'a Chinese name in Russian (Palladius) spelling, written back letter by letter',
    ja: 'a Japanese name in Russian (Polivanov) spelling, written back letter by letter',
    ko: 'a Korean name in Russian (Kontsevich) spelling, written back letter by letter',
    vi: 'a Vietnamese name in Russian spelling, written back letter by letter',
  },
  pinyin: {
    ko: 'a Korean name written in the pinyin of its Chinese characters',
    vi: 'a Vietnamese name written in the pinyin of its Chinese characters',
  },
};

/** Words of one name: "Chzhao Litszyan", "Sindzo Abe". */
const MAX_SPAN = 3;
/** Readings of a span tried, at most. */
const MAX_TRIES = 128;
/** Letters of a name read so, at least: one syllable ("Van" as Wang) is any word. */
const MIN_LETTERS = 5;

/** One word spelt the Russian way. */
const RESPELT = 0.85;
/** Two words or more each read into one name: as sure as a garbled form the gazetteer lists, and longer than one it lists for a word of them ("Khasimoto"). */
const RESPELT_NAME = 0.95;
/** Every word already spelt in the language's syllables ("Chunli" for Chongli): only -n for -ng tells, and the text must name the country. */
const NATIVE_LOOKING = 0.7;
/** More where the text names the country. */
const POINTED = 0.05;
/**
 * A Korean or Vietnamese name of two words or more in the pinyin of its
 * characters ("Li Zaiming"), in a text that names the country: pinyin is how
 * any Chinese name is written, so only that and the whole name tell.
 */
const SINO_NAME = 0.85;
/** A person's name read from pinyin must be this well known: a Chinese "Chen Ying" is no Korean Chin Young of rank 3. */
const SINO_RANK = 2;
/** Letters without diacritics (or other scripts): a fix keeps the text's. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * A Chinese, Japanese, Korean or Vietnamese name MT wrote back letter by
 * letter from its Russian spelling ("Si Tszinpin", "Chunli", "Fumio Kisida",
 * "Mun Chzhe In", "Fam Min Tin"), or a Korean or Vietnamese one MT from
 * Chinese wrote in the pinyin of its characters ("Li Zaiming", "Fan
 * Mingzheng"): read syllable by syllable as the language's own
 * (kb.syllableReaders()), the words spell an accepted name of that country
 * exactly. A span the gazetteer already knows as written (a name, or a
 * garbled form listed) is left to the name rules.
 */
export function respeltNames(doc: Document, kb: Knowledge, runs: Word[][], claimed: Set<Word>): Finding[] {
  if (doc.ocr) return [];
  const pointed = new Map<SyllableSystem, boolean>();
  const named = (system: SyllableSystem) => {
    let v = pointed.get(system);
    if (v === undefined) {
      const words = countryWords(kb, system);
      pointed.set(system, (v = runs.some((run) => run.some((w) => words.has(w.folded)))));
    }
    return v;
  };
  // Pinyin is how any Chinese name is written: it is read as Korean or Vietnamese only where the text names the country.
  const readers = kb.syllableReaders().filter((r) => r.source !== 'pinyin' || named(r.system));
  const found: { span: Word[]; reading: Reading }[] = [];
  const anyNamed = readers.some((r) => named(r.system));
  for (const run of runs) {
    // Without a word no list knows, a run is names and words written right, unless the text names the country.
    if (!anyNamed && !run.some((w) => isCandidateWord(w, claimed) && mayBeRespelt(kb, w))) continue;
    // Most capitalised words spell no syllables of these languages ("Congress"): no span holds them.
    const readable = run.map((w) => isCandidateWord(w, claimed) && !gluedToDigit(doc, w) && readers.some((r) => r.read(w.folded).length > 0));
    for (let start = 0; start < run.length; start++) {
      if (!readable[start]) continue;
      for (let len = Math.min(MAX_SPAN, run.length - start); len >= 1; len--) {
        if (!isSpan(doc, kb, run, readable, start, start + len)) continue;
        const span = run.slice(start, start + len);
        let reading: Reading | undefined;
        for (const r of readers) if ((reading = readingOf(kb, r, span, named))) break;
        // Pinyin as written beside another word of a name is a word of that name
        // ("Ye Lingan" is no Lingang), as is any word read as a place ("Cha In-in" is no Yining).
        if (!reading || ((!reading.respelt || reading.form.type === 'place') && inLongerName(doc, kb, run, start, start + len))) continue;
        // Pinyin as written before "Pass" or "River" names that pass or river: "Shanhai Pass" is no Shanghai.
        if (!reading.respelt && beforeFeature(doc, run, start + len)) continue;
        // One word is no person's where a place's, a people's or an organisation's stands ("the Fon", "Cu Kuin District").
        if (len === 1 && reading.form.type === 'person' && noPersonHere(doc, span[0]!)) continue;
        found.push({ span, reading });
        start += len - 1;
        break;
      }
    }
  }
  // A text that spells one name the Russian way spells the others so: then pinyin
  // as written ("Gao Fen") is read too. Elsewhere it may be a name of its own
  // ("Liu Yan" is no Liu Yang): only a famous person is read so, a place (a
  // town of that name explains it), or, where the text names the country, a
  // name with an English word the language spells no syllable of ("Van Chen").
  const russian = new Map<SyllableSystem, boolean>();
  const spelt = (reader: NameReader) => {
    let v = russian.get(reader.system);
    if (v === undefined) russian.set(reader.system, (v = runs.some((run) => run.some((w) => w.capitalised && isRespelt(kb, reader, w)))));
    return v;
  };
  return found.filter(({ reading: r }) => r.respelt || r.form.type !== 'person' || r.form.entity.rank <= 1 || (r.unlike && named(r.reader.system)) || spelt(r.reader)).map(({ span, reading }) => {
    for (const w of span) claimed.add(w);
    return finding(doc, span, reading);
  });
}

interface Reading {
  form: Form; reader: NameReader; confidence: number;
  /** The garbled form the reading spells, when that is how it names the entity ("Cai Yingwen"). */
  via?: Form;
  /** A word is spelt the Russian way ("Tszinpin"). */
  respelt: boolean;
  /** A word past a sentence's first is spelt in no syllables of the language, if an English word ("Van", "Day"). */
  unlike: boolean;
}

/** A capitalised word no rule has read yet; one capital is a word ("U Bango"), not an acronym. */
function isCandidateWord(w: Word, claimed: Set<Word>): boolean {
  return w.capitalised && !(w.allCaps && w.folded.length > 1) && !w.number && !claimed.has(w);
}

/** run[from, to): readable words side by side, not all English ("Today" is no Tōdai). */
function isSpan(doc: Document, kb: Knowledge, run: Word[], readable: boolean[], from: number, to: number): boolean {
  let english = true;
  for (let i = from; i < to; i++) {
    if (!readable[i] || (i > from && !doc.adjacent(run[i - 1]!, run[i]!))) return false;
    english &&= isEnglish(kb, run[i]!);
  }
  return !english;
}

/** The accepted name of the reader's countries the span spells, and how sure that is. */
function readingOf(kb: Knowledge, reader: NameReader, span: Word[], named: (s: SyllableSystem) => boolean): Reading | undefined {
  const readings: (readonly string[])[] = [];
  for (const w of span) {
    const r = reader.read(w.folded);
    if (!r.length) return undefined;
    readings.push(r);
  }
  // Words of names written right ("Li", "Bango", "Van") need the text to name the country.
  const respelt = span.some((w) => isRespelt(kb, reader, w));
  if (!respelt && !named(reader.system)) return undefined;
  const sino = reader.source === 'pinyin';
  if (sino && span.length < 2) return undefined;
  // A name or garbled form the gazetteer holds as written is the name rules' to read.
  const written = span.map((w) => w.folded).join(' ');
  if (kb.gazetteer.forms.has(written)) return undefined;
  const bare = written.replace(/[ '’-]/g, '');
  let tries = 0;
  let found: Form | undefined;
  let via: Form | undefined;
  const plain = span.every((w) => PLAIN.test(w.text));
  for (const joined of combinations(readings, reader.system === 'ko')) {
    if (++tries > MAX_TRIES) break;
    // The same letters joined otherwise ("Viet-Nam") are the name written another way, no garble.
    const letters = joined.replace(/[ -]/g, '');
    if (letters === bare || letters.length < MIN_LETTERS) continue;
    for (const f of kb.gazetteer.forms.get(joined) ?? []) {
      if (f.kind === 'dated' || f.entity.knownOnly || !belongsTo(f.entity, reader.system)) continue;
      // MT writes a place's pinyin as one word ("Hejing"), which no span of two is: "He Jing" is a Chinese name, not Hà Tĩnh.
      if (sino && (f.type !== 'person' || f.entity.rank > SINO_RANK)) continue;
      // A garbled form the reading spells is the name in the language's own
      // spelling where English writes another ("Cai Yingwen" for Tsai Ing-wen).
      if (f.kind === 'garbled') via ??= f;
      else if (!found || f.entity.rank < found.entity.rank || (f.entity === found.entity && spelledLike(f, found, plain))) found = f;
    }
  }
  // An accepted name read directly wins; the garbled form is only the way to one.
  if (!found && via) found = kb.gazetteer.entityForms.get(via.entity)?.find((f) => f.kind === 'name');
  else via = undefined;
  if (!found) return undefined;
  const confidence = sino ? SINO_NAME : respelt && span.length > 1 ? RESPELT_NAME : (respelt ? RESPELT : NATIVE_LOOKING) + (named(reader.system) ? POINTED : 0);
  return { form: found, via, reader, confidence, respelt, unlike: span.some((w) => !w.sentenceStart && !reader.isNative(w.folded)) };
}

/** Of two forms of one name, whether `f` is the better fix: in the text's letters (no diacritics in a plain text), then the name itself. */
function spelledLike(f: Form, than: Form, plain: boolean): boolean {
  if (PLAIN.test(f.text) !== PLAIN.test(than.text)) return PLAIN.test(f.text) === plain;
  return f.kind === 'name' && than.kind !== 'name';
}

/** No English word, given name or word of a name written right: a word a Russian spelling may have made. */
function mayBeRespelt(kb: Knowledge, w: Word): boolean {
  return !isEnglish(kb, w) && !w.givenName && !kb.gazetteer.tokenForms.has(w.folded);
}

/** Such a word spelt in the language's syllables as Russian writes them, in none as the language does: "Tszinpin", "Kisida". */
function isRespelt(kb: Knowledge, reader: NameReader, w: Word): boolean {
  return mayBeRespelt(kb, w) && reader.read(w.folded).length > 0 && !reader.isNative(w.folded);
}

/** An English word, hyphened as old print does too ("To-day"). */
function isEnglish(kb: Knowledge, w: Word): boolean {
  return w.common || (w.folded.includes('-') && kb.isCommonWord(w.folded.replace(/-/g, '')));
}

/**
 * Each way of joining one reading per word, in order, with spaces; Russian
 * writes every syllable of a Korean name as a word, English a given name's
 * as one, hyphened or not (`given`: "Mun Chzhe In" is Moon Jae-in).
 */
function* combinations(readings: readonly (readonly string[])[], given: boolean): Generator<string> {
  const joins = given ? [' ', '-', ''] : [' '];
  const pick = (i: number, prefix: string): Generator<string> => (function* () {
    if (i === readings.length) { yield prefix; return; }
    for (const r of readings[i]!) {
      if (i === 0) yield* pick(1, r);
      else for (const j of i === 1 ? [' '] : joins) yield* pick(i + 1, prefix + j + r);
    }
  })();
  yield* pick(0, '');
}

/** Whether run[from, to) has a word of a name right beside it: capitalised, a surname or no English word (a title is one). */
function inLongerName(doc: Document, kb: Knowledge, run: Word[], from: number, to: number): boolean {
  const before = run[from - 1];
  const after = run[to];
  const nameWord = (w: Word | undefined): w is Word => !!w && w.capitalised && (!w.common || kb.isSurname(w.folded));
  return (nameWord(before) && doc.adjacent(before, run[from]!)) || (nameWord(after) && doc.adjacent(run[to - 1]!, after));
}

/** Whether run[to] is a capitalised feature of a place or an administrative unit ("Pass", "River", "District") right after the span. */
function beforeFeature(doc: Document, run: Word[], to: number): boolean {
  const after = run[to];
  return !!after && after.capitalised && isPlaceNoun(after.folded) && doc.adjacent(run[to - 1]!, after);
}

/** A finding over the words the reading changes ("Seiya Sudzuki": Sudzuki), naming the whole name. */
function finding(doc: Document, span: Word[], r: Reading): Finding {
  // Word for word when the name has as many words; else the whole span.
  const aligned = r.form.folded.length === span.length;
  const changed = aligned ? span.flatMap((w, i) => (w.folded !== r.form.folded[i] ? [i] : [])) : [];
  const [first, last] = [changed[0] ?? 0, changed[changed.length - 1] ?? span.length - 1];
  const a = span[first]!;
  const b = span[last]!;
  const written = doc.text.slice(a.start, b.end);
  return findingOver(doc, a, b, {
    ruleId: `entity/${r.form.type}`, kind: 'transliteration', confidence: r.confidence,
    message: `“${doc.text.slice(span[0]!.start, span[span.length - 1]!.end)}” reads as “${r.via ? `${r.via.text}”, that is “${r.form.text}` : r.form.text}” (${describe(r.form.entity)}): ${SYSTEM_NAMES[r.reader.source][r.reader.system]}`,
    expected: [matchCase(written, aligned ? r.form.tokens.slice(first, last + 1).join(' ') : r.form.text)], entity: { name: r.form.entity.name, type: r.form.type },
  });
}
