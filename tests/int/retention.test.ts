import type { Client } from '@libsql/client'
import { type CollectionSlug, type Payload, type PayloadRequest, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { escalatedApplications } from '../../cms/admin/today/queries'
import { applyRetention } from '../../cms/jobs/retention'
import { queueEmail } from '../../cms/mail/outbox'
import type { User } from '../../cms/payload-types'
import { book } from '../../cms/useCases/bookSeat'
import {
  createApplication,
  createEvening,
  createMunicipality,
  createRegistration,
  createStaff,
  createTeam,
  createTeamStaff,
  expectForbidden,
  openTestPayload,
} from './helpers'

let payload: Payload
let admin: User
const ids: Record<string, string> = {}
const days = (n: number) => new Date(Date.now() + n * 86_400_000)
const asUser = (user: User) => ({ user, overrideAccess: false })

/** Whether the record still holds what the person gave: neither anonymised nor deleted. */
const kept = async (collection: CollectionSlug, id: string) => {
  const doc = await payload.findByID({ collection, id, depth: 0, disableErrors: true })
  return Boolean(doc && !(doc as { anonymisedAt?: string | null }).anonymisedAt)
}

const referenceOf = async (collection: 'applications' | 'interest-registrations', id: string) =>
  (await payload.findByID({ collection, id, depth: 0 })).reference

const recordsFor = async (reference: string) =>
  (
    await payload.find({
      collection: 'deletion-records',
      where: { reference: { equals: reference } },
      depth: 0,
    })
  ).docs

const escalationsTo = async (to: string) =>
  (
    await payload.find({
      collection: 'outbox',
      where: { and: [{ kind: { equals: 'retention-escalation' } }, { to: { equals: to } }] },
      depth: 0,
      sort: 'createdAt',
    })
  ).docs

beforeAll(async () => {
  payload = await openTestPayload()
  // Kortby's records decision is short; Långby keeps the defaults (30 days after closing, and so on).
  ids.short = await createMunicipality(payload, 'Kortby', '9001')
  await payload.update({
    collection: 'municipalities',
    id: ids.short,
    data: {
      retention: {
        applicationDaysAfterClose: 10,
        interestDaysAfterEnd: 5,
        bookingDaysAfterEvening: 2,
        outboxDays: 3,
      },
    },
  })
  ids.long = await createMunicipality(payload, 'Långby', '9002')
  const forms = ['interest' as const, 'application' as const]
  ids.shortTeam = await createTeam(payload, 'Kortby socialtjänst', [ids.short], {
    forms,
    notificationAddress: 'team@kortby.example.org',
  })
  ids.longTeam = await createTeam(payload, 'Långby socialtjänst', [ids.long], {
    forms,
    notificationAddress: 'team@langby.example.org',
  })
  admin = (await createStaff(payload, 'admin')) as User
})

describe('retention per municipality', () => {
  it('anonymises closed applications on each municipality’s own schedule, each leaving a gallring record', async () => {
    const short = await createApplication(payload, ids.short, [ids.shortTeam], { status: 'closed' })
    const long = await createApplication(payload, ids.long, [ids.longTeam], { status: 'closed' })
    const references = [await referenceOf('applications', short), await referenceOf('applications', long)]
    await applyRetention(payload, days(9))
    expect([await kept('applications', short), await kept('applications', long)]).toEqual([true, true])
    await applyRetention(payload, days(11))
    expect([await kept('applications', short), await kept('applications', long)]).toEqual([false, true])
    await applyRetention(payload, days(31))
    expect(await kept('applications', long)).toBe(false)
    expect(await recordsFor(references[0])).toMatchObject([
      { kind: 'application', erasure: 'anonymised', rule: 'application-closed', municipality: ids.short },
    ])
    expect(await recordsFor(references[1])).toMatchObject([
      { kind: 'application', erasure: 'anonymised', rule: 'application-closed', municipality: ids.long },
    ])
  })

  it('never erases an application nobody closed: escalates it to its team and the admins, weekly, and shows it on Today', async () => {
    const open = await createApplication(payload, ids.long, [ids.longTeam])
    const reference = await referenceOf('applications', open)
    const intake = (await createTeamStaff(payload, ['intake'], [ids.longTeam])) as User
    const otherIntake = (await createTeamStaff(payload, ['intake'], [ids.shortTeam])) as User
    const onToday = async (user: User) =>
      (await payload.count({ collection: 'applications', where: escalatedApplications(), ...asUser(user) }))
        .totalDocs

    await applyRetention(payload, days(89))
    expect(await escalationsTo('team@langby.example.org')).toEqual([])
    expect(await onToday(intake)).toBe(0)

    expect((await applyRetention(payload, days(91))).escalated).toBe(1)
    expect(await kept('applications', open)).toBe(true)
    const [toTeam] = await escalationsTo('team@langby.example.org')
    expect(toTeam.text).toContain(reference)
    expect(toTeam.text).toContain(`/admin/collections/applications/${open}`)
    expect(toTeam.text).not.toContain('Bo Berg')
    expect(toTeam.text).not.toContain('08-123 456')
    expect(await escalationsTo(admin.email)).toHaveLength(1)
    expect(await escalationsTo('team@kortby.example.org')).toEqual([])
    expect(await onToday(intake)).toBe(1)
    expect(await onToday(otherIntake)).toBe(0)

    // Again a week later, not every night; still never deleted, however old.
    await applyRetention(payload, days(92))
    expect(await escalationsTo('team@langby.example.org')).toHaveLength(1)
    await applyRetention(payload, days(99))
    expect(await escalationsTo('team@langby.example.org')).toHaveLength(2)
    await applyRetention(payload, days(400))
    expect(await kept('applications', open)).toBe(true)

    await payload.update({
      collection: 'applications',
      id: open,
      data: { status: 'closed' },
      ...asUser(admin),
    })
    expect(await onToday(intake)).toBe(0)
  })

  it('anonymises interest registrations days after they ended, by their municipality’s schedule', async () => {
    const short = await createRegistration(payload, ids.short, [ids.shortTeam])
    const long = await createRegistration(payload, ids.long, [ids.longTeam])
    const active = await createRegistration(payload, ids.long, [ids.longTeam])
    for (const id of [short, long])
      await payload.update({ collection: 'interest-registrations', id, data: { status: 'withdrawn' } })
    const reference = await referenceOf('interest-registrations', short)
    await applyRetention(payload, days(4))
    expect(await kept('interest-registrations', short)).toBe(true)
    await applyRetention(payload, days(6))
    expect(await kept('interest-registrations', short)).toBe(false)
    expect(await kept('interest-registrations', long)).toBe(true)
    await applyRetention(payload, days(91))
    expect(await kept('interest-registrations', long)).toBe(false)
    expect(await kept('interest-registrations', active)).toBe(true)
    expect(await recordsFor(reference)).toMatchObject([
      {
        kind: 'interest-registration',
        erasure: 'anonymised',
        rule: 'interest-ended',
        municipality: ids.short,
      },
    ])
  })

  it('goes by the last change for a registration that ended before the end was stamped', async () => {
    const id = await createRegistration(payload, ids.short, [ids.shortTeam])
    await payload.update({ collection: 'interest-registrations', id, data: { status: 'not-suitable' } })
    const client = (payload.db as unknown as { client: Client }).client
    await client.execute({
      sql: 'UPDATE interest_registrations SET ended_at = NULL WHERE id = ?',
      args: [id],
    })
    await applyRetention(payload, days(6))
    expect(await kept('interest-registrations', id)).toBe(false)
  })

  it('anonymises bookings days after their evening, by the evening’s municipality', async () => {
    const person = {
      name: 'Cecilia Ek',
      email: 'cecilia@example.org',
      seats: 1,
      services: [],
      consent: true,
      locale: 'sv',
    }
    const bookAt = async (municipality: string, team: string) => {
      const evening = await createEvening(payload, municipality, team)
      const result = await book(
        await createLocalReq({}, payload),
        { id: evening, organizingTeam: team },
        person as never,
      )
      if (result === 'closed') throw new Error('the evening was closed')
      return result.reference
    }
    const short = await bookAt(ids.short, ids.shortTeam)
    const long = await bookAt(ids.long, ids.longTeam)
    // Anonymising gives a booking a new reference: the one the person was given finds nothing.
    const stored = async (reference: string) =>
      (await payload.count({ collection: 'bookings', where: { reference: { equals: reference } } })).totalDocs
    // The evenings are a week ahead: Kortby's go 2 days after, Långby's 30.
    await applyRetention(payload, days(8))
    expect([await stored(short), await stored(long)]).toEqual([1, 1])
    await applyRetention(payload, days(10))
    expect([await stored(short), await stored(long)]).toEqual([0, 1])
    await applyRetention(payload, days(38))
    expect(await stored(long)).toBe(0)
    expect(await recordsFor(short)).toMatchObject([
      { kind: 'booking', erasure: 'anonymised', rule: 'booking-after-evening', municipality: ids.short },
    ])
  })

  it('deletes sent e-mail on the schedule of the municipality it is about, other e-mail on the default', async () => {
    const sent = async (key: string, municipality?: string) => {
      await queueEmail(payload, {
        key,
        kind: 'team-notification',
        to: 'team@example.org',
        subject: 'Ämne',
        text: 'Text',
        ...(municipality ? { municipality } : {}),
      })
      const { docs } = await payload.find({ collection: 'outbox', where: { key: { equals: key } }, depth: 0 })
      await payload.update({ collection: 'outbox', id: docs[0].id, data: { status: 'sent' } })
      return String(docs[0].id)
    }
    const short = await sent('retention-mail-short', ids.short)
    const long = await sent('retention-mail-long', ids.long)
    const staff = await sent('retention-mail-none')
    await applyRetention(payload, days(4))
    expect([await kept('outbox', short), await kept('outbox', long), await kept('outbox', staff)]).toEqual([
      false,
      true,
      true,
    ])
    await applyRetention(payload, days(31))
    expect([await kept('outbox', long), await kept('outbox', staff)]).toEqual([false, false])
    expect(await recordsFor(short)).toMatchObject([
      { kind: 'outbox-message', erasure: 'deleted', rule: 'outbox-age' },
    ])
  })

  it('keeps a deleted municipality’s e-mail, on the default schedule', async () => {
    const gone = await createMunicipality(payload, 'Bortby', '9003')
    await queueEmail(payload, {
      key: 'retention-mail-gone',
      kind: 'team-notification',
      to: 'team@example.org',
      subject: 'Ämne',
      text: 'Text',
      municipality: gone,
    })
    await payload.delete({ collection: 'municipalities', id: gone })
    const [message] = (
      await payload.find({
        collection: 'outbox',
        where: { key: { equals: 'retention-mail-gone' } },
        depth: 0,
      })
    ).docs
    expect(message.municipality).toBeFalsy()
  })
})

describe('the deletion records (gallring log)', () => {
  const ALLOWED = [
    'id',
    'reference',
    'kind',
    'erasure',
    'rule',
    'deletedAt',
    'municipality',
    'createdAt',
    'updatedAt',
  ]

  it('hold no personal data: reference, kind, rule, date and municipality only', async () => {
    const { docs } = await payload.find({ collection: 'deletion-records', depth: 0, pagination: false })
    expect(docs.length).toBeGreaterThan(8)
    for (const record of docs) {
      expect(Object.keys(record).filter((key) => !ALLOWED.includes(key))).toEqual([])
      const stored = JSON.stringify(record)
      for (const personal of ['@', 'Anna', 'Andersson', 'Bo Berg', 'Cecilia', '070-123', '08-123'])
        expect(stored).not.toContain(personal)
    }
  })

  it('record a deletion by an admin’s hand too', async () => {
    const id = await createRegistration(payload, ids.short, [ids.shortTeam])
    const reference = await referenceOf('interest-registrations', id)
    await payload.delete({ collection: 'interest-registrations', id, ...asUser(admin) })
    expect(await recordsFor(reference)).toMatchObject([
      { kind: 'interest-registration', erasure: 'deleted', rule: 'by-hand' },
    ])
  })

  it('are read by admins only and written, changed or deleted by nobody over the API', async () => {
    const [record] = (await payload.find({ collection: 'deletion-records', limit: 1, depth: 0 })).docs
    const recruiter = (await createTeamStaff(payload, ['recruiter'], [ids.shortTeam])) as User
    await expectForbidden(payload.find({ collection: 'deletion-records', ...asUser(recruiter) }))
    expect(
      (await payload.find({ collection: 'deletion-records', ...asUser(admin) })).totalDocs,
    ).toBeGreaterThan(0)
    await expectForbidden(
      payload.update({
        collection: 'deletion-records',
        id: record.id,
        data: { rule: 'by-hand' },
        ...asUser(admin),
      }),
    )
    await expectForbidden(payload.delete({ collection: 'deletion-records', id: record.id, ...asUser(admin) }))
    await expectForbidden(
      payload.create({
        collection: 'deletion-records',
        data: {
          reference: 'X',
          kind: 'booking',
          erasure: 'deleted',
          rule: 'by-hand',
          deletedAt: new Date().toISOString(),
        },
        ...asUser(admin),
      }),
    )
  })

  it('export as CSV for admins only, in words and Swedish dates', async () => {
    const { DeletionRecords } = await import('../../cms/collections/DeletionRecords')
    const endpoint = (DeletionRecords.endpoints || []).find(({ path }) => path === '/export.csv')
    const handler = (endpoint as { handler: (req: PayloadRequest) => Promise<Response> }).handler
    const exportAs = async (user: User) =>
      handler((await createLocalReq({ user: { ...user, collection: 'users' } }, payload)) as PayloadRequest)
    const recruiter = (await createTeamStaff(payload, ['recruiter'], [ids.shortTeam])) as User
    await expectForbidden(exportAs(recruiter))
    const response = await exportAs(admin)
    const [header, ...rows] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(header).toBe('Raderad,Åtgärd,Slag,Referens,Regel,Kommun')
    expect(rows.some((row) => row.includes('Ansökan om stöd') && row.includes('Kortby'))).toBe(true)
    expect(rows.every((row) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(row))).toBe(true)
  })
})

describe('an interest registration nobody acts on', () => {
  it('has ended after the months without activity, and is anonymised the days after that', async () => {
    const quiet = await createRegistration(payload, ids.long, [ids.longTeam], { status: 'contacted' })
    const reference = await referenceOf('interest-registrations', quiet)
    // Långby: 12 months without activity, then 90 days.
    await applyRetention(payload, days(365 + 80))
    expect(await kept('interest-registrations', quiet)).toBe(true)
    await applyRetention(payload, days(366 + 92))
    expect(await kept('interest-registrations', quiet)).toBe(false)
    expect(await recordsFor(reference)).toMatchObject([{ rule: 'interest-inactive', municipality: ids.long }])
  })
})
