/**
 * Memoise a pure string function with a bounded cache. Form labels and targets repeat across
 * thousands of forms (年初预算数, ≥90%, 达成指标…); normalising each once keeps batch checks fast.
 * The cache only ever holds results of pure functions, so it cannot change any outcome.
 */
const MAX_KEY_LENGTH = 256;

export function memoizeString<T>(fn: (s: string) => T, maxEntries = 50000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    // Long texts (a pasted paragraph, a hostile file's garbage) rarely repeat: not kept, so the cache stays small.
    if (s.length > MAX_KEY_LENGTH) return fn(s);
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = fn(s);
    if (cache.size >= maxEntries) cache = new Map();
    cache.set(s, value);
    return value;
  };
}
