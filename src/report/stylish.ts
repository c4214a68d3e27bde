import type { ChalkInstance } from 'chalk';
import { lineAround, placesOf, type FileResult, type LineExcerpt } from './result.js';

const EXCERPT = 50;

/** The styles the report uses: chalk's, or none. */
export type Paint = Pick<ChalkInstance, 'underline' | 'red' | 'yellow' | 'dim' | 'green' | 'bold'>;

const same = (s: string) => s;
const PLAIN: Paint = { underline: same, red: same, yellow: same, dim: same, green: same, bold: same } as unknown as Paint;

/**
 * Human output: per file, each finding with its fix and the line underlined;
 * a summary. Colour comes from `c` (a chalk instance), which the command
 * line loads only for a terminal: chalk's terminal probing costs a short run
 * several milliseconds.
 */
export function formatStylish(results: FileResult[], c: Paint = PLAIN): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let files = 0;
  for (const r of results) {
    if (!r.findings.length) continue;
    files++;
    out.push(c.underline(r.path));
    const places = placesOf(r);
    r.findings.forEach((f, i) => {
      const { line, column } = places[i]!;
      if (f.severity === 'error') errors++;
      else warnings++;
      const sev = f.severity === 'error' ? c.red('error') : c.yellow('warning');
      out.push(`  ${c.dim(`${line}:${column}`)}  ${sev}  ${f.message}  ${c.dim(f.ruleId)}`);
      const alts = f.expected.slice(1);
      out.push(`      ${c.green(`→ ${f.expected[0] ?? ''}`)}${alts.length ? c.dim(`  (or ${alts.map((a) => `“${a}”`).join(', ')})`) : ''}  ${c.dim(`confidence ${f.confidence.toFixed(2)}`)}`);
      out.push(...excerpt(lineAround(places[i]!, f.length, EXCERPT), c));
    });
    out.push('');
  }
  const problems = errors + warnings;
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  // An input that could not be read has its error above; the summary must not read as all clear.
  const unchecked = results.filter((r) => r.error !== undefined).length;
  const notChecked = `${plural(unchecked, 'file')} not checked`;
  if (problems) {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}${unchecked ? `; ${notChecked}` : ''}`;
    out.push(c.bold(errors || unchecked ? c.red(summary) : c.yellow(summary)));
  } else if (unchecked) {
    out.push(c.bold(c.red(`✖ ${notChecked}; no problems in ${plural(results.length - unchecked, 'file')}`)));
  } else {
    out.push(c.green(`✔ no problems in ${plural(results.length, 'file')}`));
  }
  return out.join('\n') + '\n';
}

/** The line around the span, with the span underlined by carets. */
function excerpt(x: LineExcerpt, c: Paint): string[] {
  const pre = (x.cutBefore ? '…' : '') + x.before;
  const text = pre + x.span + x.after + (x.cutAfter ? '…' : '');
  return [`      ${c.dim('|')} ${text.replace(/\t/g, ' ')}`, `      ${c.dim('|')} ${' '.repeat(pre.length)}${c.red('^'.repeat(Math.max(1, x.span.length)))}`];
}
