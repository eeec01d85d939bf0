import type { Client } from '@libsql/client'
import { randomUUID } from 'node:crypto'
import { type Payload, handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { REMIND_AFTER_WORKING_DAYS } from '../../core/domain/followUp'
import { newReference } from '../../core/domain/reference'
import { CALL_BACK_WORKING_DAYS } from '../../core/domain/today'
import { publicCountsOf, publicStatisticsOf } from '../../core/statistics/public'
import type { PublicStatistics, TeamReport } from '../../core/statistics/report'
import { type StatisticsFacts, teamReportOf } from '../../core/statistics/teamReport'
import type { User } from '../../cms/payload-types'
import { applicationFactsOf } from '../../cms/fields/applicationFacts'
import { factsOf } from '../../cms/fields/registrationFacts'
import { applicationCounts } from '../../cms/statistics/applications'
import { atRisk } from '../../cms/statistics/atRisk'
import { compute, statisticsDatabase } from '../../cms/statistics/database'
import { eveningCounts, eveningsReached } from '../../cms/statistics/evenings'
import { funnels } from '../../cms/statistics/funnel'
import { eveningTopics } from '../../cms/statistics/names'
import { publicCounts } from '../../cms/statistics/public'
import { statisticsReaders } from '../../cms/statistics/readers'
import type { SqlStatement } from '../../cms/statistics/query'
import { registrationCounts } from '../../cms/statistics/registrations'
import { responseTimes } from '../../cms/statistics/response'
import { statisticsScope } from '../../cms/statistics/scope'
import { computeTeamReport } from '../../cms/statistics/teamReport'
import { FIXTURE_NAMES, NOW, PERIOD, statisticsFixture } from '../support/statisticsFixture'
import {
  createEvening,
  createMunicipality,
  createStaff,
  createTeam,
  createTeamStaff,
  openTestPayload,
} from './helpers'

let payload: Payload
let facts: StatisticsFacts
const ids = new Map<string, string>()
const users: Record<string, User> = {}
const symbolOf = (id: string) => [...ids].find(([, value]) => value === id)?.[0] ?? id
const nameOf = (_kind: string, key: string) => FIXTURE_NAMES[key.split(':').map(symbolOf).join(':')] ?? ''
const id = (symbol: string) => {
  if (!ids.has(symbol)) ids.set(symbol, randomUUID())
  return ids.get(symbol) as string
}

/** The fixture's personal details: none of them may ever leave through the public endpoint. */
const person = (n: number) => ({
  name: `Testperson Nummer${n}`,
  email: `testperson${n}@example.org`,
  phone: `070-17400${String(n).padStart(2, '0')}`,
  reference: newReference(),
  consentAt: '2026-01-01T00:00:00.000Z',
})
const personal: string[] = []

async function insertFixture() {
  const m1 = await createMunicipality(payload, 'Norrby', '9971')
  const m2 = await createMunicipality(payload, 'Söderby', '9972')
  await payload.update({
    collection: 'municipalities',
    id: m1,
    data: {
      districts: [
        { name: 'Centrum', key: 'centrum' },
        { name: 'Hamnen', key: 'hamnen' },
      ],
    },
  })
  ids.set('m1', m1).set('m2', m2)
  const forms = { forms: ['interest', 'application'] as ('interest' | 'application')[] }
  ids.set('tA', await createTeam(payload, 'Team A', [m1, m2], forms))
  ids.set('tB', await createTeam(payload, 'Team B', [m1], forms))
  users.u1 = await createTeamStaff(payload, ['recruiter', 'intake'], [id('tA')])
  users.u2 = await createTeamStaff(payload, ['recruiter'], [id('tB')])
  users.intake = await createTeamStaff(payload, ['intake'], [id('tA')])
  users.admin = await createStaff(payload, 'admin')
  users.communications = await createStaff(payload, 'communications')
  ids.set('u1', String(users.u1.id)).set('u2', String(users.u2.id))
  for (const symbol of ['c1', 'c2']) {
    const campaign = await payload.create({
      collection: 'campaigns',
      data: {
        title: FIXTURE_NAMES[symbol],
        slug: symbol,
        startsAt: '2026-04-01T00:00:00.000Z',
        endsAt: '2026-07-01T00:00:00.000Z',
        ctaLabel: 'Anmäl intresse',
        _status: 'published',
      } as never,
    })
    ids.set(symbol, String(campaign.id))
  }
  const planned = statisticsFixture(id)
  for (const evening of planned.evenings) {
    const symbol = symbolOf(evening.id)
    ids.set(
      symbol,
      await createEvening(payload, evening.municipality, evening.organizingTeam, {
        topic: FIXTURE_NAMES[symbol],
        startsAt: evening.startsAt,
        status: evening.status,
        _status: evening.published ? 'published' : 'draft',
      }),
    )
  }
  facts = statisticsFixture(id)
  // Written through the adapter, as a year of history is: the hooks would stamp every entry now.
  const create = (
    collection: 'interest-registrations' | 'applications' | 'bookings',
    data: Record<string, unknown>,
  ) => payload.db.create({ collection, data, customID: data.id as string })
  let n = 0
  const rows = <Entry extends object>(entries: Entry[], extra = {}) =>
    entries.map((entry) => ({ ...entry, ...extra, id: randomUUID() }))
  for (const { contactLog, history, ...fact } of facts.registrations) {
    const details = person((n += 1))
    personal.push(details.name, details.email, details.phone, details.reference, fact.id)
    const stored = factsOf({ createdAt: fact.createdAt, history, contactLog })
    await create('interest-registrations', {
      ...fact,
      ...details,
      history: rows(history),
      contactLog: rows(contactLog, { kind: 'call-attempt' }),
      // What the hook would have stored (hooks/registrationFacts), as the seed's history does.
      facts: { ...stored, atRiskMoments: rows(stored.atRiskMoments) },
      updatedAt: fact.createdAt,
    })
  }
  for (const { contactLog, history, ...fact } of facts.applications) {
    const details = person((n += 1))
    personal.push(details.name, details.phone, details.reference, fact.id)
    await create('applications', {
      ...fact,
      ...details,
      callTime: 'any',
      history: rows(history),
      contactLog: rows(contactLog, { kind: 'reached' }),
      // What the hook would have stored (hooks/applicationFacts).
      facts: applicationFactsOf({ createdAt: fact.createdAt, history, contactLog }),
      updatedAt: fact.createdAt,
    })
  }
  for (const [sequence, booking] of facts.bookings.entries()) {
    const details = person((n += 1))
    personal.push(details.name, details.email, details.reference, booking.id)
    await create('bookings', { ...booking, ...details, sequence: sequence + 1 })
  }
}

/** GET through Payload's own REST handler, as a browser or the site's build would, signed in as `user`. */
async function get(path: string, user?: User) {
  const headers = new Headers()
  if (user) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'a-long-test-password' },
    })
    headers.set('authorization', `JWT ${token}`)
  }
  const { default: config } = await import('../../cms/payload.config')
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api${path}`, { headers }),
    payloadInstanceCacheKey: process.env.PORTAL_DATA_DIR,
  })
  return { status: response.status, body: await response.json() }
}

const team = (user?: User, query = `from=${PERIOD.from}&to=${PERIOD.to}`) =>
  get(`/statistics/team?${query}`, user)

beforeAll(async () => {
  payload = await openTestPayload()
  await insertFixture()
})

describe('statistics computed by SQL on SQLite', () => {
  it.each(['admin', 'u1', 'u2', 'intake'])(
    'equal the definitions for %s, in all and per municipality',
    async (who) => {
      for (const municipality of [null, id('m1'), id('m2')]) {
        const scope = statisticsScope({ ...users[who], collection: 'users' }, municipality)!
        const report = await computeTeamReport(
          statisticsDatabase(payload),
          { scope, period: PERIOD, now: NOW },
          async () => nameOf,
        )
        expect(report).toEqual(teamReportOf(facts, scope, PERIOD, NOW, nameOf))
      }
    },
  )

  it('equal the definitions for an empty period', async () => {
    const scope = statisticsScope({ ...users.admin, collection: 'users' }, null)!
    const period = { from: '2025-01-01', to: '2025-03-01' }
    const report = await computeTeamReport(
      statisticsDatabase(payload),
      { scope, period, now: NOW },
      async () => nameOf,
    )
    expect(report).toEqual(teamReportOf(facts, scope, period, NOW, nameOf))
    expect(report.registrations?.total).toBe(0)
  })

  it('equal the defined public counts', async () => {
    const counts = await compute(statisticsDatabase(payload), publicCounts, { now: NOW })
    const areas = [
      { id: id('m1'), slug: 'norrby', name: 'Norrby' },
      { id: id('m2'), slug: 'söderby', name: 'Söderby' },
    ]
    expect(publicStatisticsOf(counts, areas, 'Portalen', NOW)).toEqual(
      publicStatisticsOf(publicCountsOf(facts, NOW), areas, 'Portalen', NOW),
    )
  })
})

describe('statistics read on reader threads', () => {
  const rows = (statement: SqlStatement) => {
    const db = statisticsDatabase(payload)
    if (db.kind !== 'sqlite') throw new Error('these tests run on SQLite')
    return db.rows(statement)
  }
  const clientRows = async (statement: SqlStatement) =>
    (await (payload.db as unknown as { client: Client }).client.execute(statement)).rows.map((row) => ({
      ...row,
    }))

  it("answer a report's statements with the same rows as the adapter's client", async () => {
    const metrics = [
      registrationCounts,
      funnels,
      responseTimes(
        { table: 'interest_registrations', collection: 'interest-registrations' },
        REMIND_AFTER_WORKING_DAYS,
      ),
      atRisk,
      eveningCounts,
      eveningsReached,
      applicationCounts,
      responseTimes({ table: 'applications', collection: 'applications' }, CALL_BACK_WORKING_DAYS),
    ]
    const statements = [
      publicCounts.sql({ now: NOW }),
      eveningTopics.sql({ ids: [id('e1'), id('e2'), id('e3')], locale: 'sv' }),
    ]
    for (const [who, municipality] of [
      ['admin', null],
      ['u1', null],
      ['u1', id('m2')],
    ] as const) {
      const scope = statisticsScope({ ...users[who], collection: 'users' }, municipality)!
      for (const metric of metrics) statements.push(metric.sql({ scope, period: PERIOD, now: NOW }))
    }
    // All at once, as a report asks: more statements than threads, each answered with its own rows.
    const answers = await Promise.all(statements.map(rows))
    for (const [i, statement] of statements.entries()) expect(answers[i]).toEqual(await clientRows(statement))
    expect(answers.flat().length).toBeGreaterThan(0)
    expect(
      answers
        .flat()
        .flatMap(Object.values)
        .some((value) => typeof value === 'bigint'),
    ).toBe(false)
  })

  it('reject a statement that fails or would write, and go on answering', async () => {
    await expect(rows({ sql: 'SELECT count(*) FROM no_such_table', args: {} })).rejects.toThrow(
      /no such table/,
    )
    await expect(rows({ sql: 'DELETE FROM teams WHERE 1 = 0 RETURNING id', args: {} })).rejects.toThrow(
      /readonly/,
    )
    expect(await rows({ sql: 'SELECT count(*) AS teams FROM teams', args: {} })).toEqual([{ teams: 2 }])
  })

  it('answer the statement under way when closed, refuse those waiting, and start anew after', async () => {
    const readers = statisticsReaders(String(process.env.DATABASE_URI).replace(/^file:/, ''), [], 1)
    const count = { sql: 'SELECT count(*) AS teams FROM teams', args: {} }
    const underWay = readers.rows(count)
    const refused = expect(readers.rows(count)).rejects.toThrow(/closed/)
    await readers.close()
    expect(await underWay).toEqual([{ teams: 2 }])
    await refused
    expect(await readers.rows(count)).toEqual([{ teams: 2 }])
    await readers.close()
  })
})

describe('GET /api/statistics/team', () => {
  it('answers each staff member the defined report of what they may see', async () => {
    for (const who of ['admin', 'u1', 'u2']) {
      const now = new Date()
      const { status, body } = await team(users[who])
      expect(status).toBe(200)
      const scope = statisticsScope({ ...users[who], collection: 'users' }, null)!
      expect(body).toEqual(teamReportOf(facts, scope, PERIOD, now, nameOf))
    }
  })

  it("never counts another team's records for a recruiter", async () => {
    const own = (await team(users.u1)).body as TeamReport
    expect(own.registrations?.total).toBe(6)
    expect(own.evenings?.map((row) => row.name)).toEqual(['Kväll i Norrby'])
    // Team B's registration r10 attended A's evening and reached approval: A does not see that.
    expect(own.evenings?.[0]).toMatchObject({
      bookings: 4,
      confirmedSeats: 4,
      attended: 2,
      reachedAssessment: 1,
    })
    expect(own.applications?.total).toBe(4)
    const other = (await team(users.u2)).body as TeamReport
    expect(other.registrations?.total).toBe(2)
    expect(other.evenings?.map((row) => row.name)).toEqual(['Team B:s kväll'])
    expect(other.applications).toBeUndefined()
    const everything = (await team(users.admin)).body as TeamReport
    expect(everything.registrations?.total).toBe(8)
    expect(everything.evenings?.[0].reachedAssessment).toBe(2)
  })

  it('answers each role only the sections its scope has', async () => {
    const sectionsOf = async (who: string) => Object.keys((await team(users[who])).body as object).sort()
    const base = ['municipality', 'period']
    const interest = ['atRisk', 'campaigns', 'evenings', 'firstContact', 'funnel', 'registrations']
    expect(await sectionsOf('intake')).toEqual([...base, 'applications'].sort())
    expect(await sectionsOf('u2')).toEqual([...base, ...interest].sort())
    expect(await sectionsOf('u1')).toEqual([...base, ...interest, 'applications'].sort())
    expect(await sectionsOf('admin')).toEqual([...base, ...interest, 'applications'].sort())
    expect(((await team(users.intake)).body as TeamReport).applications?.total).toBe(4)
  })

  it('filters a cooperation by municipality', async () => {
    const { body } = await team(users.u1, `from=${PERIOD.from}&to=${PERIOD.to}&municipality=${id('m2')}`)
    expect((body as TeamReport).registrations?.total).toBe(2)
    expect((body as TeamReport).municipality).toBe(id('m2'))
  })

  it('answers 401 to anyone not signed in, 403 to staff without statistics, 400 to a bad period', async () => {
    expect((await team()).status).toBe(401)
    expect((await team(users.communications)).status).toBe(403)
    expect((await team(users.u1, 'from=2026-05-01')).status).toBe(400)
    expect((await team(users.u1, 'from=2026-06-01&to=2026-05-01')).status).toBe(400)
    expect((await team(users.u1, 'from=2026-02-30&to=2026-05-01')).status).toBe(400)
  })
})

describe('GET /api/statistics/public', () => {
  it('answers anyone the suppressed aggregates: no cell under 5, no personal detail, no record', async () => {
    const now = new Date()
    const { status, body } = await get('/statistics/public')
    expect(status).toBe(200)
    const statistics = body as PublicStatistics
    const cells = statistics.areas.flatMap((area) =>
      area.rows.flatMap((row) => [
        row.interestRegistrations,
        row.eveningsHeld,
        row.eveningAttendees,
        row.approvals,
      ]),
    )
    for (const cell of cells) if ('value' in cell) expect(cell.value).toBeGreaterThanOrEqual(5)
    for (const area of statistics.areas)
      for (const row of area.rows)
        expect(Object.keys(row).sort()).toEqual(
          ['approvals', 'eveningAttendees', 'eveningsHeld', 'interestRegistrations', 'quarter'].sort(),
        )
    const text = JSON.stringify(body)
    for (const detail of personal) expect(text).not.toContain(detail)
    const { docs } = await payload.find({ collection: 'municipalities', depth: 0, pagination: false })
    const areas = docs.map((doc) => ({ id: String(doc.id), slug: doc.slug, name: doc.name }))
    const siteName = (await payload.findGlobal({ slug: 'site-settings' })).siteName
    expect({ ...statistics, generatedAt: '' }).toEqual({
      ...publicStatisticsOf(publicCountsOf(facts, now), areas, siteName, now),
      generatedAt: '',
    })
  })

  it('publishes the portal total and withholds the municipalities it would reveal', async () => {
    const statistics = (await get('/statistics/public')).body as PublicStatistics
    const q2 = (slug: string | null) =>
      statistics.areas.find((area) => area.slug === slug)?.rows.find((row) => row.quarter === '2026-Q2')
    expect(q2(null)?.interestRegistrations).toEqual({ value: 9 })
    expect(q2('söderby')?.interestRegistrations).toEqual({ suppressed: 'fewer-than-5' })
    expect(q2('norrby')?.interestRegistrations).toEqual({ suppressed: 'complementary' })
  })
})
