import { describe, expect, it } from 'vitest'

import { REFERENCE_ALPHABET, REFERENCE_PATTERN, newReference } from '../../../../core/domain/reference'

describe('references', () => {
  it('use no symbols that are easily confused', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L']) expect(REFERENCE_ALPHABET).not.toContain(ambiguous)
  })

  it('are short and well-formed', () => {
    const reference = newReference()
    expect(reference).toMatch(REFERENCE_PATTERN)
    expect(reference).toHaveLength(12)
  })

  it('do not repeat over many draws (no counter, no team in them)', () => {
    const references = new Set(Array.from({ length: 20_000 }, () => newReference()))
    expect(references.size).toBe(20_000)
  })

  it('take every symbol from the random source', () => {
    expect(newReference(() => 0)).toBe('KP-2222-2222')
    expect(newReference((max) => max - 1)).toBe('KP-ZZZZ-ZZZZ')
  })
})
