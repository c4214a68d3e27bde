/** Why bytes cannot be checked as text, or their text. */
export type Decoded = { text: string } | { error: string };

const SNIFF = 8192;

/**
 * Decodes bytes as strict UTF-8, keeping a BOM so offsets match what other
 * JavaScript tools read; refuses binary data and invalid UTF-8 instead of
 * silently replacing bytes.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.subarray(0, SNIFF).includes(0)) return { error: 'binary file (contains NUL bytes), not checked' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: `invalid UTF-8 at byte ${firstInvalidByte(bytes)}, not checked` };
  }
}

function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    const n = x < 0x80 ? 0 : x >= 0xc2 && x < 0xe0 ? 1 : x >= 0xe0 && x < 0xf0 ? 2 : x >= 0xf0 && x < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
