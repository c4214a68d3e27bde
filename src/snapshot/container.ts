import { closeSync, openSync, readSync } from 'node:fs';
import { FileImage, sharedFileFor, type SharedFile } from './file-image.js';
import { Pager } from './pager.js';

/**
 * The snapshot file: a JSON header, then typed arrays in groups. Each array
 * is read when first used (the large ones a page at a time, through
 * pagedSection), so start-up reads what a text needs and never, say, the OCR
 * place layer of a text that is not OCR output.
 *
 *   "ENTLSNAP" | u32 header length | header JSON | padding | groups…
 */
const MAGIC = 'ENTLSNAP';
const TYPES = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array } as const;
type TypeName = keyof typeof TYPES;
export type Section = Uint8Array | Uint16Array | Uint32Array;

interface SectionInfo { offset: number; length: number; type: TypeName }
interface Header { meta: unknown; groups: Record<string, { offset: number; bytes: number; sections: Record<string, SectionInfo> }> }

/** A section read as its pages are needed: call `pager.need()` before reading elements. */
export interface Paged<T extends Section = Section> { array: T; pager?: Pager }
/** Sections smaller than this are read whole: a page-by-page read would not pay for itself. */
const PAGED_MIN_BYTES = 16 * 1024;
const pagedReaders = new WeakMap<object, (name: string) => Paged>();

/**
 * Section `name` of a group, to be read page by page where the container
 * allows; a group built in memory returns the whole array.
 */
export function pagedSection<T extends Section>(sections: Record<string, Section>, name: string): Paged<T> {
  const paged = pagedReaders.get(sections);
  return (paged ? paged(name) : { array: sections[name] }) as Paged<T>;
}

const bytesOf = (s: SectionInfo): number => s.length * TYPES[s.type].BYTES_PER_ELEMENT;
const typeOf = (a: Section): TypeName => (a instanceof Uint8Array ? 'u8' : a instanceof Uint16Array ? 'u16' : 'u32');
const align8 = (n: number) => (n + 7) & ~7;

/** Serialises meta (JSON) and groups of named arrays. */
export function writeContainer(meta: unknown, groups: Record<string, Record<string, Section>>): Buffer {
  const header: Header = { meta, groups: {} };
  // Offsets are relative to the end of the header; the header is sized after.
  let at = 0;
  for (const [g, sections] of Object.entries(groups)) {
    const start = at;
    const infos: Record<string, SectionInfo> = {};
    for (const [name, arr] of Object.entries(sections)) {
      infos[name] = { offset: at - start, length: arr.length, type: typeOf(arr) };
      at = align8(at + arr.byteLength);
    }
    header.groups[g] = { offset: start, bytes: at - start, sections: infos };
  }
  const json = Buffer.from(JSON.stringify(header));
  const body = align8(12 + json.length);
  const out = Buffer.alloc(body + at);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 8);
  json.copy(out, 12);
  for (const [g, sections] of Object.entries(groups)) {
    for (const [name, arr] of Object.entries(sections)) {
      const dest = body + header.groups[g]!.offset + header.groups[g]!.sections[name]!.offset;
      Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(out, dest);
    }
  }
  return out;
}

/** A snapshot file opened for reading; groups are read on first use. */
export class Container {
  readonly meta: unknown;
  private readonly header: Header;
  private readonly body: number;
  private readonly loaded = new Map<string, Record<string, Section>>();
  /** Each array's bytes as read so far (in memory shared with the other threads of a pool, see shareFile). */
  private readonly images = new Map<string, FileImage>();
  /** Open while sections may still read; closed with the process. */
  private fd?: number;
  private share?: SharedFile;

  constructor(private readonly path: string) {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(12);
      readSync(fd, head, 0, 12, 0);
      if (head.toString('latin1', 0, 8) !== MAGIC) throw new Error(`${path}: not an entlint snapshot`);
      const json = Buffer.alloc(head.readUInt32LE(8));
      readSync(fd, json, 0, json.length, 12);
      this.header = JSON.parse(json.toString('utf8')) as Header;
      this.body = align8(12 + json.length);
    } finally {
      closeSync(fd);
    }
    this.meta = this.header.meta;
  }

  hasGroup(group: string): boolean {
    return group in this.header.groups;
  }

  /**
   * The named arrays of a group, each read from the file when first used:
   * a short text touches a few of them, and every byte read costs start-up.
   */
  group(group: string): Record<string, Section> {
    const g = this.header.groups[group];
    if (!g) throw new Error(`${this.path}: no group ${group}`);
    let out = this.loaded.get(group);
    if (!out) {
      const sections: Record<string, Section> = {};
      for (const [name, s] of Object.entries(g.sections)) {
        let array: Section | undefined;
        Object.defineProperty(sections, name, { enumerable: true, get: () => (array ??= this.read(group, name, g.offset + s.offset, s)) });
      }
      const paged = new Map<string, Paged>();
      pagedReaders.set(sections, (name) => {
        let p = paged.get(name);
        if (!p) {
          const s = g.sections[name];
          if (!s) throw new Error(`${this.path}: no section ${name} in ${group}`);
          paged.set(name, (p = this.page(group, name, g.offset + s.offset, s)));
        }
        return p;
      });
      this.loaded.set(group, (out = sections));
    }
    return out;
  }

  /** Reads a whole group now, each array in one read of the pages not yet there. */
  readGroup(group: string): void {
    const g = this.header.groups[group];
    if (!g) throw new Error(`${this.path}: no group ${group}`);
    for (const [name, s] of Object.entries(g.sections)) this.read(group, name, g.offset + s.offset, s);
  }

  private page(group: string, name: string, offset: number, s: SectionInfo): Paged {
    const bytes = bytesOf(s);
    if (bytes < PAGED_MIN_BYTES) return { array: this.read(group, name, offset, s) };
    const start = this.body + offset;
    const image = this.image(group, name, start, s);
    return { array: image.view(TYPES[s.type], start, s.length), pager: new Pager(start, bytes, TYPES[s.type].BYTES_PER_ELEMENT, (from, to) => image.need(from, to)) };
  }

  private read(group: string, name: string, offset: number, s: SectionInfo): Section {
    const start = this.body + offset;
    const image = this.image(group, name, start, s);
    image.need(start, start + bytesOf(s));
    return image.view(TYPES[s.type], start, s.length);
  }

  /**
   * The memory of one array, its bytes as read so far: allocated per array,
   * when first used, as a short text needs a few of them.
   */
  private image(group: string, name: string, start: number, s: SectionInfo): FileImage {
    const key = `${group}\u0000${name}`;
    let image = this.images.get(key);
    if (!image) {
      if (this.fd === undefined) {
        this.fd = openSync(this.path, 'r');
        this.share = sharedFileFor(this.path, this.fd);
      }
      image = new FileImage(this.fd, this.path, start, start + bytesOf(s), this.share);
      this.images.set(key, image);
    }
    return image;
  }
}
