/** Why bytes cannot be checked as text, or their text. */
export type Decoded = { text: string } | { error: string };

const SNIFF = 8192;
const BINARY = 'binary file (contains NUL bytes), not checked';
const invalidAt = (byte: number) => `invalid UTF-8 at byte ${byte}, not checked`;

/**
 * Decodes bytes as strict UTF-8, keeping a BOM so offsets match what other
 * JavaScript tools read; refuses binary data and invalid UTF-8 instead of
 * silently replacing bytes.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.subarray(0, SNIFF).includes(0)) return { error: BINARY };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: invalidAt(firstInvalidByte(bytes)) };
  }
}

/**
 * decode() for bytes that arrive in chunks: the same text, BOM and errors (at
 * the same byte), holding only the first SNIFF bytes until they are sniffed
 * and the up to 3 bytes of an unfinished character.
 */
export class StreamDecoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** The first bytes, until SNIFF of them have been looked at for NULs. */
  private head: Uint8Array[] | null = [];
  private headBytes = 0;
  /** The unfinished character at the end of what was decoded, and its offset. */
  private tail = new Uint8Array(0);
  private tailAt = 0;

  /** The text of the next chunk ('' while it is held), or why the input cannot be checked. */
  push(bytes: Uint8Array): Decoded {
    if (!this.head) return this.decode(bytes, true);
    this.head.push(bytes);
    this.headBytes += bytes.length;
    return this.headBytes < SNIFF ? { text: '' } : this.release(true);
  }

  /** The rest of the text, or why the input cannot be checked; the input has ended. */
  end(): Decoded {
    if (this.head) {
      const released = this.release(false);
      if ('error' in released) return released;
      const rest = this.decode(new Uint8Array(0), false);
      return 'error' in rest ? rest : { text: released.text + rest.text };
    }
    return this.decode(new Uint8Array(0), false);
  }

  private release(stream: boolean): Decoded {
    const head = Buffer.concat(this.head!);
    this.head = null;
    if (head.subarray(0, SNIFF).includes(0)) return { error: BINARY };
    return this.decode(head, stream);
  }

  private decode(bytes: Uint8Array, stream: boolean): Decoded {
    const at = this.tailAt + this.tail.length;
    try {
      const text = this.decoder.decode(bytes, { stream });
      // A chunk of 3 bytes or more holds the start of any character it leaves unfinished.
      const [joined, joinedAt] = bytes.length >= 3 ? [bytes, at] : [concat(this.tail, bytes), this.tailAt];
      const open = unfinished(joined);
      this.tail = joined.slice(joined.length - open);
      this.tailAt = joinedAt + joined.length - open;
      return { text };
    } catch {
      // Everything before the unfinished character was valid: look from there.
      return { error: invalidAt(this.tailAt + firstInvalidByte(concat(this.tail, bytes))) };
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (!a.length) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many bytes at the end of valid UTF-8 begin a character that is not finished yet. */
function unfinished(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const x = b[b.length - k]!;
    if ((x & 0xc0) === 0x80) continue;
    const n = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
    return n > k ? k : 0;
  }
  return 0;
}

/** Where the first byte sequence that is not UTF-8 starts, by the rules TextDecoder applies (no overlongs or surrogates). */
function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    const n = x < 0x80 ? 0 : x >= 0xc2 && x < 0xe0 ? 1 : x >= 0xe0 && x < 0xf0 ? 2 : x >= 0xf0 && x < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range narrows after E0, ED, F0 and F4.
    const lo = x === 0xe0 ? 0xa0 : x === 0xf0 ? 0x90 : 0x80;
    const hi = x === 0xed ? 0x9f : x === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const y = b[i + k];
      if (y === undefined || y < (k === 1 ? lo : 0x80) || y > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return i;
}
