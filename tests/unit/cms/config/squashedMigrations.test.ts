import { describe, expect, it } from 'vitest'
import { SQUASHED_MIGRATIONS, schemaStep } from '../../../../cms/config/squashedMigrations'

describe('the squashed schema migration', () => {
  it.each([
    ['builds the schema on a new database', [], 'create'],
    ['builds it where only later migrations are recorded', ['20270101_000000_later'], 'create'],
    ['only records itself where the nine earlier migrations built it', [...SQUASHED_MIGRATIONS], 'skip'],
    ['refuses a database left part-way through them', SQUASHED_MIGRATIONS.slice(0, 8), 'refuse'],
    ['refuses one that ran only the first', SQUASHED_MIGRATIONS.slice(0, 1), 'refuse'],
  ])('%s', (_, recorded, step) => {
    expect(schemaStep(recorded)).toBe(step)
  })
})
