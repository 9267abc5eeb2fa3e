import { parseRange, rangeToA1 } from './a1';
import type { LocateHints } from './locate/hints';
import type { FormBinding } from './port';

/**
 * Ids of the add-in's bindings (they name the sheet and the form):
 *   `jixiao:<sheet>:<n>:<part>`      the n-th form of the sheet, bound automatically (重新识别, or
 *                                    when the task pane finds a form whose binding is missing);
 *   `jixiao:<sheet>:user<n>:<part>`  a range the user bound (绑定所选区域): a hint for the locator.
 * A sheet name may hold `:`; the id is read from its end. Pure (the task pane and the ribbon use it).
 */
export type BindingPart = FormBinding['part'];

export function bindingId(sheet: string, n: number, part: BindingPart): string {
  return `jixiao:${sheet}:${n}:${part}`;
}

export function userBindingId(sheet: string, n: number, part: BindingPart): string {
  return `jixiao:${sheet}:user${n}:${part}`;
}

export interface BindingIdParts {
  sheet: string;
  n: number;
  part: BindingPart;
  user: boolean;
}

export function parseBindingId(id: string): BindingIdParts | null {
  const m = /^jixiao:(.*):(user)?(\d+):(budget|indicators)$/.exec(id);
  return m ? { sheet: m[1], n: Number(m[3]), part: m[4] as BindingPart, user: m[2] === 'user' } : null;
}

/** Bound by the user (绑定所选区域), not by detection. */
export function isUserBinding(id: string): boolean {
  return parseBindingId(id)?.user === true;
}

/** A1 without `$` or sheet, so that ranges from the host and from the core compare. */
export function plainRange(range: string): string {
  try {
    return rangeToA1(parseRange(range));
  } catch {
    return range;
  }
}

/**
 * The locator's hints (EvaluateOptions.hints) from the ranges the user bound: per sheet, the
 * budget blocks and the indicator tables in the order they were bound (the n-th of each pair up).
 * Automatic bindings are no hints. Undefined when there are none.
 */
export function hintsOf(bindings: readonly FormBinding[]): Record<string, LocateHints> | undefined {
  const user = bindings
    .map((b) => ({ b, id: parseBindingId(b.id) }))
    .filter((x) => x.id?.user)
    .sort((x, y) => (x.id?.n ?? 0) - (y.id?.n ?? 0));
  if (user.length === 0) return undefined;
  const hints: Record<string, { budget: string[]; indicators: string[] }> = {};
  for (const { b } of user) (hints[b.sheet] ??= { budget: [], indicators: [] })[b.part].push(plainRange(b.range));
  return hints;
}
