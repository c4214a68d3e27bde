import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { DEFAULT_FIX_MIN_CONFIDENCE } from '../src/cli/program.js';
import { formatOf, loadFormat, maskFor } from '../src/formats/detect.js';
import { LineIndex } from '../src/text/lines.js';
import { applyFixes } from '../src/fix/apply-fixes.js';
import { fixedSpans } from './support.js';

const DIR = join(import.meta.dirname, '..', 'fixtures');

/**
 * Each fixtures/NAME.txt (or .md) has NAME.expected.jsonl: every error it contains,
 * one {"line","actual","expected"} per line. The checker must report exactly
 * these at the default threshold, each with the right first suggestion.
 */
describe('fixture articles', () => {
  beforeAll(async () => {
    await loadFormat('markdown');
  });

  for (const file of readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f))) {
    it(file, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const expected = readFileSync(join(DIR, file.replace(/\.(txt|md)$/, '.expected.jsonl')), 'utf8')
        .split('\n').filter(Boolean).map((l) => JSON.parse(l) as { line: number; actual: string; expected: string });
      const lines = new LineIndex(text);
      // Markdown is checked as prose only, offsets still into the original.
      const got = check(maskFor(formatOf(file), text)).map((f) => ({ line: lines.position(f.offset).line, actual: f.actual, expected: f.expected[0] }));
      expect(got).toEqual(expected);
    });
  }

  // --fix on each fixture, then a second run: nothing more to fix, and none
  // of the fixed findings is reported again.
  for (const file of readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f))) {
    it(`${file}: fixing is idempotent`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const run = (t: string) => check(maskFor(formatOf(file), t));
      const once = applyFixes(text, run(text), DEFAULT_FIX_MIN_CONFIDENCE);
      const again = run(once.text);
      expect(applyFixes(once.text, again, DEFAULT_FIX_MIN_CONFIDENCE).text).toBe(once.text);
      for (const [a, b] of fixedSpans(once.applied)) {
        expect(again.filter((f) => f.offset < b && f.offset + f.length > a)).toEqual([]);
      }
    });
  }
});
