/**
 * Default worker threads on `cores` cores: one per core. V8's collector and
 * compiler threads share the cores with them; under the command line's
 * compiler settings (tuneCompiler) they no longer need one of their own: on
 * 2 cores, 200 files (5 MB) took 2.23 s on two workers against 2.48 s
 * in-process (without those settings, 3.0 s against 2.9 s, so one core was
 * left to V8). One core: in-process.
 */
export function workersFor(cores: number): number {
  return cores >= 2 ? cores : 1;
}
