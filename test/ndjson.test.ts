import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { runNdjson } from '../src/cli/ndjson.js';

interface OutFinding {
  offset: number; length: number; line: number; column: number; endLine: number; endColumn: number;
  actual: string; expected: string[]; ruleId: string; confidence: number;
}
interface OutLine { id: string | number; findings?: OutFinding[]; error?: string }

const GARBLED = 'Chancellor Sholtz met Ibrahim Kalyn.';
// Findings on the second line of the text, to check line and column.
const MULTILINE = 'The forum opened in Baku.\nIt heard Ibrahim Kalyn, head of Turkish intelligence.';
const CLEAN = 'Olaf Scholz met İbrahim Kalın and Recep Tayyip Erdoğan in Ankara.';

/** Runs the stream on NDJSON text; returns the raw output and the summary. */
async function run(input: string | Iterable<string>, minConfidence = 0.6) {
  const out: string[] = [];
  const summary = await runNdjson(Readable.from(typeof input === 'string' ? [input] : input), (l) => void out.push(l), { minConfidence });
  return { out: out.join(''), summary };
}

/** Line and column computed independently of LineIndex. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('runNdjson', () => {
  const input = [
    JSON.stringify({ id: 'a-1', text: GARBLED }),
    JSON.stringify({ id: 2, text: CLEAN }),
    '',
    '{"id": 3, "text": "cut off',
    JSON.stringify({ text: MULTILINE }),
    JSON.stringify({ id: 'no-text' }),
    '[1, 2]',
  ].join('\r\n') + '\r\n';
  const texts = new Map<string | number, string>([['a-1', GARBLED], [2, CLEAN], [5, MULTILINE]]);

  it('writes one line per document, in input order, with the JSON contract findings', async () => {
    const { out, summary } = await run(input);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as OutLine);
    // Blank line skipped; line numbers (for the malformed line and the missing id) still count it.
    expect(lines.map((l) => l.id)).toEqual(['a-1', 2, 4, 5, 'no-text', 7]);
    expect(summary).toEqual({ documents: 6, withFindings: 2, errors: 3 });

    const [garbled, clean, malformed, multiline, noText, notObject] = lines as [OutLine, OutLine, OutLine, OutLine, OutLine, OutLine];
    expect(garbled.findings!.map((f) => [f.actual, f.expected[0]])).toEqual([['Sholtz', 'Scholz'], ['Kalyn', 'Kalin']]);
    expect(clean).toEqual({ id: 2, findings: [] });
    expect(multiline.findings!.map((f) => f.actual)).toEqual(['Kalyn']);
    expect(multiline.findings![0]!.line).toBe(2);

    for (const l of [garbled, multiline]) {
      const text = texts.get(l.id)!;
      for (const f of l.findings!) {
        expect(text.slice(f.offset, f.offset + f.length)).toBe(f.actual);
        expect({ line: f.line, column: f.column }).toEqual(position(text, f.offset));
        expect({ line: f.endLine, column: f.endColumn }).toEqual(position(text, f.offset + f.length));
      }
    }

    expect(malformed.error).toMatch(/^invalid JSON/);
    expect(malformed.findings).toBeUndefined();
    expect(noText).toEqual({ id: 'no-text', error: '"text" must be a string' });
    expect(notObject.error).toMatch(/JSON object/);
  });

  it('reports what check() reports, with the same threshold', async () => {
    const { out } = await run(JSON.stringify({ id: 1, text: GARBLED }) + '\n', 0.93);
    const got = (JSON.parse(out) as OutLine).findings!.map((f) => [f.offset, f.ruleId, f.confidence]);
    expect(got).toEqual(check(GARBLED, { minConfidence: 0.93 }).map((f) => [f.offset, f.ruleId, f.confidence]));
    expect(got.length).toBeGreaterThan(0);
  });

  it('is byte-identical however the input is chunked', async () => {
    const whole = await run(input);
    // Chunks that split lines, CRLF pairs and multi-byte characters.
    const bytes = Buffer.from(input);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const out: string[] = [];
    await runNdjson(Readable.from(chunks), (l) => void out.push(l), { minConfidence: 0.6 });
    expect(out.join('')).toBe(whole.out);
  });

  it('accepts a last line without a line break and a leading BOM', async () => {
    const { out } = await run(`\uFEFF${JSON.stringify({ id: 'x', text: GARBLED })}\n${JSON.stringify({ id: 'y', text: CLEAN })}`);
    expect(out.trimEnd().split('\n').map((l) => (JSON.parse(l) as OutLine).id)).toEqual(['x', 'y']);
  });

  it('waits for each write before writing the next', async () => {
    let pending = 0;
    let maxPending = 0;
    const ids: unknown[] = [];
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? GARBLED : CLEAN }) + '\n');
    await runNdjson(Readable.from(lines), async (l) => {
      maxPending = Math.max(maxPending, ++pending);
      await new Promise((r) => setTimeout(r, 1));
      ids.push((JSON.parse(l) as OutLine).id);
      pending--;
    }, { minConfidence: 0.6 });
    expect(maxPending).toBe(1);
    expect(ids).toEqual(lines.map((_, i) => i));
  });

  it('streams 50,000 documents in bounded memory', async () => {
    check(GARBLED); // load the dictionaries before measuring
    const N = 50_000;
    let produced = 0;
    let written = 0;
    let maxAhead = 0;
    let expectedId = 0;
    function* documents() {
      for (let i = 0; i < N; i++) {
        produced++;
        yield `${JSON.stringify({ id: i, text: `Report ${i}: ${GARBLED}` })}\n`;
      }
    }
    const start = process.memoryUsage().heapUsed;
    const summary = await runNdjson(Readable.from(documents()), async (line) => {
      if (!line.startsWith(`{"id":${expectedId++},"findings":[{`)) throw new Error(`unexpected line ${line}`);
      written++;
      maxAhead = Math.max(maxAhead, produced - written);
      // A slow consumer now and then, like a pipe that fills up.
      if (written % 100 === 0) await new Promise(setImmediate);
    }, { minConfidence: 0.6 });
    const grown = process.memoryUsage().heapUsed - start;

    expect(summary).toEqual({ documents: N, withFindings: N, errors: 0 });
    expect(written).toBe(N);
    // Reading stays a bounded distance ahead of writing (readline queues ~1,000 lines).
    expect(maxAhead).toBeLessThan(5_000);
    // Measured ~8 MB (peak ~25 MB before GC); the 50,000 output lines alone take ~100 MB.
    expect(grown).toBeLessThan(50 * 1024 * 1024);
  }, 120_000);
});
