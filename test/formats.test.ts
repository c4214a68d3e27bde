import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { maskRanges } from '../src/formats/mask.js';
import { maskMarkdown } from '../src/formats/markdown.js';
import { maskHtml } from '../src/formats/html.js';
import { formatOf, maskFor, type InputFormat } from '../src/formats/detect.js';
import { isSuppressed, maskDirectives, parseDirectives } from '../src/formats/directives.js';
import { LineIndex } from '../src/text/lines.js';

const SENTENCE = 'Groups such as Deash were named.';
/** Offset of "Deash" in the n-th (0-based) occurrence of SENTENCE. */
const deashAt = (text: string, n = 0): number => {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(SENTENCE, at + 1);
  return at + SENTENCE.indexOf('Deash');
};
const spans = (text: string) => check(text).map((f) => ({ actual: f.actual, offset: f.offset }));
const lineBreaks = (s: string) => s.replace(/[^\r\n]/g, '');

/** What the CLI will do: check the masked text, drop what directives silence. */
function lint(format: InputFormat, text: string) {
  const d = parseDirectives(text, format);
  const lines = new LineIndex(text);
  return check(maskFor(format, text))
    .filter((f) => !isSuppressed(d, f))
    .map((f) => ({ line: lines.position(f.offset).line, actual: f.actual }));
}

describe('maskRanges', () => {
  it('blanks with spaces, keeps line breaks and the length in UTF-16 units', () => {
    const text = 'ab😀c\r\nde\nfg';
    const masked = maskRanges(text, [[1, 8], [7, 9]]);
    expect(masked).toBe('a    \r\n  \nfg');
    expect(masked).toHaveLength(text.length);
  });

  it('ignores empty and out-of-range spans', () => {
    expect(maskRanges('abc', [[2, 2], [2, 99], [-5, 1]])).toBe(' b ');
  });
});

describe('maskMarkdown', () => {
  const article = [
    '---',
    `title: ${SENTENCE}`,
    '---',
    '',
    `# Notes`,
    '',
    `${SENTENCE} See [Deash](https://x.org/Deash "Sergei Lavrof") and https://example.org/Deash.`,
    '',
    '```text',
    SENTENCE,
    '```',
    '',
    `    ${SENTENCE}`,
    '',
    `Groups such as \`Deash\` were named, www.example.org/Deash too. <!-- ${SENTENCE} -->`,
    '',
    `<!--`,
    SENTENCE,
    '-->',
    '',
    `[ref]: https://example.org/Deash "${SENTENCE}"`,
    '',
    `Said by [Sergei Lavrof][ref].`,
    '',
  ].join('\n');

  it('reports names in prose and link texts at their offsets in the original', () => {
    const masked = maskMarkdown(article);
    expect(masked).toHaveLength(article.length);
    expect(lineBreaks(masked)).toBe(lineBreaks(article));
    expect(spans(masked)).toEqual([
      { actual: 'Deash', offset: deashAt(article, 1) },
      { actual: 'Deash', offset: article.indexOf('[Deash]') + 1 },
      { actual: 'Lavrof', offset: article.indexOf('[Sergei Lavrof]') + 8 },
    ]);
  });

  // Each snippet holds a garbled name the checker reports when it reads the raw text.
  const hidden: Record<string, string> = {
    'fenced code': `\`\`\`\n${SENTENCE}\n\`\`\`\n`,
    'tilde fence': `~~~\n${SENTENCE}\n~~~\n`,
    'indented code': `Intro.\n\n\t${SENTENCE}\n`,
    'inline code': `Groups such as \`Deash\` or \`\`Sergei Lavrof\`\` were named.\n`,
    'URL in text': 'Read https://example.org/Deash today.\n',
    'www address': 'Read www.example.org/Deash today.\n',
    'autolink': 'Read <https://example.org/Deash> today.\n',
    'link target and title': `Read [this](https://example.org/Deash "${SENTENCE}") today.\n`,
    'image target': 'Read ![a chart](https://example.org/Deash.png) today.\n',
    'definition': `[a]: https://example.org/Deash "${SENTENCE}"\n`,
    'reference label': 'Read [this][Sergei Lavrof] today.\n\n[sergei lavrof]: /u\n',
    'YAML front matter': `---\ntitle: ${SENTENCE}\n---\n\nText.\n`,
    'TOML front matter': `+++\ntitle = "${SENTENCE}"\n+++\n\nText.\n`,
    'HTML comment': `Text.\n\n<!--\n${SENTENCE}\n-->\n`,
    'inline HTML comment': `Text <!-- ${SENTENCE} --> here.\n`,
    'HTML attribute': `Text <span title="${SENTENCE}">here</span>.\n`,
    'script in an HTML block': `<script>\nvar s = "${SENTENCE}";\n</script>\n`,
  };
  for (const [what, md] of Object.entries(hidden)) {
    it(`hides ${what}`, () => {
      expect(check(md).length).toBeGreaterThan(0);
      const masked = maskMarkdown(md);
      expect(masked).toHaveLength(md.length);
      expect(check(masked)).toEqual([]);
    });
  }

  it('keeps prose inside HTML blocks and image alt text', () => {
    const md = `<div class="note">\n${SENTENCE}\n</div>\n\n![${SENTENCE}](/img/Deash.png)\n`;
    expect(spans(maskMarkdown(md))).toEqual([
      { actual: 'Deash', offset: deashAt(md, 0) },
      { actual: 'Deash', offset: deashAt(md, 1) },
    ]);
  });

  it('counts offsets in UTF-16 units past astral characters, a BOM and CRLF', () => {
    const md = `\uFEFF---\r\ntitle: 😀 x\r\n---\r\n\r\n# 🇹🇷 𝒳 \`code\`\r\n\r\n😀😀 [𝒳](https://x.org/😀) ${SENTENCE}\r\n`;
    const masked = maskMarkdown(md);
    expect(masked).toHaveLength(md.length);
    expect(lineBreaks(masked)).toBe(lineBreaks(md));
    expect(spans(masked)).toEqual([{ actual: 'Deash', offset: deashAt(md) }]);
  });
});

describe('maskHtml', () => {
  const page = [
    '<!DOCTYPE html>',
    `<html><head><title>Notes 😀</title><meta name="description" content="${SENTENCE}">`,
    `<style>.x::after { content: "${SENTENCE}" }</style>`,
    `<script>const s = "${SENTENCE}";</script></head>`,
    `<body><p class="lead" title="${SENTENCE}">😀 ${SENTENCE}</p>`,
    `<!-- ${SENTENCE} -->`,
    `<pre>${SENTENCE}</pre><p>Run <code>${SENTENCE}</code> &amp; <kbd>Sergei Lavrof</kbd>.</p>`,
    `<template><p>${SENTENCE}</p></template>`,
    `<p>Said by <a href="https://example.org/Deash">Sergei Lavrof</a>.</p>`,
    '</body></html>',
  ].join('\r\n');

  it('reports only text nodes, at their offsets in the original', () => {
    expect(check(page).length).toBeGreaterThan(3);
    const masked = maskHtml(page);
    expect(masked).toHaveLength(page.length);
    expect(lineBreaks(masked)).toBe(lineBreaks(page));
    expect(spans(masked)).toEqual([
      { actual: 'Deash', offset: deashAt(page, 4) },
      { actual: 'Lavrof', offset: page.lastIndexOf('Lavrof') },
    ]);
  });
});

describe('formatOf and maskFor', () => {
  it('tells the format by extension', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.mdx', 'd.html', 'e.htm', 'f.xhtml', 'g.txt', '<stdin>', 'README'].map(formatOf))
      .toEqual(['markdown', 'markdown', 'markdown', 'html', 'html', 'html', 'text', 'text', 'text']);
  });

  it('masks by format; plain text keeps everything but directives', () => {
    const text = `\`${SENTENCE}\`\n<b title="Deash">x</b>\n# entlint-disable-line\n`;
    expect(maskFor('text', text)).toBe(text.replace('# entlint-disable-line', ' '.repeat(22)));
    expect(maskFor('markdown', text)).toBe(maskMarkdown(text));
    expect(maskFor('html', text)).toBe(maskHtml(text));
  });
});

describe('inline directives', () => {
  const lines = (n: number, sentence = SENTENCE) => Array.from({ length: n }, () => sentence);

  it('disable-next-line and disable-line silence one line (Markdown)', () => {
    const md = [
      SENTENCE,
      '<!-- entlint-disable-next-line -->',
      SENTENCE,
      '',
      `${SENTENCE} <!-- entlint-disable-line -->`,
      '',
      SENTENCE,
    ].join('\n');
    expect(lint('markdown', md)).toEqual([
      { line: 1, actual: 'Deash' },
      { line: 7, actual: 'Deash' },
    ]);
  });

  it('disable … enable silences a block; disable without enable runs to the end', () => {
    const md = [
      SENTENCE, '',
      '<!-- entlint-disable -->', '',
      ...lines(2), '',
      '<!-- entlint-enable -->', '',
      SENTENCE, '',
      '<!-- entlint-disable -->', '',
      SENTENCE,
    ].join('\n');
    expect(lint('markdown', md)).toEqual([
      { line: 1, actual: 'Deash' },
      { line: 10, actual: 'Deash' },
    ]);
  });

  it('rule ids and prefixes silence only their rules', () => {
    const both = 'Sergei Lavrof said Deash was a threat. They called for a ceasefire in the gas sector.';
    const md = [
      '<!-- entlint-disable-next-line entity/person -->', both, '',
      '<!-- entlint-disable-next-line entity -->', both, '',
      '<!-- entlint-disable-next-line phrase, entity/organisation -- reviewed by the desk -->', both, '',
      '<!-- entlint-disable-next-line entity/organisations -->', both,
    ].join('\n');
    expect(lint('markdown', md)).toEqual([
      { line: 2, actual: 'Deash' }, { line: 2, actual: 'gas sector' },
      { line: 5, actual: 'gas sector' },
      { line: 8, actual: 'Lavrof' },
      { line: 11, actual: 'Lavrof' }, { line: 11, actual: 'Deash' }, { line: 11, actual: 'gas sector' },
    ]);
  });

  it('an enable for one rule lifts only that rule from a blanket disable', () => {
    const both = 'Sergei Lavrof said Deash was a threat.';
    const md = ['<!-- entlint-disable -->', both, '<!-- entlint-enable entity/person -->', both].join('\n\n');
    expect(lint('markdown', md)).toEqual([{ line: 7, actual: 'Lavrof' }]);
  });

  it('directives shown in Markdown code do not count', () => {
    const md = ['```md', '<!-- entlint-disable -->', '```', '', '`<!-- entlint-disable -->`', '', SENTENCE].join('\n');
    expect(parseDirectives(md, 'markdown').list).toEqual([]);
    expect(lint('markdown', md)).toEqual([{ line: 7, actual: 'Deash' }]);
  });

  it('work in HTML comments, not in scripts', () => {
    const html = [
      `<p>${SENTENCE}</p>`,
      '<!-- entlint-disable-next-line entity/organisation -->',
      `<p>${SENTENCE}</p>`,
      '<script>// <!-- entlint-disable --></script>',
      `<p>${SENTENCE}</p>`,
    ].join('\n');
    expect(lint('html', html)).toEqual([{ line: 1, actual: 'Deash' }, { line: 5, actual: 'Deash' }]);
  });

  it('plain text takes a line of its own, bare or after # or //, and HTML comments', () => {
    const text = [
      '# entlint-disable-next-line',
      SENTENCE,
      SENTENCE,
      '  // entlint-disable-next-line entity/person',
      SENTENCE,
      'entlint-disable entity/organisation',
      SENTENCE,
      'entlint-enable',
      `${SENTENCE} <!-- entlint-disable-line -->`,
      SENTENCE,
      'The entlint-disable-next-line directive is explained in the manual.',
      SENTENCE,
    ].join('\r\n');
    expect(lint('text', text).map((f) => f.line)).toEqual([3, 5, 10, 12]);
    const masked = maskDirectives(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.split('\r\n').map((l) => l.trim())).toEqual([
      '', SENTENCE, SENTENCE, '', SENTENCE, '', SENTENCE, '', SENTENCE, SENTENCE,
      'The entlint-disable-next-line directive is explained in the manual.', SENTENCE,
    ]);
  });

  it('a directive that spans lines silences the line after its end', () => {
    const md = ['<!--', 'entlint-disable-next-line', 'entity/organisation', '-->', SENTENCE, SENTENCE].join('\n');
    expect(lint('markdown', md)).toEqual([{ line: 6, actual: 'Deash' }]);
  });

  it('configured words to ignore match case-insensitively on the reported text', () => {
    const d = parseDirectives(SENTENCE);
    const [f] = check(SENTENCE);
    expect(isSuppressed(d, f!)).toBe(false);
    expect(isSuppressed(d, f!, new Set(['DEASH']))).toBe(true);
    expect(isSuppressed(d, f!, new Set(['Daesh', 'Deas']))).toBe(false);
  });
});
