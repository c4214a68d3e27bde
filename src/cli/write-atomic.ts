import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content so that readers see either the old or the new
 * content, never a partial file: write a temp file beside it, fsync, rename
 * over. The original's permission bits are kept; a symlink is followed so the
 * link stays a link. On any error the temp file is removed and the error
 * rethrown.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const target = await existing(path, (p) => realpath(p)) ?? path;
  const mode = (await existing(target, (p) => stat(p)))?.mode;
  const tmp = join(dirname(target), `.${basename(target)}.entlint-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    // 'wx': never clobber a file that happens to have the temp name.
    handle = await open(tmp, 'wx', mode === undefined ? 0o666 : mode & 0o777);
    created = true;
    await handle.writeFile(data);
    // The umask narrowed the mode open() applied; restore the original bits.
    if (mode !== undefined) await handle.chmod(mode & 0o7777);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    if (created) await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
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
