import type { Client } from '@libsql/client'
import { handleEndpoints } from 'payload'
import { describe, expect, it } from 'vitest'

import { newReference } from '../../core/domain/reference'
import { stockholmDay } from '../../core/statistics/calendar'
import { applyRetention } from '../../cms/jobs/retention'
import type { User } from '../../cms/payload-types'
import { compute, statisticsDatabase } from '../../cms/statistics/database'
import { publicCounts } from '../../cms/statistics/public'
import { statisticsScope } from '../../cms/statistics/scope'
import { computeTeamReport } from '../../cms/statistics/teamReport'
import {
  createApplication,
  createEvening,
  createMunicipality,
  createStaff,
  createTeam,
  createRegistration,
} from './helpers'
import { openWorld, payload, staff } from './world'

const days = (n: number) => new Date(Date.now() + n * 86_400_000)
/** What the person and staff wrote: an address and a number typed into free text among them. */
const TYPED = 'Ring 070-765 43 21 eller skriv till hemlig.adress@example.org'
const PERSONAL = ['Anna', 'Andersson', 'anna.andersson@example.org', '070-123 45 67', 'Bo Berg', '08-123 456']
const PERSONAL_TYPED = ['070-765 43 21', 'hemlig.adress@example.org', 'Cecilia', 'cecilia@example.org']

const sqlite = () => (payload.db as unknown as { client: Client }).client
/** Every stored row of a record, its lists and its links, straight from SQLite, as one text. */
async function rawRows(table: string, id: string) {
  const rows = []
  for (const [sql, key] of [
    [`SELECT * FROM ${table} WHERE id = ?`, id],
    [`SELECT * FROM ${table}_rels WHERE parent_id = ?`, id],
    ...['history', 'contact_log'].map((list) => [`SELECT * FROM ${table}_${list} WHERE _parent_id = ?`, id]),
  ]) {
    const exists = await sqlite().execute({
      sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
      args: [sql.split(' FROM ')[1].split(' ')[0]],
    })
    if (exists.rows.length) rows.push(...(await sqlite().execute({ sql, args: [key] })).rows)
  }
  return JSON.stringify(rows)
}

/** GET through Payload's own REST handler, signed in as `user`. */
async function restGet(path: string, user: User) {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'a-long-test-password' },
  })
  const { default: config } = await import('../../cms/payload.config')
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api${path}`, { headers: { authorization: `JWT ${token}` } }),
    payloadInstanceCacheKey: process.env.PORTAL_DATA_DIR,
  })
  return (await response.json()) as { docs: { id: string }[] }
}

const { ids, users } = openWorld(async ({ ids, users }) => {
  ids.municipality = await createMunicipality(payload, 'Statby', '9011')
  await payload.update({
    collection: 'municipalities',
    id: ids.municipality,
    data: {
      retention: {
        applicationDaysAfterClose: 10,
        interestDaysAfterEnd: 5,
        bookingDaysAfterEvening: 2,
        statisticsHorizonDays: 60,
      },
    },
  })
  ids.team = await createTeam(payload, 'Statby socialtjänst', [ids.municipality], {
    forms: ['interest', 'application'],
  })
  users.admin = (await createStaff(payload, 'admin')) as User
  users.staff = (await staff(['recruiter', 'intake'], [ids.team])) as User
  const asStaff = { user: users.staff, overrideAccess: false }

  ids.registration = await createRegistration(payload, ids.municipality, [ids.team], {
    channel: 'advertising',
    about: TYPED,
    idempotencyKey: 'key-of-the-form',
  })
  await payload.update({
    collection: 'interest-registrations',
    id: ids.registration,
    data: { status: 'contacted', nextAction: `Ring tillbaka: ${TYPED}`, responsible: users.staff.id },
    ...asStaff,
  })
  await payload.update({
    collection: 'interest-registrations',
    id: ids.registration,
    data: { contactLog: [{ kind: 'reached', note: TYPED }] },
    ...asStaff,
  })
  await payload.update({
    collection: 'interest-registrations',
    id: ids.registration,
    data: { status: 'withdrawn' },
    ...asStaff,
  })

  ids.evening = await createEvening(payload, ids.municipality, ids.team)
  const booking = await payload.create({
    collection: 'bookings',
    data: {
      reference: newReference(),
      evening: ids.evening,
      team: ids.team,
      status: 'confirmed',
      sequence: 1,
      seats: 2,
      name: 'Cecilia Ek',
      email: 'cecilia@example.org',
      phone: '070-765 43 21',
      needs: TYPED,
      staffNotes: TYPED,
      services: ['contact-family'],
      consentAt: new Date().toISOString(),
      attendance: 'attended',
      interestRegistration: ids.registration,
    },
  })
  ids.booking = String(booking.id)

  ids.application = await createApplication(payload, ids.municipality, [ids.team], {
    status: 'closed',
    message: TYPED,
    email: 'bo.berg@example.org',
  })
})

const period = { from: stockholmDay(days(-10)), to: stockholmDay(days(20)) }
const NOW = days(40)
async function statistics() {
  const scope = statisticsScope({ ...users.admin, collection: 'users' }, null)!
  const db = statisticsDatabase(payload)
  return {
    team: await computeTeamReport(db, { scope, period, now: NOW }, async () => () => ''),
    public: await compute(db, publicCounts, { now: NOW }),
  }
}

const RECORDS = [
  ['interest_registrations', 'registration'],
  ['bookings', 'booking'],
  ['applications', 'application'],
] as const

describe('gallring anonymises what statistics count', () => {
  it('erases every personal field, free text whole, and keeps the statistics of the period as they were', async () => {
    for (const [table, record] of RECORDS) expect(await rawRows(table, ids[record])).toContain('example.org')
    const before = await statistics()
    // Something to keep: the registration, its staff contact, the evening's attendee, the application.
    expect(before.team).toMatchObject({
      registrations: { total: 1 },
      firstContact: { measured: 1 },
      evenings: [{ bookings: 1, confirmedSeats: 2, attended: 1 }],
      applications: { total: 1 },
    })

    expect(await applyRetention(payload, days(11))).toMatchObject({
      applications: 1,
      'interest-registrations': 1,
      bookings: 1,
      pastHorizon: 0,
    })

    for (const [table, record] of RECORDS) {
      const stored = await rawRows(table, ids[record])
      for (const personal of [...PERSONAL, ...PERSONAL_TYPED, 'bo.berg', 'key-of-the-form', 'Ring'])
        expect(stored, `${table} still holds ${personal}`).not.toContain(personal)
      expect(stored).not.toContain('@')
    }
    const [registration] = (
      await sqlite().execute({
        sql: 'SELECT * FROM interest_registrations WHERE id = ?',
        args: [ids.registration],
      })
    ).rows
    expect(registration).toMatchObject({ status: 'withdrawn', channel: 'advertising', responsible_id: null })
    expect(String(registration.reference)).toMatch(/^ANON-/)
    expect(await statistics()).toEqual(before)
  })

  it('hides the anonymised records from every staff list, view and REST read, admins included', async () => {
    for (const user of [users.staff, users.admin])
      for (const [collection, record] of [
        ['interest-registrations', 'registration'],
        ['bookings', 'booking'],
        ['applications', 'application'],
      ] as const) {
        const listed = await restGet(`/${collection}?limit=100&depth=0`, user)
        expect(listed.docs.map((doc) => String(doc.id))).not.toContain(ids[record])
        const opened = await payload.findByID({
          collection,
          id: ids[record],
          user,
          overrideAccess: false,
          disableErrors: true,
        })
        expect(opened).toBeNull()
      }
  })

  it('records each anonymisation in the gallring log by its old reference, without personal data', async () => {
    const { docs } = await payload.find({
      collection: 'deletion-records',
      where: { erasure: { equals: 'anonymised' } },
      depth: 0,
      pagination: false,
    })
    expect(docs.map((doc) => doc.kind).sort()).toEqual(['application', 'booking', 'interest-registration'])
    expect(docs.every((doc) => !doc.reference.startsWith('ANON-'))).toBe(true)
    const written = JSON.stringify(docs)
    for (const personal of [...PERSONAL, ...PERSONAL_TYPED]) expect(written).not.toContain(personal)
  })

  it('does not anonymise again, and deletes the anonymous records once past the statistics horizon', async () => {
    expect(await applyRetention(payload, days(12))).toMatchObject({
      'interest-registrations': 0,
      bookings: 0,
    })
    expect((await applyRetention(payload, days(59))).pastHorizon).toBe(0)
    // Statby's horizon is 60 days after arrival (for a booking: after its evening, a week ahead).
    expect((await applyRetention(payload, days(61))).pastHorizon).toBe(2)
    expect((await applyRetention(payload, days(68))).pastHorizon).toBe(1)
    for (const [table, record] of RECORDS) expect(await rawRows(table, ids[record])).toBe('[]')
    const { docs } = await payload.find({
      collection: 'deletion-records',
      where: { rule: { equals: 'statistics-horizon' } },
      depth: 0,
      pagination: false,
    })
    expect(docs).toHaveLength(3)
    expect(docs.every((doc) => doc.erasure === 'deleted' && doc.reference.startsWith('ANON-'))).toBe(true)
  })
})
