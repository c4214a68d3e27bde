import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { check, BUNDLED_DICTIONARIES } from '../src/index.js';
import { readSyllableTables } from '../src/gazetteer/load.js';
import { parseCyrillicLatin, parseCyrillicSyllables, SyllableReader } from '../src/match/cyrillic-spellings.js';
import { parseSinoSyllables, PinyinReader } from '../src/match/pinyin-readings.js';
import { smallKnowledge } from './support.js';

const tables = readSyllableTables((name) => join(BUNDLED_DICTIONARIES, 'confusions', name));
const zh = new SyllableReader('zh', tables);
const ja = new SyllableReader('ja', tables);
const ko = new SyllableReader('ko', tables);
const vi = new SyllableReader('vi', tables);

describe('syllable tables (confusions/cyrillic-syllables.tsv, cyrillic-latin.tsv)', () => {
  it('name the file and line of a broken row', () => {
    expect(() => parseCyrillicSyllables('# c\nzh\tba\tба\nth\tba\tба\n', 's.tsv')).toThrow(/s\.tsv:3: unknown system "th"/);
    expect(() => parseCyrillicSyllables('zh\tba\tba\n', 's.tsv')).toThrow(/s\.tsv:1: expected Cyrillic letters/);
    expect(() => parseCyrillicLatin('х\tkh h\nab\ta\n', 'l.tsv')).toThrow(/l\.tsv:2: expected one Cyrillic letter/);
  });

  it('read every syllable back from its Cyrillic as MT writes it', () => {
    const latin = new Map(tables.latin);
    const bad = tables.syllables.filter(({ system, syllable, cyrillic }) => {
      const usual = [...cyrillic].map((c) => latin.get(c)![0]).join('');
      return !{ zh, ja, ko, vi }[system].read(usual).includes(syllable);
    }).map((s) => `${s.system} ${s.syllable}`);
    expect(tables.syllables.length).toBeGreaterThan(500);
    expect(bad).toEqual([]);
  });

  it('read names MT wrote back from Russian as the language spells them', () => {
    const cases: [SyllableReader, string, string][] = [
      [zh, 'tszinpin', 'jinping'], [zh, 'syaopin', 'xiaoping'], [zh, 'chzhao', 'zhao'], [zh, 'litszyan', 'lijian'],
      [zh, 'chzhenchzhou', 'zhengzhou'], [zh, 'chunli', 'chongli'], [zh, 'van', 'wang'], [zh, 'khu', 'hu'], [zh, 'zhen', 'ren'],
      [ja, 'kisida', 'kishida'], [ja, 'sindzo', 'shinzo'], [ja, 'khirosima', 'hiroshima'], [ja, 'keysuke', 'keisuke'], [ja, 'tiba', 'chiba'],
      [ja, 'khattori', 'hattori'], [ko, 'chzhe', 'jae'], [ko, 'chen', 'jong'], [ko, 'yn', 'eun'], [ko, 'chkhve', 'choe'], [vi, 'tin', 'chinh'], [vi, 'chong', 'trong'],
    ];
    expect(cases.filter(([r, w, name]) => !r.read(w).includes(name))).toEqual([]);
    expect(zh.read('london')).toEqual([]);
  });

  it('tell pinyin and Hepburn as written from the Russian spelling', () => {
    expect([zh.isNative('chunli'), zh.isNative('tszinpin'), ja.isNative('kishida'), ja.isNative('kisida')]).toEqual([true, false, true, false]);
  });
});

const kb = smallKnowledge({
  people: [
    { name: 'Xi Jinping', country: 'CN', rank: 1 },
    { name: 'Zhao Lijian', country: 'CN', rank: 2 },
    { name: 'Liu Yang', country: 'CN', rank: 3 },
    { name: 'Wang Chen', country: 'CN', rank: 3 },
    { name: 'Tsai Ing-wen', garbled: ['Cai Yingwen'], country: 'TW', rank: 1 },
    { name: 'Fumio Kishida', country: 'JP', rank: 1 },
    { name: 'Hideki Matsuyama', country: 'JP', rank: 2 },
    { name: 'Moon Jae-in', country: 'KR', rank: 1 },
    { name: 'Pham Minh Chinh', country: 'VN', rank: 2 },
    { name: 'Võ Nguyên Giáp', aliases: ['Vo Nguyen Giap'], country: 'VN', rank: 2 },
  ],
  places: [
    { name: 'China', kind: 'country', country: 'CN', rank: 1 },
    { name: 'Japan', kind: 'country', country: 'JP', rank: 1 },
    { name: 'Chongli', kind: 'city', country: 'CN', rank: 3 },
    { name: 'Lingang', kind: 'city', country: 'CN', rank: 3 },
    { name: 'Yining', kind: 'city', country: 'CN', rank: 3 },
    { name: 'Tōdai', kind: 'other', country: 'JP', rank: 3 },
    { name: 'Wangen', kind: 'city', country: 'DE', rank: 3 },
  ],
  words: ['the', 'said', 'leader', 'met', 'minister', 'today', 'district', 'researcher', 'events', 'were', 'held', 'in', 'and', 'visited', 'van', 'a', 'an', 'foreign', 'spokesman'],
});
const fixes = (text: string) => check(text, { knowledge: kb }).map((f) => `${f.actual} → ${f.expected[0]}`);

describe('names written back from Russian, syllable by syllable', () => {
  it('reads a Chinese or Japanese name that Russian spelt into the name itself', () => {
    expect(fixes('The leader Si Tszinpin met the minister.')).toEqual(['Si Tszinpin → Xi Jinping']);
    expect(fixes('The spokesman Chzhao Litszyan said so.')).toEqual(['Chzhao Litszyan → Zhao Lijian']);
    expect(fixes('Prime Minister Fumio Kisida visited Japan.')).toEqual(['Kisida → Kishida']);
    // Russian writes each syllable of a Korean given name as a word.
    expect(fixes('The leader Mun Chzhe In met the minister.')).toEqual(['Mun Chzhe In → Moon Jae-in']);
    expect(fixes('The leader Fam Min Tin met the minister.')).toEqual(['Fam Min Tin → Pham Minh Chinh']);
  });

  it('fixes to the name in the text\'s own letters, without diacritics where it has none', () => {
    expect(fixes('The leader Vo Nguen Ziap met the minister.')).toEqual(['Nguen Ziap → Nguyen Giap']);
    const [f] = check('The leader Si Tszinpin met the minister.', { knowledge: kb });
    expect(f).toMatchObject({ ruleId: 'entity/person', kind: 'transliteration', entity: { name: 'Xi Jinping' } });
    expect(f!.message).toMatch(/Palladius/);
  });

  it('reads a name English writes otherwise through its pinyin, a garbled form the gazetteer lists ("Cai Yingwen")', () => {
    expect(fixes('The leader Tsai Inven met the minister.')).toEqual(['Inven → Ing-wen']);
  });

  it('reads no person in one word after an article or before an administrative unit ("the Fon", "Kisida district")', () => {
    expect(fixes('Prime Minister Kisida visited Japan.')).toEqual(['Kisida → Kishida']);
    expect(fixes('The minister met the Kisida today.')).toEqual([]);
    expect(fixes('The minister visited Kisida district today.')).toEqual([]);
  });

  it('reads pinyin as written ("Chunli") only where the text names the country', () => {
    expect(fixes('The events were held in Chunli.')).toEqual([]);
    expect(fixes('The events were held in Chunli, China.')).toEqual(['Chunli → Chongli']);
    // Inside a longer name it is a word of that name.
    expect(fixes('The researcher Ye Lingan visited China.')).toEqual([]);
  });

  it('leaves pinyin as written that may be a name of its own ("Liu Yan"), unless the text spells other names the Russian way', () => {
    expect(fixes('The researcher Liu Yan visited China.')).toEqual([]);
    expect(fixes('The researcher Liu Yan met Si Tszinpin in China.')).toEqual(['Yan → Yang', 'Si Tszinpin → Xi Jinping']);
  });

  it('reads a name with an English word the language spells no syllable of ("Van" for Wang) where the text names the country', () => {
    expect(fixes('The researcher Van Chen visited China.')).toEqual(['Van → Wang']);
    expect(fixes('The researcher Van Chen visited the lab.')).toEqual([]);
  });

  it('reads no place into a word of a person\'s name, spelt the Russian way or not', () => {
    expect(fixes('The events were held in Inin.')).toEqual(['Inin → Yining']);
    expect(fixes('The researcher Cha Inin met the minister.')).toEqual([]);
  });

  it('leaves pinyin written right that a reading only respells ("Chang\'an" is no Changan) or that names a pass or river ("Shanhai Pass")', () => {
    const kbP = smallKnowledge({
      organisations: [{ name: 'Changan', kind: 'company', country: 'CN', rank: 2 }],
      places: [{ name: 'China', kind: 'country', country: 'CN', rank: 1 }, { name: 'Shanghai', kind: 'city', country: 'CN', rank: 1 }],
      words: ['the', 'capital', 'lay', 'in', 'was', 'built', 'pass'],
    });
    const read = (t: string) => check(t, { knowledge: kbP }).filter((f) => /Palladius/.test(f.message)).map((f) => f.actual);
    expect(read("The capital Chang'an lay in China.")).toEqual([]);
    expect(read('The Shanhai Pass was built in China.')).toEqual([]);
    expect(read('Shanhai was built in China.')).toEqual(['Shanhai']);
  });

  it('leaves English words, and names of other countries a reading spells', () => {
    expect(fixes('Today the minister visited Japan.')).toEqual([]);
    // Wangen is German: the name rules read "Vangen" (v for w), this rule does not.
    expect(check('The minister visited Vangen in China.', { knowledge: kb }).filter((f) => /Palladius|Polivanov/.test(f.message))).toEqual([]);
  });
});

describe('Korean and Vietnamese names in the pinyin of their characters (confusions/sino-syllables.tsv)', () => {
  const koPinyin = new PinyinReader('ko', tables.sino);
  const viPinyin = new PinyinReader('vi', tables.sino);

  it('name the file and line of a broken row', () => {
    expect(() => parseSinoSyllables('# c\nko\tjae\tzai\nja\tjae\tzai\n', 's.tsv')).toThrow(/s\.tsv:3: unknown system "ja"/);
    expect(() => parseSinoSyllables('vi\tminh\tmíng\n', 's.tsv')).toThrow(/s\.tsv:1: expected toneless pinyin/);
    expect(() => parseSinoSyllables('vi\tMinh\tming\n', 's.tsv')).toThrow(/s\.tsv:1: expected a lower-case ASCII syllable/);
  });

  it('give every syllable readings that are pinyin', () => {
    const pinyin = new Set(tables.syllables.filter((x) => x.system === 'zh').map((x) => x.syllable));
    expect(tables.sino.length).toBeGreaterThan(500);
    expect(tables.sino.flatMap((x) => x.pinyin.filter((p) => !pinyin.has(p)).map((p) => `${x.system} ${x.syllable} ${p}`))).toEqual([]);
  });

  it('read a name back syllable by syllable, split as pinyin is ("qingyuan" is qing yuan)', () => {
    expect(koPinyin.read('zaiming')).toContain('jae-myung');
    expect(koPinyin.read('zhengen')).toContain('jong un');
    expect(koPinyin.read('qingyuan')).toContain('kyung-won');
    expect(viPinyin.read('mingzheng')).toContain('minh chinh');
    expect(koPinyin.read('london')).toEqual([]);
    expect([koPinyin.isNative('jaemyung'), koPinyin.isNative('zaiming')]).toEqual([true, false]);
  });

  const kbS = smallKnowledge({
    people: [
      { name: 'Lee Jae-myung', country: 'KR', rank: 1 },
      { name: 'Pham Minh Chinh', country: 'VN', rank: 2 },
      { name: 'Chin Young', country: 'KR', rank: 3 },
    ],
    places: [
      { name: 'South Korea', aliases: ['Korea'], kind: 'country', country: 'KR', rank: 1 },
      { name: 'Vietnam', kind: 'country', country: 'VN', rank: 1 },
      { name: 'Hà Tĩnh', aliases: ['Ha Tinh'], kind: 'province', country: 'VN', rank: 2 },
    ],
    words: ['the', 'met', 'leader', 'minister', 'envoy', 'in', 'visited', 'prime', 'opposition', 'officials', 'chinese'],
  });
  const sino = (text: string) => check(text, { knowledge: kbS }).map((f) => `${f.actual} → ${f.expected[0]}`);

  it('reads a famous Korean or Vietnamese person\'s name written so, where the text names the country', () => {
    expect(sino('The opposition leader Li Zaiming visited Korea.')).toEqual(['Li Zaiming → Lee Jae-myung']);
    expect(sino('The prime minister Fan Mingzheng visited Vietnam.')).toEqual(['Fan Mingzheng → Pham Minh Chinh']);
    const [f] = check('The prime minister Fan Mingzheng visited Vietnam.', { knowledge: kbS });
    expect(f!.message).toMatch(/pinyin of its Chinese characters/);
  });

  it('leaves pinyin that may be a Chinese name: without the country named, one word, a lesser-known person, a place', () => {
    expect(sino('The opposition leader Li Zaiming met officials.')).toEqual([]);
    expect(sino('The leader Zaiming visited Korea.')).toEqual([]);
    expect(sino('The envoy Chen Ying visited Korea.')).toEqual([]);
    expect(sino('The envoy He Jing visited Vietnam.')).toEqual([]);
  });
});
