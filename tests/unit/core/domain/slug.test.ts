import { describe, expect, it } from 'vitest'

import { slugProblem, slugify } from '../../../../core/domain/slug'

describe('slugify', () => {
  it.each([
    ['Kontaktfamilj', 'kontaktfamilj'],
    ['Så går det till', 'sa-gar-det-till'],
    ['Vad får du?', 'vad-far-du'],
    ['Särskilt kvalificerad kontaktperson (SKKP)', 'sarskilt-kvalificerad-kontaktperson-skkp'],
    ['  Öppet   hus – höst 2026 ', 'oppet-hus-host-2026'],
    ['Café', 'cafe'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })
})

describe('slugProblem', () => {
  it.each(['kontaktfamilj', 'sa-gar-det-till', 'lss-9-4'])('accepts %s', (slug) => {
    expect(slugProblem(slug)).toBeNull()
  })

  it.each(['Kontaktfamilj', 'så', 'a--b', '-a', 'a b', ''])('rejects the format of "%s"', (slug) => {
    expect(slugProblem(slug)).toBe('slug.format')
  })

  it.each(['en', 'api', 'admin', 'intresseanmalan', 'ansok', 'statistik', 'statistics'])(
    'rejects the reserved route %s',
    (slug) => {
      expect(slugProblem(slug)).toBe('slug.reserved')
    },
  )
})
