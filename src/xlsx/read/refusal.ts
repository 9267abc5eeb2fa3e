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
    const detail = err instanceof Error ? err.message : String(err);
    // The engine ran out of room for a string or an array: the part is too large for this host.
    if (err instanceof RangeError && /allocation|invalid (string|array|typed array) length/i.test(detail)) return refuse('tooLarge', { part, limit: { kind: 'memory', value: 0 }, detail });
    return refuse(code, { part, detail });
  }
}
