import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { remindOfNextAction } from '../../../../core/domain/caseWork'
import { followUpActions } from '../../../../core/domain/followUp'
import { nextStatuses } from '../../../../core/domain/pipeline'
import { REFERENCE_PATTERN } from '../../../../core/domain/reference'
import { retentionCutoffs, retentionDefaults } from '../../../../core/domain/retention'
import { workingDaysAfter } from '../../../../core/domain/workingDays'
import { planEvenings } from '../../../../cms/seed/history/evenings'
import { generateHistory } from '../../../../cms/seed/history/generate'
import type { HistoryWorld } from '../../../../cms/seed/history/model'
import type { SeedOrganisation } from '../../../../cms/seed/model'

const organisation = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../../content/organisation.json'), 'utf8'),
) as SeedOrganisation
const now = new Date('2026-12-06T10:00:00Z')
const SHARES: Record<string, number> = { stockholm: 66, osteraker: 13, vaxholm: 8, nykvarn: 13 }

/** The demo organisation with keys for ids; one team member for Södermalm's children and young people. */
const world = (): HistoryWorld => {
  const plans = planEvenings(now, [
    {
      team: 'stockholm-central',
      key: 'stockholm-central',
      municipality: 'stockholm',
      everyDays: 28,
      capacity: 40,
    },
    {
      team: 'sodermalm-barn-unga',
      key: 'sodermalm-barn-unga',
      municipality: 'stockholm',
      everyDays: 56,
      capacity: 25,
    },
    {
      team: 'roslagen-rekrytering',
      key: 'roslagen-rekrytering',
      municipality: 'vaxholm',
      everyDays: 42,
      capacity: 25,
    },
  ])
  return {
    now,
    admin: 'admin',
    teams: organisation.teams.map((team) => ({
      ...team,
      id: team.key,
      active: true,
      members: {
        interest: team.key === 'sodermalm-barn-unga' ? 'recruiter' : null,
        application: team.key === 'vaxholm-mottagning' ? 'intake' : null,
      },
    })),
    municipalities: organisation.municipalities.map((m) => ({
      id: m.key,
      key: m.key,
      districts: m.districts.map((district) => district.key),
      fallbackTeam: m.fallbackTeam,
      share: SHARES[m.key],
    })),
    campaigns: [
      {
        id: 'autumn',
        startsAt: '2026-09-01T00:00:00Z',
        endsAt: '2026-10-15T00:00:00Z',
        municipalities: ['stockholm', 'nykvarn'],
      },
    ],
    evenings: plans.map((plan) => ({ ...plan, id: plan.key })),
  }
}

const history = generateHistory(world(), { seed: 7, registrations: 3000, applications: 400 })
const submissions = [...history.registrations, ...history.applications]
const kindOf = (doc: object) => ('services' in doc ? 'interest' : 'application')
const reached = (status: string) =>
  history.registrations.filter((doc) => doc.history.some((entry) => entry.status === status)).length

describe('the generated demo history', () => {
  it('is the same for the same seed and differs for another', () => {
    const again = generateHistory(world(), { seed: 7, registrations: 3000, applications: 400 })
    expect(JSON.stringify(again.registrations)).toBe(JSON.stringify(history.registrations))
    const other = generateHistory(world(), { seed: 8, registrations: 50, applications: 0 })
    expect(other.registrations[0].reference).not.toBe(history.registrations[0].reference)
  })

  it('keeps every history and contact log in time order, starting with `new` on arrival', () => {
    for (const doc of submissions) {
      expect(doc.history[0]).toMatchObject({ status: 'new', at: doc.createdAt, by: null })
      const times = doc.history.map((entry) => entry.at)
      expect(times).toEqual([...times].sort())
      const logged = doc.contactLog.map((entry) => entry.at)
      expect(logged).toEqual([...logged].sort())
      expect(logged.every((at) => at >= doc.createdAt)).toBe(true)
    }
  })

  it('moves only to statuses the pipeline offers, hand-overs keeping the status, and ends where the history ends', () => {
    for (const doc of submissions) {
      doc.history.slice(1).forEach((entry, i) => {
        const before = doc.history[i].status
        if (entry.toTeam) expect(entry.status).toBe(before)
        else expect(nextStatuses(kindOf(doc), before)).toContain(entry.status)
      })
      expect(doc.status).toBe(doc.history[doc.history.length - 1].status)
    }
  })

  it('has nothing dated after now but the next actions still to do', () => {
    const iso = now.toISOString()
    for (const doc of submissions) {
      const dates = [
        doc.createdAt,
        doc.updatedAt,
        doc.lastChangeAt,
        doc.consentAt,
        doc.remindedAt ?? '',
        ...doc.history.map((entry) => entry.at),
        ...doc.contactLog.map((entry) => entry.at),
      ]
      expect(dates.filter((date) => date > iso)).toEqual([])
      if (doc.nextActionAt) expect(doc.nextActionAt > iso).toBe(true)
    }
    expect(history.bookings.filter((booking) => booking.createdAt > iso)).toEqual([])
  })

  it('leaves the follow-up job nothing to remind or flag, and retention nothing to anonymise', () => {
    for (const doc of submissions) {
      expect(followUpActions(doc, now)).toEqual({ remind: false, flagAtRisk: false })
      expect(remindOfNextAction(doc, now)).toBe(false)
    }
    const cutoffs = retentionCutoffs(now, retentionDefaults())
    for (const doc of history.applications) {
      const due = doc.closedAt !== null && doc.closedAt < cutoffs.applicationClosedBefore
      expect(!!doc.anonymisedAt).toBe(due)
      if (!doc.closedAt) expect(doc.createdAt >= cutoffs.escalateArrivedBefore).toBe(true)
      expect(doc.closedAt !== null).toBe(doc.status === 'closed')
    }
    for (const doc of history.registrations) {
      expect(doc.endedAt !== null).toBe(['withdrawn', 'not-suitable'].includes(doc.status))
      expect(!!doc.anonymisedAt).toBe(doc.endedAt !== null && doc.endedAt < cutoffs.interestEndedBefore)
    }
    const eveningAt = new Map(world().evenings.map((evening) => [evening.id, evening.startsAt]))
    for (const booking of history.bookings)
      expect(!!booking.anonymisedAt).toBe(eveningAt.get(booking.evening)! < cutoffs.bookingEveningBefore)
  })

  it('keeps of what retention has passed only the skeleton statistics count, and a year of it', () => {
    const skeletons = [...submissions, ...history.bookings].filter((doc) => doc.anonymisedAt)
    expect(history.registrations.filter((doc) => doc.anonymisedAt).length).toBeGreaterThan(100)
    expect(history.bookings.filter((doc) => doc.anonymisedAt).length).toBeGreaterThan(100)
    for (const doc of skeletons) {
      expect(doc).toMatchObject({ name: '', phone: '' })
      expect(doc.reference).toMatch(/^ANON-/)
      expect(['', null]).toContain(doc.email)
    }
    for (const doc of submissions.filter((doc) => doc.anonymisedAt)) {
      expect(doc.contactLog.every((line) => line.note === null && line.by === null)).toBe(true)
      expect(doc.history.every((entry) => !entry.reason)).toBe(true)
      expect(doc.history[0].status).toBe('new')
    }
  })

  it('drops off realistically along the main line, with every kind of ending', () => {
    const steps = ['new', 'contacted', 'information-evening', 'assessment', 'approved', 'assigned'].map(
      reached,
    )
    expect(steps[0]).toBe(history.registrations.length)
    steps.slice(1).forEach((count, i) => {
      expect(count).toBeGreaterThan(0)
      expect(count).toBeLessThan(steps[i])
    })
    for (const ending of ['paused', 'withdrawn', 'not-suitable']) expect(reached(ending)).toBeGreaterThan(20)
    expect(
      history.registrations.filter((doc) => doc.history.some((entry) => entry.toTeam)).length,
    ).toBeGreaterThan(10)
  })

  it('contacts most people within five working days, some later', () => {
    const delays = history.registrations.flatMap((doc) => {
      const first = doc.contactLog[0]?.at
      return first ? [first <= workingDaysAfter(new Date(doc.createdAt), 5).toISOString()] : []
    })
    const within = delays.filter(Boolean).length / delays.length
    expect(within).toBeGreaterThan(0.85)
    expect(within).toBeLessThan(1)
  })

  it('mixes channels and campaigns, and a campaign only while it ran where it ran', () => {
    const channels = new Set(history.registrations.map((doc) => doc.channel))
    expect(channels.size).toBeGreaterThanOrEqual(8)
    const fromCampaign = history.registrations.filter((doc) => doc.campaign)
    expect(fromCampaign.length).toBeGreaterThan(30)
    for (const doc of fromCampaign) {
      expect(['stockholm', 'nykvarn']).toContain(doc.municipality)
      expect(doc.createdAt >= '2026-09-01' && doc.createdAt < '2026-10-15').toBe(true)
    }
  })

  it('books past evenings within their seats, for registrations of the organising team, before they start', () => {
    const evenings = new Map(world().evenings.map((evening) => [evening.id, evening]))
    const registrations = new Map(history.registrations.map((doc) => [doc.id, doc]))
    expect(history.bookings.length).toBeGreaterThan(100)
    for (const booking of history.bookings) {
      const evening = evenings.get(booking.evening)
      expect(booking.createdAt < (evening?.startsAt ?? '')).toBe(true)
      expect(booking.team).toBe(evening?.team)
      const registration = registrations.get(booking.interestRegistration)
      if (!booking.anonymisedAt && !registration?.anonymisedAt)
        expect(registration?.email).toBe(booking.email)
      if (booking.attendance) expect(booking.status).toBe('confirmed')
    }
    expect(history.ledgers.size).toBeGreaterThan(0)
    for (const [id, ledger] of history.ledgers) {
      const own = history.bookings.filter((booking) => booking.evening === id)
      const seats = own.filter((b) => b.status === 'confirmed').reduce((sum, b) => sum + b.seats, 0)
      expect(ledger.seatsConfirmed).toBe(seats)
      expect(seats).toBeLessThanOrEqual(evenings.get(id)?.capacity ?? 0)
      expect(ledger.sequence).toBe(own.length)
      expect(own.map((b) => b.sequence).sort((a, b) => a - b)).toEqual(own.map((_, i) => i + 1))
    }
  })

  it('gives only fictitious people: unique references, example.org addresses, numbers reserved for fiction', () => {
    const references = [...submissions, ...history.bookings].map((doc) => doc.reference)
    expect(new Set(references).size).toBe(references.length)
    for (const doc of submissions.filter((doc) => !doc.anonymisedAt)) {
      expect(doc.reference).toMatch(REFERENCE_PATTERN)
      expect(doc.phone).toMatch(/^070-174 06 (0[5-9]|[1-9]\d)$/)
      if (doc.email) expect(doc.email).toMatch(/@example\.org$/)
    }
  })

  it('keeps some hundred applications, called back and closed by intake', () => {
    expect(history.applications.length).toBeGreaterThan(100)
    expect(history.applications.some((doc) => doc.status === 'closed')).toBe(true)
    expect(history.applications.some((doc) => doc.status === 'new')).toBe(true)
  })
})

describe('planned past evenings', () => {
  it('fall on Tuesday to Thursday at 18:00 Stockholm time, all at least a day before now', () => {
    const plans = planEvenings(now, [{ team: 't', key: 't', municipality: 'm', everyDays: 30, capacity: 40 }])
    expect(plans.length).toBeGreaterThanOrEqual(11)
    for (const plan of plans) {
      const at = new Date(plan.startsAt)
      expect([2, 3, 4]).toContain(at.getUTCDay())
      expect(at.getTime()).toBeLessThanOrEqual(now.getTime() - 86_400_000)
      expect(
        new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', timeStyle: 'short' }).format(at),
      ).toBe('18:00')
    }
    expect(plans.filter((plan) => plan.online).length).toBe(Math.floor(plans.length / 2))
  })
})
