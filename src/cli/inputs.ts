import { readFile, stat } from 'node:fs/promises';
import { decode, type Decoded } from './decode.js';

export const STDIN_PATH = '<stdin>';

/** Reads a file as text, or says in one line why it cannot be checked. */
export async function readInput(path: string): Promise<Decoded> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return { error: 'is a directory; name the files to check' };
    return decode(await readFile(path));
  } catch (err) {
    return { error: describeError(err) };
  }
}

/** Reads all of a stream as text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Decoded> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (err) {
    return { error: describeError(err) };
  }
  return decode(Buffer.concat(chunks));
}

function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory; name the files to check';
    default: return e.message ?? String(err);
  }
}
