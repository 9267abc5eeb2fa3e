/**
 * The store's port methods with ET's exceptions as HostErrors (./errors.ts): the object model
 * throws plain errors, and the pane words host errors by their code.
 */
import { toHostError } from './errors';

/** An object of async methods (an interface such as BindingsPort, without an index signature). */
type AsyncMethods<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> };

export function guarded<T extends AsyncMethods<T>>(methods: T): T {
  const out = {} as T;
  for (const key of Object.keys(methods) as (keyof T)[]) {
    const fn = methods[key] as unknown as (...args: unknown[]) => Promise<unknown>;
    out[key] = (async (...args: unknown[]) => {
      try {
        return await fn.apply(methods, args);
      } catch (err) {
        throw toHostError(err);
      }
    }) as unknown as T[keyof T];
  }
  return out;
}
