export const STDIN_PATH = '<stdin>';

/** Why an input could not be read, in a few words. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory; name the files to check';
    default: return e.message ?? String(err);
  }
}
