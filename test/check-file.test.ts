import { describe, expect, it } from 'vitest';
import { checkText, chunks } from '../src/cli/check-file.js';

describe('long texts', () => {
  it('are cut at paragraph breaks into pieces that cover the text exactly', () => {
    const text = 'A paragraph of prose.\n\n'.repeat(40_000);
    const parts = chunks(text);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts[0]![0]).toBe(0);
    expect(parts[parts.length - 1]![1]).toBe(text.length);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i]![0]).toBe(parts[i - 1]![1]);
      expect(text.slice(parts[i]![0] - 2, parts[i]![0])).toBe('\n\n');
    }
  });

  it('keep offsets into the whole text when checked piece by piece', () => {
    const article = 'Groups such as Deash were named by Chancellor Sholtz.\n\n';
    const text = 'Filler text about the weather.\n\n'.repeat(12_000) + article;
    const found = checkText(text, 'big.txt', null, 0.6);
    expect(found.map((f) => f.actual)).toEqual(['Deash', 'Sholtz']);
    for (const f of found) expect(text.slice(f.offset, f.offset + f.length)).toBe(f.actual);
  });
});
