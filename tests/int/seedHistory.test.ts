import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { nextStatuses } from '../../core/domain/pipeline'
import { seatStore } from '../../cms/collections/SeatLedgers/store'
import { applicationFactsOf } from '../../cms/fields/applicationFacts'
import { factsOf } from '../../cms/fields/registrationFacts'
import { runFollowUp, remindResponsible } from '../../cms/jobs/followUp'
import { applyRetention } from '../../cms/jobs/retention'
import { loadSeedContent } from '../../cms/seed/content'
import { ensureDemoAdmin, ensureDemoStaff } from '../../cms/seed/demoAdmin'
import { type HistoryReport, seedHistory } from '../../cms/seed/history/seedHistory'
import { seedPortal } from '../../cms/seed/seedPortal'
import { openTestPayload } from './helpers'

let payload: Payload
let report: HistoryReport | null
const all = { depth: 0, pagination: false } as const

beforeAll(async () => {
  payload = await openTestPayload()
  await seedPortal(payload, loadSeedContent(path.resolve(import.meta.dirname, '../../content')))
  await ensureDemoAdmin(payload, { email: 'admin@example.org', password: 'a-long-test-password' })
  await ensureDemoStaff(payload, 'a-long-test-password')
  report = await seedHistory(payload, { size: { seed: 1, registrations: 400, applications: 150 } })
})

describe('the demo history in the database', () => {
  it('stores every generated registration, application and booking, readable through Payload', async () => {
    expect(report).not.toBeNull()
    const { registrations, applications, bookings } = report as HistoryReport
    expect((await payload.count({ collection: 'interest-registrations' })).totalDocs).toBe(registrations)
    expect((await payload.count({ collection: 'applications' })).totalDocs).toBe(applications)
    expect((await payload.count({ collection: 'bookings' })).totalDocs).toBe(bookings)
    const { docs } = await payload.find({ collection: 'interest-registrations', ...all })
    for (const doc of docs) {
      expect(doc.history?.[0]?.status).toBe('new')
      doc.history?.slice(1).forEach((entry, i) => {
        const before = doc.history?.[i].status as string
        if (!entry.toTeam) expect(nextStatuses('interest', before)).toContain(entry.status)
      })
      expect(doc.routedTeams?.length).toBeGreaterThan(0)
      expect(doc.services.length).toBeGreaterThan(0)
      if (doc.anonymisedAt)
        expect([doc.reference, doc.name, doc.email]).toEqual([expect.stringMatching(/^ANON-/), '', ''])
      else expect(doc.email).toMatch(/@example\.org$/)
      expect(doc.createdAt < new Date().toISOString()).toBe(true)
      // The statistics' facts, as the hook would have stored them, kept through anonymising.
      const { atRiskMoments, ...facts } = doc.facts ?? {}
      expect({ ...facts, atRiskMoments: atRiskMoments?.map(({ at, month }) => ({ at, month })) }).toEqual(
        factsOf(doc),
      )
    }
    // And the applications' facts (hooks/applicationFacts), kept through anonymising too.
    const { docs: applied } = await payload.find({ collection: 'applications', ...all })
    for (const doc of applied) expect(doc.facts).toEqual(applicationFactsOf(doc))
    expect(applied.some((doc) => doc.facts?.firstContactAt)).toBe(true)
    // Anonymised lines keep no author: the first worked record may be one once a year has passed.
    const worked = docs.find(
      (doc) => !doc.anonymisedAt && (doc.contactLog?.length ?? 0) > 0 && doc.status !== 'new',
    )
    expect(worked?.contactLog?.[0]).toMatchObject({ kind: expect.any(String), by: expect.any(String) })
    expect(worked?.lastChangeAt).toEqual(expect.any(String))
    const handedOver = docs
      .filter((doc) => !doc.anonymisedAt)
      .flatMap((doc) => doc.history ?? [])
      .find((entry) => entry.toTeam)
    expect(handedOver).toMatchObject({ fromTeam: expect.any(String), reason: expect.any(String) })
  })

  it('lists the past evenings and campaigns in the admin (published versions) with ledgers that match the bookings', async () => {
    const evenings = await payload.find({
      collection: 'info-evenings',
      where: { 'seed.key': { like: 'history-' } },
      draft: true,
      ...all,
    })
    expect(evenings.docs.length).toBe(report?.evenings)
    const campaigns = await payload.find({ collection: 'campaigns', draft: true, ...all })
    expect(campaigns.docs.length).toBe(3)
    const { docs: bookings } = await payload.find({ collection: 'bookings', ...all })
    const booked = evenings.docs.filter((evening) => bookings.some((b) => b.evening === evening.id))
    expect(booked.length).toBeGreaterThan(0)
    for (const evening of booked) {
      const own = bookings.filter((booking) => booking.evening === evening.id)
      const ledger = await seatStore(payload).read(String(evening.id))
      expect(ledger?.seatsConfirmed).toBe(
        own.filter((b) => b.status === 'confirmed').reduce((sum, b) => sum + b.seats, 0),
      )
      expect(ledger?.waitlistCount).toBe(own.filter((b) => b.status === 'waitlisted').length)
    }
  })

  it('leaves the follow-up and retention jobs nothing to do, and queues no e-mail', async () => {
    const now = new Date()
    expect(await runFollowUp(payload, now)).toEqual({ reminded: 0, flagged: 0 })
    expect(await remindResponsible(payload, now)).toBe(0)
    expect(Object.values(await applyRetention(payload, now)).every((count) => count === 0)).toBe(true)
    expect((await payload.count({ collection: 'outbox' })).totalDocs).toBe(0)
  })

  it('is written once: a second start adds nothing', async () => {
    const before = (await payload.count({ collection: 'interest-registrations' })).totalDocs
    expect(
      await seedHistory(payload, { size: { seed: 1, registrations: 400, applications: 150 } }),
    ).toBeNull()
    expect((await payload.count({ collection: 'interest-registrations' })).totalDocs).toBe(before)
  })
})
