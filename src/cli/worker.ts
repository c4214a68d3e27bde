import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileJob } from './process-file.js';
import type { Outcome } from './pool.js';
import { useSharedFile, type SharedFile } from '../snapshot/file-image.js';

// The snapshot memory the pool shares (runPool): pages another thread read are there already.
const snapshot = (workerData as { snapshot?: SharedFile } | null)?.snapshot;
if (snapshot) useSharedFile(snapshot);

/**
 * A thread of the pool: checks the files it is sent with processFile(), as
 * the serial run does, loading the knowledge once for all of them, and sends
 * back each result with what the file wrote to stdout and stderr.
 */
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
