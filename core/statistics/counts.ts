import type { Count } from './report'

/** Most first, then by key; records without a value are left out (the total still counts them). */
export const byCount = (a: Count, b: Count) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/** How many times each key occurs. */
export function countBy(keys: (string | null | undefined)[]): Count[] {
  const counts = new Map<string, number>()
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts].map(([key, count]) => ({ key, count })).sort(byCount)
}
