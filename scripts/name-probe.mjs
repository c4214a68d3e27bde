#!/usr/bin/env node
// Precision probe: `npm run probe:names` (after a build). Not a test: it
// prints how many findings entlint raises on clean sentences about people it
// does not know, one naming culture at a time. Such a finding "corrects" a
// real person into a famous one; every one is a false alarm.
//
// The names are drawn (seeded, so every run is the same) from common given
// names and surnames of each culture; almost none is anyone in particular.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const PER_CULTURE = 400;
const SHOWN = 5;
const SURNAMES_ALONE = 1500;

const CULTURES = {
  Chinese: { given: ['Wei', 'Fang', 'Jianguo', 'Xiaoming', 'Hongwei', 'Lihua', 'Yanping', 'Zhiqiang', 'Jingyi', 'Xinming', 'Weigang', 'Dongyong', 'Xiaofang', 'Qiang', 'Jun'], family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Luo'], familyFirst: true },
  Korean: { given: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Joon-soo', 'Min-yeong', 'Hyun-woo', 'Eun-ji', 'Tae-yeong', 'Sung-ho', 'Young-hee', 'Dong-hyun', 'Ji-won'], family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Kwon', 'Hwang', 'Song'], familyFirst: true },
  Japanese: { given: ['Hiroshi', 'Kenta', 'Takashi', 'Yuki', 'Haruto', 'Shota', 'Daiki', 'Naoki', 'Kazuki', 'Ayumi', 'Kaori', 'Masato', 'Yusuke', 'Kenji', 'Akira'], family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Inoue', 'Kimura'] },
  Vietnamese: { given: ['Van Minh', 'Thi Huong', 'Duc Anh', 'Thi Lan', 'Van Hung', 'Quoc Bao', 'Thi Mai', 'Minh Tuan', 'Van Hai', 'Thi Phuong'], family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong'], familyFirst: true },
  Russian: { given: ['Aleksandr', 'Dmitry', 'Sergei', 'Andrei', 'Mikhail', 'Olga', 'Tatiana', 'Yelena', 'Natalia', 'Pavel', 'Oleg', 'Igor'], family: ['Petrov', 'Sokolov', 'Kuznetsov', 'Morozov', 'Volkov', 'Lebedev', 'Kozlov', 'Novikov', 'Baranov', 'Tarasov', 'Belov', 'Komarov', 'Makarov', 'Gusev', 'Titov', 'Kulikov', 'Sorokin', 'Zakharov'] },
  Arabic: { given: ['Mohammed', 'Ahmed', 'Omar', 'Khalid', 'Hassan', 'Youssef', 'Tariq', 'Samir', 'Walid', 'Fatima', 'Layla', 'Rania', 'Karim', 'Nabil', 'Jamal'], family: ['Haddad', 'Khoury', 'Nasser', 'Saleh', 'Mansour', 'Hamdan', 'Darwish', 'Jaber', 'Sabbagh', 'Ghanem', 'Hijazi', 'Najjar', 'Sayegh', 'Barakat', 'Shaheen', 'Yassin'] },
  Turkish: { given: ['Mehmet', 'Mustafa', 'Ahmet', 'Murat', 'Emre', 'Burak', 'Ayşe', 'Fatma', 'Zeynep', 'Elif', 'Emine', 'Cem', 'Kemal', 'Serkan'], family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Özdemir', 'Aslan', 'Doğan', 'Kılıç', 'Koç', 'Kurt', 'Polat', 'Korkmaz', 'Erdem', 'Güneş'] },
  Persian: { given: ['Reza', 'Mohammad', 'Hossein', 'Mehdi', 'Amir', 'Saeed', 'Maryam', 'Zahra', 'Parisa', 'Shirin', 'Farhad', 'Babak'], family: ['Hosseini', 'Rezaei', 'Ahmadi', 'Karimi', 'Rahimi', 'Moradi', 'Jafari', 'Ghasemi', 'Sadeghi', 'Heidari', 'Kazemi', 'Rostami', 'Najafi', 'Farahani', 'Ebrahimi'] },
  Indian: { given: ['Rahul', 'Amit', 'Sanjay', 'Vijay', 'Rajesh', 'Priya', 'Anjali', 'Pooja', 'Deepak', 'Arun', 'Manoj', 'Kavita', 'Ravi', 'Meera'], family: ['Sharma', 'Verma', 'Gupta', 'Patel', 'Mehta', 'Joshi', 'Iyer', 'Nair', 'Reddy', 'Rao', 'Pillai', 'Desai', 'Banerjee', 'Ghosh', 'Pandey', 'Mishra', 'Yadav', 'Naidu'] },
  'Latin American': { given: ['José', 'Juan', 'Carlos', 'Luis', 'Javier', 'Diego', 'María', 'Lucía', 'Sofía', 'Andrés', 'Ricardo', 'Gabriela', 'Jorge'], family: ['García', 'Rodríguez', 'Martínez', 'López', 'Hernández', 'Pérez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Morales', 'Ortiz', 'Castillo', 'Vargas', 'Mendoza', 'Rojas'] },
  Greek: { given: ['Giorgos', 'Dimitris', 'Nikos', 'Kostas', 'Yannis', 'Eleni', 'Katerina', 'Vasilis', 'Sotiris', 'Panagiotis', 'Christos'], family: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Konstantinou', 'Oikonomou', 'Vlachos', 'Karagiannis', 'Dimitriou', 'Pappas', 'Makris', 'Antoniou', 'Ioannou'] },
  Ukrainian: { given: ['Oleksandr', 'Andriy', 'Serhiy', 'Volodymyr', 'Olena', 'Iryna', 'Oksana', 'Mykola', 'Taras', 'Yuliia', 'Bohdan', 'Nataliia'], family: ['Melnyk', 'Shevchuk', 'Bondarenko', 'Kovalenko', 'Tkachenko', 'Kravchenko', 'Oliinyk', 'Shevchenko', 'Boyko', 'Lysenko', 'Marchenko', 'Rudenko'] },
  Nordic: { given: ['Lars', 'Anders', 'Erik', 'Nils', 'Ingrid', 'Astrid', 'Sigrid', 'Magnus', 'Henrik', 'Karin', 'Bjørn', 'Solveig'], family: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Pedersen', 'Lindqvist', 'Berg', 'Haugen'] },
  Georgian: { given: ['Giorgi', 'Davit', 'Levan', 'Nino', 'Tamar', 'Irakli', 'Zurab', 'Ketevan', 'Lasha', 'Mariam', 'Nika', 'Eka'], family: ['Beridze', 'Kapanadze', 'Gelashvili', 'Maisuradze', 'Giorgadze', 'Lomidze', 'Tsiklauri', 'Bolkvadze', 'Nozadze', 'Abashidze', 'Mikeladze', 'Japaridze'] },
  Israeli: { given: ['Yossi', 'Avi', 'Moshe', 'Noa', 'Tamar', 'Yael', 'Eitan', 'Itai', 'Shira', 'Oren', 'Ronit', 'Amir'], family: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Dahan', 'Avraham', 'Friedman', 'Azoulay', 'Malka', 'Shapira', 'Katz'] },
  'West and East African': { given: ['Chinedu', 'Emeka', 'Adebayo', 'Ngozi', 'Chioma', 'Tunde', 'Aminu', 'Kelechi', 'Folake', 'Obinna', 'Kwame', 'Wanjiru', 'Amina'], family: ['Okafor', 'Adeyemi', 'Okonkwo', 'Eze', 'Balogun', 'Nwosu', 'Bello', 'Okeke', 'Afolabi', 'Mensah', 'Owusu', 'Kamau', 'Otieno', 'Mwangi', 'Boateng', 'Asante'] },
};

const TITLES = ['Minister', 'Mayor', 'General', 'Professor', 'Governor', 'Dr.'];

/** A seeded linear congruential generator: the same names on every run. */
function random(seed) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const { check, defaultKnowledge } = await import(pathToFileURL(join(DIST, 'index.js')).href);
const knowledge = defaultKnowledge();
const rand = random(7);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
let total = 0;
console.log(`findings on ${PER_CULTURE} clean sentences per culture, each naming someone entlint does not know`);
for (const [culture, { given, family, familyFirst }] of Object.entries(CULTURES)) {
  const sentences = Array.from({ length: PER_CULTURE }, (_, i) => {
    const name = familyFirst ? `${pick(family)} ${pick(given)}` : `${pick(given)} ${pick(family)}`;
    // Every other one under a title, which points at whoever holds it.
    return i % 2 ? `${pick(TITLES)} ${name} said on Monday that the plan would go ahead.` : `${name}, a local official, said on Monday that the plan would go ahead.`;
  });
  // One text per culture, as an article naming many people would be.
  const findings = check(sentences.join('\n'), { knowledge });
  total += findings.length;
  const examples = [...new Set(findings.map((f) => `${f.actual} → ${f.expected[0]}`))].slice(0, SHOWN);
  console.log(`  ${culture.padEnd(22)} ${String(findings.length).padStart(4)}  ${examples.join(', ')}`);
}
console.log(`  ${'all'.padEnd(22)} ${String(total).padStart(4)}  of ${PER_CULTURE * Object.keys(CULTURES).length} sentences`);

// Second references name a person by surname alone: real surnames of 77
// locales (dictionaries/surnames/faker.txt), one sentence each.
const surnames = readFileSync(join(DIST, '..', 'dictionaries', 'surnames', 'faker.txt'), 'utf8').split('\n')
  .filter((line) => /^\p{Ll}{4,}$/u.test(line))
  .map((s) => s[0].toUpperCase() + s.slice(1));
const alone = Array.from({ length: SURNAMES_ALONE }, (_, i) => {
  const name = pick(surnames);
  return i % 2 ? `${name} said on Monday that the plan would go ahead.` : `The report by ${name} was published on Monday.`;
});
const aloneFindings = alone.flatMap((s) => check(s, { knowledge }));
const aloneExamples = [...new Set(aloneFindings.map((f) => `${f.actual} → ${f.expected[0]}`))].slice(0, SHOWN);
console.log(`  ${'surnames alone'.padEnd(22)} ${String(aloneFindings.length).padStart(4)}  of ${SURNAMES_ALONE} sentences  ${aloneExamples.join(', ')}`);
