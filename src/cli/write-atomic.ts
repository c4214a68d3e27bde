import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crypto } from '../lazy-crypto.js';

/** A file's new content being written beside it; readers see the old content until commit(). */
export interface AtomicFile {
  write(data: string | Uint8Array): Promise<void>;
  /** fsyncs and renames over the original. */
  commit(): Promise<void>;
  /** Drops what was written; the original stays as it was. */
  abort(): Promise<void>;
}

/**
 * Starts replacing a file's content so that readers see either the old or
 * the new content, never a partial file: a temp file beside it, fsynced, then
 * renamed over. The original's permission bits are kept; a symlink is
 * followed so the link stays a link. Content can be written in parts, so a
 * huge file never has to be held whole. On an error in commit() the temp file
 * is removed and the error rethrown.
 */
export async function openAtomic(path: string): Promise<AtomicFile> {
  const target = await existing(path, (p) => realpath(p)) ?? path;
  const mode = (await existing(target, (p) => stat(p)))?.mode;
  const tmp = join(dirname(target), `.${basename(target)}.entlint-${process.pid}-${crypto().randomBytes(6).toString('hex')}.tmp`);
  // 'wx': never clobber a file that happens to have the temp name.
  const handle = await open(tmp, 'wx', mode === undefined ? 0o666 : mode & 0o777);
  let open_ = true;
  const abort = async () => {
    if (open_) await handle.close().catch(() => undefined);
    open_ = false;
    await rm(tmp, { force: true }).catch(() => undefined);
  };
  return {
    async write(data) {
      try {
        await handle.writeFile(data);
      } catch (err) {
        await abort();
        throw err;
      }
    },
    async commit() {
      try {
        // The umask narrowed the mode open() applied; restore the original bits.
        if (mode !== undefined) await handle.chmod(mode & 0o7777);
        await handle.sync();
        await handle.close();
        open_ = false;
        await rename(tmp, target);
      } catch (err) {
        await abort();
        throw err;
      }
    },
    abort,
  };
}

/** Replaces a file's content atomically (see openAtomic). */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const file = await openAtomic(path);
  await file.write(data);
  await file.commit();
}

/** fn(path), or undefined when the path does not exist. */
async function existing<T>(path: string, fn: (p: string) => Promise<T>): Promise<T | undefined> {
  try {
    return await fn(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
