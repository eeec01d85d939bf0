import { describe, expect, it } from 'vitest'

import { planSeed } from '../../../../core/domain/seedPlan'

/** What the seeder stamped on a document it wrote: the content's hash, and whether an editor changed it since. */
const stamped = (hash: string, editedInCms: boolean) => ({ key: 'start', hash, editedInCms })

describe('planSeed', () => {
  it.each([
    ['a document the seeder has never written', undefined, 'h1', 'create'],
    ['seeded content that has not changed', stamped('h1', false), 'h1', 'unchanged'],
    ['seeded content that changed in content/', stamped('h1', false), 'h2', 'update'],
    ['a page edited in the CMS, same seed', stamped('h1', true), 'h1', 'keep-edited'],
    ['a page edited in the CMS, new seed', stamped('h1', true), 'h2', 'keep-edited'],
  ] as const)('%s → %s', (_, existing, hash, action) => {
    expect(planSeed(existing, hash)).toBe(action)
  })
})
