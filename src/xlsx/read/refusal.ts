/**
 * A ReadError thrown from deep inside the reader (the zip directory, inflating, a part's XML) and
 * caught once, at the reader's boundary (index.ts), where it becomes the returned ReadError.
 */
import type { ReadError } from './types';

export class ReadRefusal extends Error {
  constructor(readonly error: ReadError) {
    super(`${error.code}${error.part ? ` (${error.part})` : ''}${error.detail ? `: ${error.detail}` : ''}`);
    this.name = 'ReadRefusal';
  }
}

export function refuse(code: ReadError['code'], extra: Omit<ReadError, 'code'> = {}): never {
  throw new ReadRefusal({ code, ...extra });
}

/** Runs a parser over one part: its XML errors become `code` (badPart by default) naming the part. */
export function parsing<T>(part: string, parse: () => T, code: 'badPart' | 'brokenRelationships' = 'badPart'): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof ReadRefusal) throw err;
    return refuse(code, { part, detail: err instanceof Error ? err.message : String(err) });
  }
}
