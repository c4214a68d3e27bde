import { fstatSync, readSync, statSync } from 'node:fs';
import type { Section } from './container.js';

export const PAGE_BITS = 12;
export const PAGE = 1 << PAGE_BITS;

/**
 * A file's bytes, in memory at the file's own offsets, shared by every thread
 * of the process that checks with it: the first to need a page reads it, the
 * others find it there.
 */
export interface SharedFile {
  path: string;
  size: number;
  mtimeMs: number;
  bytes: SharedArrayBuffer;
  /** One flag per page: 1 once the page is in `bytes`. */
  loaded: SharedArrayBuffer;
}

const shared = new Map<string, SharedFile>();

/** Memory for the image of the file at `path`, to hand to other threads; nothing is read yet. */
export function shareFile(path: string): SharedFile | undefined {
  let st;
  try {
    st = statSync(path);
  } catch {
    return undefined;
  }
  const pages = Math.ceil(st.size / PAGE);
  return { path, size: st.size, mtimeMs: st.mtimeMs, bytes: new SharedArrayBuffer(st.size), loaded: new SharedArrayBuffer(pages) };
}

/** Lets this thread's FileImages of `file.path` use (and fill) the shared memory. */
export function useSharedFile(file: SharedFile): void {
  shared.set(file.path, file);
}

/** The shared memory for the file open as `fd`, if useSharedFile() gave one for this very file. */
export function sharedFileFor(path: string, fd: number): SharedFile | undefined {
  const s = shared.get(path);
  if (!s) return undefined;
  const st = fstatSync(fd);
  return s.size === st.size && s.mtimeMs === st.mtimeMs ? s : undefined;
}

type SectionType = { new (buffer: ArrayBuffer, byteOffset: number, length: number): Section; BYTES_PER_ELEMENT: number };

/**
 * Bytes [start, end) of a file, read a page at a time as asked for into
 * memory of that size (untouched memory costs nothing), or into the shared
 * memory made for the whole file (shareFile()). Offsets are the file's.
 */
export class FileImage {
  private readonly bytes: Uint8Array;
  private readonly loaded: Uint8Array;
  private readonly atomic: boolean;
  private readonly start: number;
  private readonly end: number;

  constructor(private readonly fd: number, private readonly path: string, start: number, end: number, share?: SharedFile) {
    this.atomic = share !== undefined;
    // Shared: the whole file, so a flag always means a whole page, whoever read it.
    [this.start, this.end] = share ? [0, share.size] : [start, end];
    // A SharedArrayBuffer even unshared: V8 counts an ArrayBuffer's whole length,
    // read or not, as memory outside its heap and collects early for it (the
    // arrays an OCR'd article uses are 84 MB long: two full collections, 5 ms).
    this.bytes = new Uint8Array(share ? share.bytes : new SharedArrayBuffer(end - start));
    const first = this.start >> PAGE_BITS;
    const pages = this.end > this.start ? ((this.end - 1) >> PAGE_BITS) - first + 1 : 0;
    this.loaded = share ? new Uint8Array(share.loaded) : new Uint8Array(pages);
  }

  /** `length` elements of `Type` at file offset `offset`, in this memory (read them with need()). */
  view(Type: SectionType, offset: number, length: number): Section {
    // A SharedArrayBuffer too: TypeScript's lib types the constructors for ArrayBuffer alone.
    return new Type(this.bytes.buffer as ArrayBuffer, offset - this.start, length);
  }

  /** Makes file bytes [from, to) readable, reading the pages not yet there in runs. */
  need(from: number, to: number): void {
    if (to <= from) return;
    const first = this.start >> PAGE_BITS;
    const last = ((to - 1) >> PAGE_BITS) - first;
    for (let p = (from >> PAGE_BITS) - first; p <= last; p++) {
      if (this.has(p)) continue;
      let q = p;
      while (q < last && !this.has(q + 1)) q++;
      this.read(Math.max((first + p) * PAGE, this.start), Math.min((first + q + 1) * PAGE, this.end));
      // After the bytes: a thread that sees the flag finds them written.
      for (let k = p; k <= q; k++) this.atomic ? Atomics.store(this.loaded, k, 1) : (this.loaded[k] = 1);
      p = q;
    }
  }

  private has(p: number): boolean {
    return (this.atomic ? Atomics.load(this.loaded, p) : this.loaded[p]) === 1;
  }

  /** File bytes [from, to). */
  private read(from: number, to: number): void {
    for (let done = from; done < to;) {
      const n = readSync(this.fd, this.bytes, done - this.start, to - done, done);
      if (n === 0) throw new Error(`${this.path}: truncated`);
      done += n;
    }
  }
}
