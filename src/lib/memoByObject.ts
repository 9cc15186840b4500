/**
 * A function of an object computed once per object: the result is kept for as long as the
 * object lives (a WeakMap), so a new object (a new catalog, a new series) gets a new result.
 */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
