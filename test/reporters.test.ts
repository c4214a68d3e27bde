import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { check } from '../src/index.js';
import type { Finding } from '../src/types.js';
import type { FileResult } from '../src/report/result.js';
import { artifactUri, formatSarif } from '../src/report/sarif.js';
import { formatGithub } from '../src/report/github.js';
import { formatCheckstyle } from '../src/report/checkstyle.js';
import { fingerprint, fingerprints } from '../src/report/fingerprint.js';
import { ruleHelp } from '../src/report/rule-help.js';
import { formatStylish } from '../src/report/stylish.js';

// A flag outside the BMP first, so UTF-16 offsets differ from code points.
const TEXT = '🇹🇷 Chancellor Sholtz met Ibrahim Kalyn in Ankara.\nGroups such as Deash were named.\n';
const PATH = 'articles/forum report.txt';

const findings = check(TEXT);
const results: FileResult[] = [
  { path: PATH, text: TEXT, findings },
  { path: 'missing.txt', findings: [], error: 'ENOENT: no such file or directory' },
];

/** 1-based line and column of an offset, computed independently of LineIndex. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const validateSarif = (() => {
  const schema = JSON.parse(readFileSync(new URL('../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
  // A draft-04 schema with nothing draft-07 reads differently: drop its draft-04 identifiers.
  delete schema.$schema;
  delete schema.id;
  // Its language-tag pattern is not a valid Unicode-mode regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
})();

function synthetic(message: string, ruleId = 'entity/person'): Finding {
  return {
    ruleId, kind: 'transliteration', severity: 'error', message, offset: 0, length: 6,
    actual: 'Sholtz', expected: ['Scholz'], confidence: 0.9,
  };
}

describe('the test text', () => {
  it('has the garbled names the reporters are tested with', () => {
    expect(findings.map((f) => [f.actual, f.expected[0]])).toEqual(
      expect.arrayContaining([['Sholtz', 'Scholz'], ['Kalyn', 'Kalin'], ['Deash', 'Daesh']]),
    );
  });
});

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(results, { toolVersion: '0.1.0' }));
  const run = log.runs[0];

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(validateSarif(log), validateSarif.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ')).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
    // The validator does reject what the schema forbids.
    expect(validateSarif({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'fatal' }] }] })).toBe(false);
  });

  it('validates for the seed-like fixture article, every finding with a fix', () => {
    const text = readFileSync(new URL('../fixtures/mt-ru-security-forum.txt', import.meta.url), 'utf8');
    const fixture = JSON.parse(formatSarif([{ path: 'fixtures/mt-ru-security-forum.txt', text, findings: check(text) }], { toolVersion: '0.1.0' }));
    expect(validateSarif(fixture), validateSarif.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ')).toBe(true);
    expect(fixture.runs[0].results.length).toBeGreaterThanOrEqual(10);
    for (const r of fixture.runs[0].results) expect(r.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBeTruthy();
  });

  it('gives standard input a valid URI', () => {
    const stdin = JSON.parse(formatSarif([{ path: '<stdin>', text: TEXT, findings }], { toolVersion: '0.1.0' }));
    expect(validateSarif(stdin)).toBe(true);
    expect(stdin.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('%3Cstdin%3E');
    expect(stdin.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('puts regions and fixes on the UTF-16 span of each finding', () => {
    expect(run.results).toHaveLength(findings.length);
    run.results.forEach((res: any, i: number) => {
      const f = findings[i]!;
      const { region } = res.locations[0].physicalLocation;
      expect(TEXT.slice(region.charOffset, region.charOffset + region.charLength)).toBe(f.actual);
      expect(region.snippet.text).toBe(f.actual);
      expect({ line: region.startLine, column: region.startColumn }).toEqual(position(TEXT, f.offset));
      expect({ line: region.endLine, column: region.endColumn }).toEqual(position(TEXT, f.offset + f.length));
      const [replacement] = res.fixes[0].artifactChanges[0].replacements;
      expect(TEXT.slice(replacement.deletedRegion.charOffset, replacement.deletedRegion.charOffset + replacement.deletedRegion.charLength)).toBe(f.actual);
      expect(replacement.insertedContent.text).toBe(f.expected[0]);
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(f.ruleId);
      expect(res.level).toBe(f.severity);
      expect(res.message.text).toContain(f.expected[0]);
      expect(res.properties.suggestions).toEqual(f.expected);
    });
  });

  it('has fixes that, applied, give the corrected text', () => {
    const replacements = run.results.map((r: any) => r.fixes[0].artifactChanges[0].replacements[0]);
    let fixed = TEXT;
    for (const r of [...replacements].sort((a, b) => b.deletedRegion.charOffset - a.deletedRegion.charOffset)) {
      fixed = fixed.slice(0, r.deletedRegion.charOffset) + r.insertedContent.text + fixed.slice(r.deletedRegion.charOffset + r.deletedRegion.charLength);
    }
    expect(fixed).toContain('Chancellor Scholz met Ibrahim Kalin in Ankara.');
    expect(fixed).toContain('such as Daesh were');
  });

  it('describes each rule that occurs once, with its help', () => {
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(ids).toEqual([...new Set(findings.map((f) => f.ruleId))].sort());
    const person = run.tool.driver.rules.find((r: any) => r.id === 'entity/person');
    expect(person.help.text).toBe(ruleHelp('entity/person').help);
  });

  it('encodes paths as relative URIs and reports unreadable files', () => {
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('articles/forum%20report.txt');
    expect(run.invocations[0].executionSuccessful).toBe(false);
    const [note] = run.invocations[0].toolExecutionNotifications;
    expect(note.message.text).toContain('ENOENT');
    expect(note.locations[0].physicalLocation.artifactLocation.uri).toBe('missing.txt');
  });

  it('turns absolute and Windows paths into file URIs', () => {
    expect(artifactUri('/tmp/a b#1.txt')).toBe('file:///tmp/a%20b%231.txt');
    expect(artifactUri('C:\\news\\ü.txt')).toBe('file:///C:/news/%C3%BC.txt');
    expect(artifactUri('news\\a.txt')).toBe('news/a.txt');
  });

  it('carries the content fingerprints', () => {
    expect(run.results.map((r: any) => r.partialFingerprints['entlintContent/v1'])).toEqual(fingerprints(findings, TEXT));
  });
});

describe('fingerprints', () => {
  it('are short hex digests', () => {
    for (const fp of fingerprints(findings, TEXT)) expect(fp).toMatch(/^[0-9a-f]{16}$/);
  });

  it('stay the same when the text moves', () => {
    const shifted = 'An opening paragraph, added later, about the weather in Ankara.\n\n' + TEXT;
    const moved = check(shifted);
    expect(moved.map((f) => f.actual)).toEqual(findings.map((f) => f.actual));
    expect(moved[0]!.offset).not.toBe(findings[0]!.offset);
    expect(fingerprints(moved, shifted)).toEqual(fingerprints(findings, TEXT));
  });

  it('change with the words around the finding', () => {
    const other = TEXT.replace('were named', 'were banned');
    const a = findings.find((f) => f.actual === 'Deash')!;
    const b = check(other).find((f) => f.actual === 'Deash')!;
    expect(fingerprint(a, TEXT)).not.toBe(fingerprint(b, other));
  });

  it('tell repeated identical findings apart', () => {
    const text = 'Groups such as Deash were named.\n\nGroups such as Deash were named.\n';
    const repeated = check(text).filter((f) => f.actual === 'Deash');
    expect(repeated).toHaveLength(2);
    const [first, second] = fingerprints(repeated, text);
    expect(fingerprint(repeated[0]!, text)).toBe(fingerprint(repeated[1]!, text));
    expect(second).toBe(`${first}:2`);
  });
});

describe('formatGithub', () => {
  it('writes one annotation per finding, with positions and the fix', () => {
    const lines = formatGithub(results).trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length + 1);
    const kalyn = findings.find((f) => f.actual === 'Kalyn')!;
    const { line, column } = position(TEXT, kalyn.offset);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(
      `^::${kalyn.severity} file=articles/forum report.txt,line=${line},col=${column},endLine=${line},endColumn=${column + 5},title=entity/person::.*Kalyn.* → Kalin$`,
    )));
    expect(lines.at(-1)).toBe('::error file=missing.txt::could not be read: ENOENT: no such file or directory');
  });

  it('escapes data and properties as @actions/core does', () => {
    const f = { ...synthetic('100% sure: a, b\r\nnext'), severity: 'warning' as const };
    const out = formatGithub([{ path: 'a,b:c%.txt', text: 'Sholtz', findings: [f] }]);
    expect(out).toBe('::warning file=a%2Cb%3Ac%25.txt,line=1,col=1,endLine=1,endColumn=7,title=entity/person::100%25 sure: a, b%0D%0Anext → Scholz\n');
  });
});

describe('formatCheckstyle', () => {
  it('lists every file with its findings', () => {
    const xml = formatCheckstyle(results);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">')).toBe(true);
    expect(xml.match(/<error /g)).toHaveLength(findings.length + 1);
    const kalyn = findings.find((f) => f.actual === 'Kalyn')!;
    const { line, column } = position(TEXT, kalyn.offset);
    expect(xml).toContain(`<error line="${line}" column="${column}" severity="${kalyn.severity}"`);
    expect(xml).toContain('<file name="missing.txt">\n    <error line="0" severity="error" message="could not be read: ENOENT');
  });

  it('escapes markup, quotes and line breaks', () => {
    const xml = formatCheckstyle([{ path: 'a&b<c>.txt', text: 'Sholtz', findings: [synthetic('say <b>"x" & \'y\'\nnow')] }]);
    expect(xml).toContain('<file name="a&amp;b&lt;c&gt;.txt">');
    expect(xml).toContain('message="say &lt;b&gt;&quot;x&quot; &amp; &apos;y&apos;&#10;now → Scholz"');
  });
});

describe('ruleHelp', () => {
  it('names the phrase rule and falls back for unknown ids', () => {
    expect(ruleHelp('phrase/ru-gaza-strip-gas-sector').help).toContain('ru-gaza-strip-gas-sector');
    expect(ruleHelp('acronym/mismatch').name).not.toBe(ruleHelp('acronym/script').name);
    expect(ruleHelp('constructor').short).toContain('constructor');
  });

  it('has help of its own for every rule the checker reports', () => {
    const generic = ruleHelp('no/such-rule').name;
    for (const id of ['entity/person', 'entity/organisation', 'entity/place', 'entity/dated-form', 'homoglyph/mixed-script', 'acronym/script', 'acronym/mismatch', 'ocr/word']) {
      expect(ruleHelp(id).name, id).not.toBe(generic);
    }
  });
});

describe('formatStylish summary', () => {
  const clean: FileResult = { path: 'clean.txt', text: 'Fine.', findings: [] };
  const summary = (rs: FileResult[]) => formatStylish(rs).trimEnd().split('\n').at(-1);

  it('counts problems, and the files that could not be checked', () => {
    expect(summary(results)).toMatch(new RegExp(`^✖ ${findings.length} problems \\(\\d+ errors?, \\d+ warnings?\\) in 1 file; 1 file not checked$`));
  });

  it('is all clear only when every input was checked', () => {
    expect(summary([clean, clean])).toBe('✔ no problems in 2 files');
    expect(summary([clean, results[1]!])).toBe('✖ 1 file not checked; no problems in 1 file');
    expect(summary([results[1]!])).toBe('✖ 1 file not checked; no problems in 0 files');
  });
});
