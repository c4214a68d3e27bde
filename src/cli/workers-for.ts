/**
 * Default worker threads on `cores` cores: one core is left to V8's
 * collector and compiler threads, which a check in-process already keeps
 * busy (on 2 cores it uses 1.3 of them: 3.9 s of CPU in 2.9 s), so two
 * workers on 2 cores ran slower than none (3.7 s against 3.3 s on 5 MB of
 * files). Fewer than two workers: in-process.
 */
export function workersFor(cores: number): number {
  return cores - 1 >= 2 ? cores - 1 : 1;
}
