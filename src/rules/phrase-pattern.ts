import { fold } from '../text/fold.js';

/** One position of a phrase pattern (see dictionaries/README.md). */
export interface TokenPattern {
  kind: 'literal' | 'name' | 'word' | 'num';
  /** Folded alternatives, for literals. */
  alts: string[];
  optional: boolean;
  /** Start / end of the part that is flagged and replaced. */
  open: boolean;
  close: boolean;
}

/** Parses a `find` pattern; throws a plain message that the caller locates. */
export function parsePattern(find: string): TokenPattern[] {
  const parts = find.trim().split(/\s+/);
  const out = parts.map((raw): TokenPattern => {
    let p = raw;
    const open = p.startsWith('[');
    if (open) p = p.slice(1);
    const close = p.endsWith(']');
    if (close) p = p.slice(0, -1);
    const optional = p.endsWith('?');
    if (optional) p = p.slice(0, -1);
    if (!p) throw new Error(`empty token in pattern ${JSON.stringify(find)}`);
    if (p === '{Name}') return { kind: 'name', alts: [], optional, open, close };
    if (p === '{word}') return { kind: 'word', alts: [], optional, open, close };
    if (p === '{num}') return { kind: 'num', alts: [], optional, open, close };
    const alts = p.split('|');
    // {num} may stand among literal alternatives ("{num}|missile").
    if (alts.some((a) => /[{}[\]]/.test(a) && a !== '{num}')) throw new Error(`unknown placeholder ${JSON.stringify(raw)} in pattern ${JSON.stringify(find)}`);
    return { kind: 'literal', alts: alts.map((a) => (a === '{num}' ? a : fold(a))), optional, open, close };
  });
  const opens = out.filter((t) => t.open).length;
  const closes = out.filter((t) => t.close).length;
  if (opens > 1 || closes > 1 || opens !== closes) throw new Error(`unbalanced [ ] in pattern ${JSON.stringify(find)}`);
  if (opens) {
    const a = out.findIndex((t) => t.open);
    const b = out.findIndex((t) => t.close);
    if (b < a) throw new Error(`] before [ in pattern ${JSON.stringify(find)}`);
  } else {
    out[0]!.open = true;
    out[out.length - 1]!.close = true;
  }
  if (out.every((t) => t.optional)) throw new Error(`pattern ${JSON.stringify(find)} has no required token`);
  return out;
}

/** Word as the phrase matcher sees it. */
export interface PhraseWord { folded: string; text: string; capitalised: boolean; number: boolean; start: number; end: number }

/**
 * Matches a pattern at position i of a sentence's words; returns the indexes of
 * the flagged part's first and last word, or null.
 */
export function matchAt(pattern: TokenPattern[], words: PhraseWord[], i: number): { from: number; to: number } | null {
  const walk = (pi: number, wi: number, from: number, to: number): { from: number; to: number } | null => {
    if (pi === pattern.length) return { from, to };
    const p = pattern[pi]!;
    // How many words the token can take here, tried longest first (only a
    // name takes more than one), then none if it is optional. Counted, not
    // listed: this runs at every word that starts a live rule.
    let longest = 0;
    const w = words[wi];
    if (w) {
      if (p.kind === 'literal') longest = p.alts.includes(w.folded) || (w.number && p.alts.includes('{num}')) ? 1 : 0;
      else if (p.kind === 'word') longest = w.number ? 0 : 1;
      else if (p.kind === 'num') longest = w.number ? 1 : 0;
      else if (p.kind === 'name') while (longest < 4 && words[wi + longest]?.capitalised) longest++;
    }
    for (let n = longest; n >= 1; n--) {
      const r = walk(pi + 1, wi + n, p.open ? wi : from, p.close ? wi + n - 1 : to);
      if (r) return r;
    }
    // An optional token that is absent; at an edge, it moves the edge.
    return p.optional ? walk(pi + 1, wi, p.open ? wi : from, p.close ? wi - 1 : to) : null;
  };
  return walk(0, i, -1, -1);
}
