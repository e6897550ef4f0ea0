/**
 * What must change to turn the stored derived layer into the target one: rows to upsert (new or different)
 * and rows to remove. Writing only the difference keeps a rerun after a crash, or an ingest that changes
 * little, cheap — and it converges from any partial state to the same final graph.
 */

export interface RowDiff<T> {
  upserts: T[];
  removals: T[];
}

/**
 * @example
 * diffRows(new Map([['a', 1], ['b', 2]]), new Map([['b', 3], ['c', 4]]));
 * // { upserts: [3, 4], removals: [1] }
 */
export function diffRows<T>(
  existing: ReadonlyMap<string, T>,
  target: ReadonlyMap<string, T>,
  equal: (stored: T, wanted: T) => boolean = sameJson,
): RowDiff<T> {
  const upserts: T[] = [];
  const removals: T[] = [];
  for (const [key, wanted] of target) {
    const stored = existing.get(key);
    if (stored === undefined || !equal(stored, wanted)) upserts.push(wanted);
  }
  for (const [key, stored] of existing) if (!target.has(key)) removals.push(stored);
  return { upserts, removals };
}

function sameJson<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Keys rows by `key(row)`. */
export function keyed<T>(rows: Iterable<T>, key: (row: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) map.set(key(row), row);
  return map;
}
