/**
 * Call counting. Every COM member is PascalCase, so a Proxy counts exactly the PascalCase members
 * (`Range.Value2.get`, `Range.Value2.set`, `Worksheets.Item`); the fake's own camelCase internals
 * and test controls pass through uncounted.
 */

export class CallCounter {
  total = 0;
  /** Calls by key; cleared in place by reset(), so a kept reference stays current. */
  readonly by: Record<string, number> = {};
  private failures = new Map<string, unknown[]>();
  /** Set by saveAndReopen: the old session's objects stop working, as a closed workbook's do. */
  closed = false;

  reset(): void {
    this.total = 0;
    for (const k of Object.keys(this.by)) delete this.by[k];
  }

  /** The next call with this key throws `error` (after being counted). */
  failNext(key: string, error: unknown): void {
    const list = this.failures.get(key) ?? [];
    list.push(error);
    this.failures.set(key, list);
  }

  count(key: string): void {
    if (this.closed) throw new Error(`fake ET: ${key} on a workbook that was closed (saveAndReopen)`);
    this.total++;
    this.by[key] = (this.by[key] ?? 0) + 1;
    const list = this.failures.get(key);
    if (list && list.length > 0) {
      const error = list.shift();
      if (list.length === 0) this.failures.delete(key);
      throw error;
    }
  }
}

/** The public face of the counter handed to tests. */
export interface Calls {
  readonly total: number;
  readonly by: Readonly<Record<string, number>>;
  reset(): void;
}

const isMember = (prop: string | symbol): prop is string => typeof prop === 'string' && /^[A-Z]/.test(prop);

function findDescriptor(target: object, prop: string): PropertyDescriptor | undefined {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return d;
  }
  return undefined;
}

/** Wraps a fake OM object so that each member access counts one call under `type`. */
export function counted<T extends object>(type: string, target: T, calls: CallCounter): T {
  return new Proxy(target, {
    get(t, prop) {
      if (!isMember(prop)) return Reflect.get(t, prop);
      const d = findDescriptor(t, prop);
      if (d && typeof d.value === 'function') {
        const fn = d.value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          calls.count(`${type}.${prop}`);
          return fn.apply(t, args); // `this` is the bare target: the method's own reads do not count
        };
      }
      calls.count(`${type}.${prop}.get`);
      return Reflect.get(t, prop, t);
    },
    set(t, prop, value) {
      if (!isMember(prop)) return Reflect.set(t, prop, value);
      calls.count(`${type}.${prop}.set`);
      const d = findDescriptor(t, prop);
      if (d && d.get && !d.set) throw new TypeError(`fake ET: ${type}.${prop} is read-only`);
      return Reflect.set(t, prop, value, t);
    },
  });
}
