/** A broken property: which one, and what shows it (the case's data replays it). */
export class Violation extends Error {
  constructor(
    readonly property: string,
    detail: string,
  ) {
    super(`${property}: ${detail}`);
    this.name = 'Violation';
  }
}

export function fail(property: string, detail: unknown): never {
  throw new Violation(property, typeof detail === 'string' ? detail : JSON.stringify(detail));
}
