import { processFile, type FileJob } from './process-file.js';
import type { Outcome } from './pool.js';
import { useSharedFile, type SharedFile } from '../snapshot/file-image.js';

/**
 * Makes this thread one of the pool's: it checks the files it is sent with
 * processFile(), as the serial run does, loading the knowledge once for all
 * of them, and sends back each result with what the file wrote to stdout and
 * stderr. Pages of the snapshot another thread read are there already (the
 * memory runPool shares).
 */
export async function serveWorker(): Promise<void> {
  // Loaded here: the command line's bundle holds this, and a run without threads needs none.
  const { parentPort, workerData } = await import('node:worker_threads');
  const snapshot = (workerData as { snapshot?: SharedFile } | null)?.snapshot;
  if (snapshot) useSharedFile(snapshot);
  parentPort!.on('message', async ({ id, job }: { id: number; job: FileJob }) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    let outcome: Outcome;
    try {
      const result = await processFile(job, { stdout: (s) => void stdout.push(s), stderr: (s) => void stderr.push(s) });
      outcome = { id, result, stdout: stdout.join(''), stderr: stderr.join('') };
    } catch (err) {
      const e = err as Error;
      outcome = { id, stdout: stdout.join(''), stderr: stderr.join(''), failure: { message: e?.message ?? String(err), stack: e?.stack } };
    }
    parentPort!.postMessage(outcome);
  });
}
