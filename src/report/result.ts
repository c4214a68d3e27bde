import type { Finding } from '../types.js';

/** What a reporter gets for one input. */
export interface FileResult {
  path: string;
  /** The decoded text, for line numbers and excerpts; absent when unreadable. */
  text?: string;
  findings: Finding[];
  /** Why the input could not be checked. */
  error?: string;
}
