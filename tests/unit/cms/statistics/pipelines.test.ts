import { aggregate } from 'mingo'
import { describe, expect, it } from 'vitest'

import { publicCountsOf, publicStatisticsOf } from '../../../../core/statistics/public'
import type { StatisticsScope } from '../../../../core/statistics/facts'
import { teamReportOf } from '../../../../core/statistics/teamReport'
import { type StatisticsDatabase, compute } from '../../../../cms/statistics/database'
import { eveningTopics } from '../../../../cms/statistics/names'
import { publicCounts } from '../../../../cms/statistics/public'
import { computeTeamReport } from '../../../../cms/statistics/teamReport'
import {
  FIXTURE_NAMES,
  NOW,
  PERIOD,
  asMongoDocuments,
  statisticsFixture,
} from '../../../support/statisticsFixture'

const facts = statisticsFixture((symbol) => symbol)
const documents = asMongoDocuments(facts) as Record<string, Record<string, unknown>[]>

/** MongoDB stood in for by mingo over the fixture's documents: the pipelines run as they are built. */
const mingo: StatisticsDatabase = {
  kind: 'mongodb',
  ids: { id: (value) => value },
  aggregate: async ({ collection, pipeline }) =>
    aggregate(documents[collection], pipeline as Record<string, unknown>[], {
      collectionResolver: (name: string) => documents[name],
    }) as Record<string, unknown>[],
}

const nameOf = (_kind: string, key: string) => FIXTURE_NAMES[key] ?? ''
const names = async () => nameOf

const scopes: [string, StatisticsScope][] = [
  [
    'an admin',
    {
      registrations: { all: true },
      applications: { all: true },
      evenings: { all: true },
      municipality: null,
    },
  ],
  [
    'an admin, Söderby only',
    {
      registrations: { all: true },
      applications: { all: true },
      evenings: { all: true },
      municipality: 'm2',
    },
  ],
  [
    'team A (recruiting and intake)',
    {
      registrations: { teams: ['tA'] },
      applications: { teams: ['tA'] },
      evenings: { teams: ['tA'] },
      municipality: null,
    },
  ],
  [
    'team A, Norrby only',
    {
      registrations: { teams: ['tA'] },
      applications: { teams: ['tA'] },
      evenings: { teams: ['tA'] },
      municipality: 'm1',
    },
  ],
  [
    'team B, recruiting only',
    {
      registrations: { teams: ['tB'] },
      applications: { teams: [] },
      evenings: { teams: ['tB'] },
      municipality: null,
    },
  ],
  [
    'a team with nothing',
    {
      registrations: { teams: ['tX'] },
      applications: { teams: ['tX'] },
      evenings: { teams: ['tX'] },
      municipality: null,
    },
  ],
]

describe('the MongoDB aggregation pipelines (run by mingo on the fixture)', () => {
  it.each(scopes)('give the defined team statistics for %s', async (_who, scope) => {
    const report = await computeTeamReport(mingo, { scope, period: PERIOD, now: NOW }, names)
    expect(report).toEqual(teamReportOf(facts, scope, PERIOD, NOW, nameOf))
  })

  it('give the defined team statistics for an empty period', async () => {
    const scope = scopes[0][1]
    const period = { from: '2025-01-01', to: '2025-02-01' }
    const report = await computeTeamReport(mingo, { scope, period, now: NOW }, names)
    expect(report).toEqual(teamReportOf(facts, scope, period, NOW, nameOf))
    expect(report.registrations?.perWeek.every((week) => week.count === 0)).toBe(true)
  })

  it('give the defined public counts', async () => {
    const areas = [
      { id: 'm1', slug: 'norrby', name: 'Norrby' },
      { id: 'm2', slug: 'soderby', name: 'Söderby' },
    ]
    const counts = await compute(mingo, publicCounts, { now: NOW })
    expect(publicStatisticsOf(counts, areas, 'Kontaktportalen', NOW)).toEqual(
      publicStatisticsOf(publicCountsOf(facts, NOW), areas, 'Kontaktportalen', NOW),
    )
  })

  it('read the asked evenings’ topics in the asked language', async () => {
    const evenings = [
      { _id: 'e1', topic: { sv: 'Kväll i Norrby', en: 'Evening in Norrby' } },
      { _id: 'e2', topic: { sv: 'Team B:s kväll' } },
    ]
    const db: StatisticsDatabase = {
      ...mingo,
      aggregate: async ({ pipeline }) =>
        aggregate(evenings, pipeline as Record<string, unknown>[]) as Record<string, unknown>[],
    }
    const topics = await compute(db, eveningTopics, { ids: ['e1'], locale: 'sv' })
    expect([...topics]).toEqual([['e1', 'Kväll i Norrby']])
  })
})
