import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

/** Bytecode a function runs before V8 optimises it: with a core to spare for its compiler threads, and without. */
const BUDGET_SPARE_CORE = 135_000;
const BUDGET_BUSY_CORES = 540_000;

/**
 * V8 compiler settings for the command line: inline less (a TurboFan job
 * inlines at most 300 bytes of callees' bytecode, not 920) and optimise a
 * function only after more work (V8's interrupt budget is 67 KB of bytecode).
 * The rules are many mid-sized functions, and V8's compiler threads share the
 * cores with the checking: by default V8 spent more on compiling them than the
 * compiled code saved in a run. How much more work depends on whether a core
 * is spare for those threads (`spareCore`). Measured on this machine:
 * - one thread on two cores: 135 KB; 5 MB of prose 2.19 → 1.96 s (CPU 3.1 →
 *   2.5 s), a 3 KB article 139 → 128 ms; 540 KB made the 5 MB 8% slower;
 * - every core checking (two worker threads on two cores, or one core):
 *   540 KB; 200 files on two cores 1.76 → 1.63 s, on one core 2.58 → 2.33 s
 *   against 135 KB (270 KB and 1 MB were slower).
 *
 * Regular expressions go straight to machine code, not first to bytecode for
 * V8's interpreter: a global replace or a split tiers up at its first call
 * anyway, so most were compiled twice, and the Unicode classes of names
 * (\p{L}, \p{Lu}) are the slow part to compile: a 1 KB machine-translated
 * article 120 → 115 ms; 5 MB of prose unchanged.
 *
 * V8 rejects a code cache made under other flags, so the launcher sets these
 * after the bundle has loaded from its cache (made under the defaults by
 * scripts/code-cache.mjs), and the pool sets them before its threads start,
 * which load the bundle from a cache made under `tuneCompiler(false)`.
 * Process-wide: worker threads inherit them.
 */
export function tuneCompiler(spareCore = availableParallelism() > 1): void {
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
  v8.setFlagsFromString('--no-regexp-tier-up');
  v8.setFlagsFromString(`--interrupt-budget=${spareCore ? BUDGET_SPARE_CORE : BUDGET_BUSY_CORES}`);
}
