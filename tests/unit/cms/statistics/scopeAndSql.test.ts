import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { periodOf } from '../../../../cms/endpoints/statistics'
import { stockholmDaySql } from '../../../../cms/statistics/query'
import { statisticsScope } from '../../../../cms/statistics/scope'
import { stockholmDay } from '../../../../core/statistics/calendar'
import type { User } from '../../../../cms/payload-types'

const user = (roles: User['roles'], teams: string[]) =>
  ({ id: 'u', roles, teams, collection: 'users' }) as never

describe('whose records statistics count', () => {
  it.each([
    [
      'an admin: everything',
      user(['admin'], []),
      { registrations: { all: true }, applications: { all: true }, evenings: { all: true } },
    ],
    [
      'a recruiter: their teams’ registrations and evenings',
      user(['recruiter'], ['t1', 't2']),
      {
        registrations: { teams: ['t1', 't2'] },
        applications: { teams: [] },
        evenings: { teams: ['t1', 't2'] },
      },
    ],
    [
      'intake: their teams’ applications',
      user(['intake'], ['t3']),
      { registrations: { teams: [] }, applications: { teams: ['t3'] }, evenings: { teams: [] } },
    ],
  ])('%s', (_who, staff, scope) =>
    expect(statisticsScope(staff, 'm1')).toEqual({ ...scope, municipality: 'm1' }),
  )

  it.each([
    ['communications staff', user(['communications'], ['t1'])],
    ['nobody signed in', null],
  ])('none for %s', (_who, staff) => expect(statisticsScope(staff, null)).toBeNull())
})

describe('the period asked for', () => {
  it.each([
    ['2026-05-01', '2026-06-01', { from: '2026-05-01', to: '2026-06-01' }],
    ['2026-06-01', '2026-05-01', null],
    ['2026-05-01', '2026-05-01', null],
    ['2026-02-30', '2026-03-10', null],
    ['2026-5-1', '2026-06-01', null],
    [undefined, '2026-06-01', null],
    ['2020-01-01', '2026-01-01', null],
  ])('from %s to %s', (from, to, period) => expect(periodOf(from, to)).toEqual(period))
})

describe('the Stockholm day in SQL', () => {
  it('agrees with the definition around both summer-time switches and midnight', async () => {
    const client = createClient({ url: ':memory:' })
    const instants = [
      '2026-03-29T00:59:59.999Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T22:30:00.000Z',
      '2026-10-24T22:30:00.000Z',
      '2026-10-25T00:59:59.999Z',
      '2026-10-25T22:30:00.000Z',
      '2026-12-31T23:30:00.000Z',
      '2027-03-27T23:30:00.000Z',
      '2027-03-28T22:30:00.000Z',
    ]
    for (const instant of instants) {
      const { rows } = await client.execute({
        sql: `SELECT ${stockholmDaySql(':t')} AS day`,
        args: { t: instant },
      })
      expect([instant, rows[0].day]).toEqual([instant, stockholmDay(instant)])
    }
    client.close()
  })
})
