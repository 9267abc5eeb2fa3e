/**
 * Memoise a pure string function with a bounded cache. Form labels and targets repeat across
 * thousands of forms (年初预算数, ≥90%, 达成指标…); normalising each once keeps batch checks fast.
 * The cache only ever holds results of pure functions, so it cannot change any outcome.
 */
export function memoizeString<T>(fn: (s: string) => T, maxEntries = 50000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = fn(s);
    if (cache.size >= maxEntries) cache = new Map();
    cache.set(s, value);
    return value;
  };
}
