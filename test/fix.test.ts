import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedSpans } from './support.js';
import { check, DEFAULT_MIN_CONFIDENCE, type Finding } from '../src/index.js';
import { applyFixes } from '../src/fix/apply-fixes.js';
import { unifiedDiff } from '../src/fix/unified-diff.js';
import { writeFileAtomic } from '../src/cli/write-atomic.js';

const ARTICLE = 'Chancellor Sholtz met Ibrahim Kalyn and Annalena Bearbock in the gas sector ceasefire talks. Groups such as Deash were named.';
const FIXED = 'Chancellor Scholz met Ibrahim Kalin and Annalena Baerbock in the Gaza Strip ceasefire talks. Groups such as Daesh were named.';

const fix = (text: string) => applyFixes(text, check(text), DEFAULT_MIN_CONFIDENCE);


/** A hand-made finding over text.slice(offset, offset + length). */
function finding(text: string, offset: number, length: number, fix: string, confidence: number): Finding {
  const actual = text.slice(offset, offset + length);
  return { ruleId: 'test', kind: 'transliteration', severity: 'error', message: '', offset, length, actual, expected: [fix], confidence };
}

describe('applyFixes on real findings', () => {
  it('fixes garbled names and a calque, and a second round changes nothing', () => {
    const first = fix(ARTICLE);
    expect(first.text).toBe(FIXED);
    expect(first.applied.map((f) => f.actual)).toEqual(['Sholtz', 'Kalyn', 'Bearbock', 'gas sector', 'Deash']);
    expect(first.skipped).toEqual([]);

    const after = check(first.text);
    for (const [start, end] of fixedSpans(first.applied)) {
      expect(after.filter((f) => f.offset < end && start < f.offset + f.length)).toEqual([]);
    }
    const second = fix(first.text);
    expect(second.text).toBe(first.text);
    expect(second.applied).toEqual([]);
  });

  it('keeps a BOM and CRLF line endings byte for byte', () => {
    const text = '\uFEFFChancellor Sholtz met Ibrahim Kalyn.\r\n\r\nThe ceasefire in the gas sector held, Benjamin Netanyahoo said.\r\nGroups such as Deash were named.\r\n';
    const out = fix(text).text;
    expect(out).toBe('\uFEFFChancellor Scholz met Ibrahim Kalin.\r\n\r\nThe ceasefire in the Gaza Strip held, Benjamin Netanyahu said.\r\nGroups such as Daesh were named.\r\n');
  });

  it('applies only findings at or above the threshold', () => {
    const { text, applied, skipped } = applyFixes(ARTICLE, check(ARTICLE), 0.9);
    expect(applied.map((f) => f.actual)).toEqual(['Sholtz', 'Kalyn', 'Bearbock', 'gas sector']);
    expect(skipped.map((f) => f.actual)).toEqual(['Deash']);
    expect(text).toContain('such as Deash were');
  });
});

describe('applyFixes rules', () => {
  const text = 'alpha beta gamma delta';

  it('resolves an overlap by confidence first, even against a longer span', () => {
    const long = finding(text, 0, 10, 'LONG', 0.8); // "alpha beta"
    const sure = finding(text, 6, 4, 'BETA', 0.9); //  "beta"
    const r = applyFixes(text, [long, sure], 0.5);
    expect(r.text).toBe('alpha BETA gamma delta');
    expect(r.applied).toEqual([sure]);
    expect(r.skipped).toEqual([long]);
  });

  it('then by the longer span, then by the earlier offset', () => {
    const short = finding(text, 6, 4, 'B', 0.8); // "beta"
    const long = finding(text, 6, 10, 'BG', 0.8); // "beta gamma"
    expect(applyFixes(text, [short, long], 0.5).text).toBe('alpha BG delta');

    const early = finding(text, 0, 10, 'AB', 0.8); // "alpha beta"
    const late = finding(text, 6, 10, 'BG', 0.8); // "beta gamma"
    const r = applyFixes(text, [late, early], 0.5);
    expect(r.text).toBe('AB gamma delta');
    expect(r.skipped).toEqual([late]);
  });

  it('does not depend on the order of the findings', () => {
    const all = [
      finding(text, 0, 5, 'A', 0.7), finding(text, 3, 5, 'X', 0.7), finding(text, 6, 4, 'B', 0.9),
      finding(text, 11, 5, 'G', 0.8), finding(text, 11, 11, 'GD', 0.8), finding(text, 17, 5, 'D', 0.95),
    ];
    const expected = applyFixes(text, all, 0.5).text;
    expect(expected).toBe('A B G D');
    for (const order of [[...all].reverse(), [all[3]!, all[0]!, all[5]!, all[1]!, all[4]!, all[2]!]]) {
      expect(applyFixes(text, order, 0.5).text).toBe(expected);
    }
  });

  it('applies touching spans and keeps everything between them', () => {
    const r = applyFixes('ab', [finding('ab', 1, 1, 'BB', 0.9), finding('ab', 0, 1, 'AA', 0.9)], 0.5);
    expect(r.text).toBe('AABB');
    expect(r.applied).toHaveLength(2);
  });

  it('skips stale, unusable and out-of-range findings', () => {
    const stale = { ...finding(text, 6, 4, 'BETA', 0.9), actual: 'bet' };
    const same = finding(text, 0, 5, 'alpha', 0.9);
    const none = { ...finding(text, 11, 5, 'x', 0.9), expected: [] };
    const outside = { ...finding(text, 20, 5, 'x', 0.9), actual: 'ta' };
    const good = finding(text, 17, 5, 'DELTA', 0.9);
    const r = applyFixes(text, [stale, same, none, outside, good], 0.5);
    expect(r.text).toBe('alpha beta gamma DELTA');
    expect(r.applied).toEqual([good]);
    expect(r.skipped).toEqual([stale, same, none, outside]);
  });

  it('a stale finding does not block a valid one it overlaps', () => {
    const stale = { ...finding(text, 0, 10, 'AB', 0.99), actual: 'alpha bet' };
    const r = applyFixes(text, [stale, finding(text, 6, 4, 'BETA', 0.7)], 0.5);
    expect(r.text).toBe('alpha BETA gamma delta');
  });

  it('replaces spans next to astral characters by UTF-16 offsets', () => {
    const t = '𝐀 Sholtz 😀';
    expect(applyFixes(t, [finding(t, 3, 6, 'Scholz', 0.9)], 0.5).text).toBe('𝐀 Scholz 😀');
  });
});

describe('unifiedDiff', () => {
  it('prints git-style headers and the changed line, and the patch applies', () => {
    const before = `First line.\n${ARTICLE}\nLast line.\n`;
    const after = fix(before).text;
    const diff = unifiedDiff('news/article.txt', before, after);
    const lines = diff.split('\n');
    expect(lines[0]).toBe('--- a/news/article.txt');
    expect(lines[1]).toBe('+++ b/news/article.txt');
    expect(diff).not.toMatch(/^Index:|^====/m);
    expect(lines).toContain(`-${ARTICLE}`);
    expect(lines).toContain(`+${FIXED}`);
    expect(lines).toContain(' First line.');
    expect(applyPatch(before, diff)).toBe(after);
  });

  it('round-trips CRLF text', () => {
    const before = `\uFEFFTop.\r\n${ARTICLE}\r\n`;
    const after = fix(before).text;
    expect(applyPatch(before, unifiedDiff('a.txt', before, after))).toBe(after);
  });

  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a.txt', FIXED, FIXED)).toBe('');
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'entlint-fix-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  // 0o666 is wider than the usual umask lets open() create.
  it.each(['640', '666'])('replaces the content, keeps mode 0o%s and leaves no temp file', async (octal) => {
    const mode = parseInt(octal, 8);
    const file = join(dir, 'article.txt');
    await writeFile(file, ARTICLE);
    await chmod(file, mode);
    await writeFileAtomic(file, FIXED);
    expect(await readFile(file, 'utf8')).toBe(FIXED);
    expect((await stat(file)).mode & 0o7777).toBe(mode);
    expect(await readdir(dir)).toEqual(['article.txt']);
  });

  it('writes bytes and creates a missing file', async () => {
    const file = join(dir, 'new.txt');
    await writeFileAtomic(file, new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]));
    expect(await readFile(file)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]));
    expect(await readdir(dir)).toEqual(['new.txt']);
  });

  it('writes through a symlink and keeps the link', async () => {
    const file = join(dir, 'real.txt');
    const link = join(dir, 'link.txt');
    await writeFile(file, ARTICLE);
    await symlink('real.txt', link);
    await writeFileAtomic(link, FIXED);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('real.txt');
    expect(await readFile(file, 'utf8')).toBe(FIXED);
    expect((await readdir(dir)).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('removes the temp file and rethrows when the rename fails', async () => {
    const target = join(dir, 'folder');
    await mkdir(target);
    await expect(writeFileAtomic(target, FIXED)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['folder']);
    expect(await readdir(target)).toEqual([]);
  });
});
