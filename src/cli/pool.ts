import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../report/result.js';
import type { FileJob } from './process-file.js';
import { JobRuns } from './job-runs.js';
import { BUNDLED_SNAPSHOT } from '../gazetteer/load.js';
import { shareFile, useSharedFile } from '../snapshot/file-image.js';
import { readAheadSnapshot } from '../snapshot/read-snapshot.js';
import { tuneCompiler } from './tune-compiler.js';

/** What a worker sends back for one job. */
export interface Outcome {
  id: number;
  result?: FileResult;
  stdout: string;
  stderr: string;
  /** An exception processFile() threw (a broken house dictionary, say): the run stops there. */
  failure?: { message: string; stack?: string };
}

const WORKER = new URL('./worker.js', import.meta.url);

/** Whether the compiled worker is there (not when running from the TypeScript sources). */
export const canUseWorkers = (): boolean => existsSync(fileURLToPath(WORKER));

/** Jobs in flight per worker: one being checked, one waiting, so no thread idles between files. */
const IN_FLIGHT = 2;

/**
 * Runs jobs on `size` worker threads, handing out files as threads free up (JobRuns),
 * and gives the outcomes to `each` in job order (awaiting each). Rejects with
 * what `each` throws or a thread's crash; the threads are ended either way.
 */
export async function runPool(jobs: FileJob[], size: number, each: (o: Outcome) => Promise<void>): Promise<void> {
  // Loaded here: one file, the usual pre-commit run, needs no threads.
  const { Worker } = await import('node:worker_threads');
  // Every core checks: V8's compiler threads get none to themselves. Set
  // before the threads start, which inherit it (and load a code cache made under it).
  tuneCompiler(false);
  // The threads read the knowledge snapshot into one memory: a page one has read, the others need not.
  const snapshot = shareFile(BUNDLED_SNAPSHOT);
  const workers = Array.from({ length: size }, () => new Worker(WORKER, { workerData: { snapshot } }));
  const done = new Map<number, Outcome>();
  const runs = new JobRuns(jobs.length, size);
  let emitted = 0;
  let busy = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (i: number) => {
        const id = runs.next(i);
        if (id !== undefined) workers[i]!.postMessage({ id, job: jobs[id] });
      };
      const pump = async () => {
        if (busy) return;
        busy = true;
        try {
          while (done.has(emitted)) {
            const o = done.get(emitted)!;
            done.delete(emitted);
            await each(o);
            emitted++;
          }
        } catch (err) {
          reject(err);
        } finally {
          busy = false;
        }
        if (emitted === jobs.length) resolve();
      };
      workers.forEach((w, i) => {
        w.on('message', (o: Outcome) => {
          done.set(o.id, o);
          send(i);
          void pump();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (emitted < jobs.length) reject(new Error(`a worker thread stopped (exit code ${code})`));
        });
        for (let k = 0; k < IN_FLIGHT; k++) send(i);
      });
      // While the threads start up, this one reads the tables they will all need.
      if (snapshot) {
        useSharedFile(snapshot);
        readAheadSnapshot(BUNDLED_SNAPSHOT);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
