/** A seeded pseudo-random source (mulberry32), so the demo's generated history is the same every time. */
export type Random = {
  /** A number in [0, 1). */
  next: () => number
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** A key chosen with the given relative weights. */
  weighted: <K extends string | number>(weights: readonly (readonly [K, number])[]) => K
  /** A UUID-shaped id (the SQLite adapter's id type). */
  uuid: () => string
  /** A 24-hex id, as Payload gives array rows. */
  rowId: () => string
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const hex = (length: number) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join('')
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (weights) => {
      const total = weights.reduce((sum, [, weight]) => sum + weight, 0)
      let left = next() * total
      for (const [key, weight] of weights) {
        left -= weight
        if (left < 0) return key
      }
      return weights[weights.length - 1][0]
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
    rowId: () => hex(24),
  }
}
