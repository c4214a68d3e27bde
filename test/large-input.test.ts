import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CLEAN_SENTENCES, GARBLED_SENTENCES } from './support.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { checkText } from '../src/cli/check-file.js';
import { decode, StreamDecoder } from '../src/cli/decode.js';
import { chunks } from '../src/cli/pieces.js';
import { processFile, type FileJob } from '../src/cli/process-file.js';
import { isSuppressed, maskDirectives, parseDirectives } from '../src/formats/directives.js';
import { loadFormat } from '../src/formats/detect.js';
import { fingerprints } from '../src/report/fingerprint.js';
import { formatJson } from '../src/report/json.js';
import { CONTEXT, fingerprintsOf, lineAround, type FileResult } from '../src/report/result.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatStylish } from '../src/report/stylish.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'entlint.js');
const dir = mkdtempSync(join(tmpdir(), 'entlint-large-'));

const CLEAN = [
  ...CLEAN_SENTENCES,
  'Officials in İstanbul said the new bridge would open to traffic in the spring.',
  'Farmers in the valley reported a good harvest despite the dry summer 🙂.',
];
const GARBLED = [
  ...GARBLED_SENTENCES,
  // Words and sentences longer than the context a fingerprint looks at.
  `The index lists ${'abracadabra'.repeat(20)} beside Vladimir Putn in the margin.`,
  `${'after the long meeting of the committee, which ran late into the night, '.repeat(5)}Vladimir Putn said${', and the ministers went home, tired but pleased'.repeat(8)}.`,
];

/**
 * About 2.5 MB of prose: garbled names spread through it, paragraphs with
 * CRLF, lines far longer than a piece (cut mid-line), and directives whose
 * reach crosses many pieces.
 */
function article(): string {
  let seed = 7;
  // The high bits of a linear congruential generator: its low bits cycle.
  const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
  const out: string[] = ['\uFEFFA long archive of articles.\n\n'];
  for (let p = 0; out.join('').length < 2_500_000; p++) {
    const n = next(9) === 0 ? 400 : 3 + next(8);
    const sentences = Array.from({ length: n }, () => (next(7) === 0 ? GARBLED[next(GARBLED.length)]! : CLEAN[next(CLEAN.length)]!));
    const roll = next(40);
    if (roll === 0) out.push('entlint-disable entity/person\n\n');
    if (roll === 1) out.push('entlint-enable entity/person\n\n');
    if (roll === 2) out.push('<!-- entlint-disable-next-line -->\n');
    out.push(sentences.join(' ') + (next(5) === 0 ? '\r\n\r\n' : '\n\n'));
  }
  return out.join('');
}

const job = (file: string, streamAbove: number, extra: Partial<FileJob> = {}): FileJob => ({
  file, config: null, minConfidence: 0.6, fixMinConfidence: 0.8, streamAbove, ...extra,
});
const quietIo = { stdout() {}, stderr() {} };

function entlint(args: string[], env: Record<string, string> = {}, input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('inputs checked as a stream', () => {
  let text: string;
  let file: string;
  let whole: FileResult;
  let streamed: FileResult;

  beforeAll(async () => {
    text = article();
    file = join(dir, 'archive.txt');
    writeFileSync(file, text);
    whole = await processFile(job(file, Infinity), quietIo);
    streamed = await processFile(job(file, 0), quietIo);
  }, 120_000);

  it('report exactly what the text held whole reports, in every format', () => {
    expect(whole.findings.length).toBeGreaterThan(1000);
    expect(new Set(whole.findings.map((f) => f.actual))).toEqual(new Set(['Deash', 'Sholtz', 'Kalyn', 'Putn', 'Lavrof']));
    expect(formatJson([streamed])).toBe(formatJson([whole]));
    expect(formatStylish([streamed])).toBe(formatStylish([whole]));
    expect(formatSarif([streamed], { toolVersion: '0' })).toBe(formatSarif([whole], { toolVersion: '0' }));
    // Positions checked against the text itself.
    const lines = text.split('\n');
    for (const f of JSON.parse(formatJson([streamed])).files[0].findings) {
      expect(text.slice(f.offset, f.offset + f.length)).toBe(f.actual);
      expect(lines[f.line - 1]!.slice(f.column - 1, f.column - 1 + f.length)).toBe(f.actual);
    }
  });

  it('show each finding\'s line from its context as the whole line shows it', () => {
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    let cut = 0;
    for (const f of streamed.findings) {
      const line = lines[f.place!.line - 1]!;
      const col = f.place!.column - 1;
      const len = Math.min(f.length, line.length - col);
      const from = Math.max(0, col - 50);
      const to = Math.min(line.length, col + len + 50);
      expect(lineAround(f.place!, f.length, 50)).toEqual({
        before: line.slice(from, col), span: line.slice(col, col + len), after: line.slice(col + len, to), cutBefore: from > 0, cutAfter: to < line.length,
      });
      if (col > CONTEXT) cut++;
    }
    // Some findings sit further into their line than their context reaches.
    expect(cut).toBeGreaterThan(10);
  });

  it('keep the fingerprints a baseline made from the whole text has', () => {
    const plain = whole.findings.map(({ place: _, ...f }) => f);
    expect(fingerprintsOf(streamed)).toEqual(fingerprints(plain, text));
  });

  it('read from standard input in small chunks gives the same findings', async () => {
    const bytes = Buffer.from(text);
    const parts: Buffer[] = [];
    // Odd sizes split CRLF pairs, multi-byte characters and the BOM.
    for (let i = 0, k = 0; i < bytes.length; k++) {
      const size = [1, 2, 7, 4093, 65_537][k % 5]!;
      parts.push(bytes.subarray(i, i + size));
      i += size;
    }
    const r = await processFile(job('-', 100_000), { ...quietIo, stdin: Readable.from(parts) });
    expect(formatJson([{ ...r, path: whole.path }])).toBe(formatJson([whole]));
  });

  it('apply directives across pieces as over the whole text', async () => {
    await loadFormat('text');
    // The reference: pieces masked and checked alone, directives of the whole text.
    const masked = maskDirectives(text);
    const directives = parseDirectives(text);
    const unfiltered = chunks(text)
      .flatMap(([s, e]) => check(masked.slice(s, e), { minConfidence: 0.6 }).map((f) => ({ ...f, offset: f.offset + s })));
    const reference = unfiltered.filter((f) => !isSuppressed(directives, f));
    const got = checkText(text, 'archive.txt', null, 0.6);
    expect(got.map((f) => [f.offset, f.ruleId])).toEqual(reference.map((f) => [f.offset, f.ruleId]));
    // Directive blocks silence a good share, over many pieces.
    expect(reference.length).toBeLessThan(unfiltered.length * 0.9);
    expect(reference.length).toBeGreaterThan(unfiltered.length * 0.1);
    expect(directives.list.length).toBeGreaterThan(10);
  }, 60_000);

  it('fix a file into the same bytes as the normal path, and print the same report', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, text);
    writeFileSync(b, text);
    const normal = entlint(['--fix', '--format', 'json', a]);
    const stream = entlint(['--fix', '--format', 'json', b], { ENTLINT_STREAM_THRESHOLD: '1' });
    const fixed = readFileSync(a, 'utf8');
    expect(fixed).not.toBe(text);
    expect(fixed).toContain('Sergei Lavrov');
    expect(readFileSync(b, 'utf8')).toBe(fixed);
    expect(stream.stdout.replaceAll('b.txt', 'a.txt')).toBe(normal.stdout);
    expect(stream.code).toBe(normal.code);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Standard input streamed: the fixed text on stdout.
    const piped = entlint(['--fix'], { ENTLINT_STREAM_THRESHOLD: '1' }, text);
    expect(piped.stdout).toBe(fixed);
  }, 120_000);

  it('stop at invalid UTF-8 in the middle with the one-line error, leaving the file untouched', () => {
    const bytes = Buffer.concat([Buffer.from(text.slice(0, 1_200_000)), Buffer.from([0xe2, 0x28, 0xa1]), Buffer.from(text.slice(1_200_000))]);
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, bytes);
    const expected = (decode(bytes) as { error: string }).error;
    expect(expected).toBe(`invalid UTF-8 at byte ${Buffer.byteLength(text.slice(0, 1_200_000))}, not checked`);
    for (const args of [[bad], ['--fix', bad], ['--format', 'json', bad]]) {
      const r = entlint(args, { ENTLINT_STREAM_THRESHOLD: '1' });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`entlint: ${bad}: ${expected}\n`);
      expect(readFileSync(bad).equals(bytes)).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('StreamDecoder', () => {
  const cases: [string, number[]][] = [
    ['BOM and text', [0xef, 0xbb, 0xbf, 0x41, 0xc4, 0xb0, 0x42]],
    ['four-byte character', [0x41, 0xf0, 0x9f, 0x99, 0x82, 0x42]],
    ['stray continuation byte', [0x41, 0x80, 0x42]],
    ['overlong encoding', [0x41, 0xe0, 0x80, 0x80]],
    ['encoded surrogate', [0x41, 0x42, 0xed, 0xa0, 0x80]],
    ['unfinished at the end', [0x41, 0x42, 0x43, 0xe2, 0x82]],
    ['cut short by ASCII', [0x41, 0xf0, 0x9f, 0x41, 0x42]],
  ];
  it.each(cases)('decodes %s in any chunking as decode() does whole', (_, list) => {
    const pad = Buffer.alloc(9000, 0x61);
    for (const bytes of [Buffer.from(list), Buffer.concat([pad, Buffer.from(list), pad])]) {
      const expected = decode(bytes);
      for (const size of [1, 2, 3, 5, 4096, 100_000]) {
        const d = new StreamDecoder();
        let text = '';
        let got: ReturnType<typeof decode> | undefined;
        for (let i = 0; i < bytes.length && !got; i += size) {
          const r = d.push(bytes.subarray(i, i + size));
          if ('error' in r) got = r;
          else text += r.text;
        }
        if (!got) {
          const r = d.end();
          got = 'error' in r ? r : { text: text + r.text };
        }
        expect(got, `chunks of ${size}`).toEqual(expected);
      }
    }
  });

  it('refuses binary data found in the first 8 KB, however it arrives', () => {
    const bytes = Buffer.concat([Buffer.from([0xff]), Buffer.alloc(100, 0x61), Buffer.from([0])]);
    const d = new StreamDecoder();
    expect(d.push(bytes.subarray(0, 1))).toEqual({ text: '' });
    expect(d.push(bytes.subarray(1))).toEqual({ text: '' });
    expect(d.end()).toEqual(decode(bytes));
    expect(decode(bytes)).toEqual({ error: 'binary file (contains NUL bytes), not checked' });
  });
});

describe('heap settings for long texts', () => {
  // Pieces whose objects survive a scavenge or two, as a piece's words do.
  const script = (tune: boolean) => `
    const v8 = require('node:v8');
    import(${JSON.stringify(new URL('../dist/cli/tune-heap.js', import.meta.url).href)}).then(({ tuneHeap }) => {
      let kept = [];
      for (let piece = 0; piece < 400; piece++) {
        if (${tune}) tuneHeap();
        kept = Array.from({ length: 20000 }, (_, i) => ({ piece, i, text: 'w' + i }));
      }
      const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      console.log(young.space_size, kept.length);
    });`;
  const youngSize = (tune: boolean) => Number(spawnSync(process.execPath, ['-e', script(tune)], { encoding: 'utf8' }).stdout.split(' ')[0]);
  it('stop the new space growing once it reaches 8 MB, where V8 alone lets it reach 32', () => {
    expect(youngSize(false)).toBeGreaterThan(8 * 2 ** 20);
    expect(youngSize(true)).toBeLessThanOrEqual(8 * 2 ** 20);
  });
});
