/** A problem in a dictionary or config file, located to the line. */
export class DataError extends Error {
  constructor(readonly file: string, readonly line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'DataError';
  }
}
