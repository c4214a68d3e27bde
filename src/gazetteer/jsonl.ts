import { DataError } from './data-error.js';

/** Parses JSON Lines; blank lines and `#` comments are skipped. */
export function parseJsonl(text: string, file: string): { value: Record<string, unknown>; line: number }[] {
  const out: { value: Record<string, unknown>; line: number }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new DataError(file, i + 1, `invalid JSON (${(err as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DataError(file, i + 1, 'each line must be a JSON object');
    }
    out.push({ value: value as Record<string, unknown>, line: i + 1 });
  });
  return out;
}

/** Field readers that fail with the file and line. */
export class FieldReader {
  constructor(private readonly obj: Record<string, unknown>, readonly file: string, readonly line: number) {}

  fail(detail: string): never {
    throw new DataError(this.file, this.line, detail);
  }

  string(key: string, required: true): string;
  string(key: string, required?: false): string | undefined;
  string(key: string, required = false): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null || v === '') {
      if (required) this.fail(`missing "${key}"`);
      return undefined;
    }
    if (typeof v !== 'string') this.fail(`"${key}" must be a string`);
    if (v !== v.normalize('NFC')) this.fail(`"${key}" is not NFC: ${JSON.stringify(v)}`);
    return v.trim();
  }

  strings(key: string): string[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) this.fail(`"${key}" must be an array of strings`);
    for (const s of v as string[]) if (s !== s.normalize('NFC')) this.fail(`"${key}" has a string that is not NFC: ${JSON.stringify(s)}`);
    return (v as string[]).map((s) => s.trim()).filter(Boolean);
  }

  number(key: string, min: number, max: number): number | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !(v >= min && v <= max)) this.fail(`"${key}" must be a number from ${min} to ${max}`);
    return v;
  }

  boolean(key: string): boolean {
    const v = this.obj[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') this.fail(`"${key}" must be true or false`);
    return v;
  }

  onlyKeys(allowed: readonly string[]): void {
    for (const k of Object.keys(this.obj)) if (!allowed.includes(k)) this.fail(`unknown field "${k}"`);
  }

  raw(key: string): unknown {
    return this.obj[key];
  }
}
