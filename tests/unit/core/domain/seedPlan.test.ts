import { describe, expect, it } from 'vitest'

import { planSeed } from '../../../../core/domain/seedPlan'

describe('planSeed', () => {
  it.each([
    ['a document the seeder has never written', undefined, 'h1', 'create'],
    [
      'seeded content that has not changed',
      { key: 'start', hash: 'h1', editedInCms: false },
      'h1',
      'unchanged',
    ],
    [
      'seeded content that changed in content/',
      { key: 'start', hash: 'h1', editedInCms: false },
      'h2',
      'update',
    ],
    [
      'a page edited in the CMS, same seed',
      { key: 'start', hash: 'h1', editedInCms: true },
      'h1',
      'keep-edited',
    ],
    [
      'a page edited in the CMS, new seed',
      { key: 'start', hash: 'h1', editedInCms: true },
      'h2',
      'keep-edited',
    ],
  ] as const)('%s → %s', (_, existing, hash, action) => {
    expect(planSeed(existing, hash)).toBe(action)
  })
})
