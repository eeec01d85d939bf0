import { type Payload, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { book } from '../../../../cms/useCases/bookSeat'
import { seatStore } from '../../../../cms/collections/SeatLedgers/store'
import { remindBookers } from '../../../../cms/jobs/bookingNotices'
import { createEvening, createTownWithTwoTeams, openTestPayload } from '../../helpers'

let payload: Payload
const ids: Record<string, string> = {}
const person = (i: number) => ({
  name: `Person ${i}`,
  email: `person${i}@example.org`,
  seats: i % 5 === 0 ? 2 : 1,
  services: [],
  consent: true as const,
  locale: 'sv' as const,
})

async function evening(capacity: number, extra: Record<string, unknown> = {}) {
  const id = await createEvening(payload, ids.municipality, ids.team, { capacity, ...extra })
  return { id, organizingTeam: ids.team }
}

const bookingsOf = async (id: string) =>
  (
    await payload.find({
      collection: 'bookings',
      where: { evening: { equals: id } },
      sort: 'sequence',
      pagination: false,
      depth: 0,
    })
  ).docs
const runJobs = async () => {
  for (let i = 0; i < 5; i += 1) await payload.jobs.run({ allQueues: true, limit: 500, silent: true })
}

beforeAll(async () => {
  payload = await openTestPayload()
  Object.assign(ids, await createTownWithTwoTeams(payload, 'Testby', '9996'))
})

describe('seats at an information evening', () => {
  it('are never overbooked by 300 simultaneous bookings for 40 seats; the rest wait in order, none lost', async () => {
    const target = await evening(40)
    const results = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => book(await createLocalReq({}, payload), target, person(i))),
    )
    const stored = await bookingsOf(target.id)
    expect(stored).toHaveLength(300)
    expect(results.every((result) => result !== 'closed')).toBe(true)
    const confirmed = stored.filter((doc) => doc.status === 'confirmed')
    expect(confirmed.reduce((sum, doc) => sum + doc.seats, 0)).toBe(40)
    const ledger = await seatStore(payload).read(target.id)
    expect(ledger).toMatchObject({ seatsConfirmed: 40, waitlistCount: 300 - confirmed.length })
    // Arrival order is the ledger's: every place from 1 to 300 is taken exactly once.
    expect(stored.map((doc) => doc.sequence)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1))
    ids.full = target.id
  })

  it('bookings that share a commit never exceed capacity, and a booking that fails there gives its seat back', async () => {
    const target = await evening(3)
    const hooks = payload.collections.bookings.config.hooks
    const failing: typeof hooks.beforeChange = [
      ({ data }) => {
        if (String(data.name).startsWith('Failing')) throw new Error('the booking could not be stored')
        return data
      },
    ]
    hooks.beforeChange = [...failing, ...hooks.beforeChange]
    // Sent together: 8 keys, 4 of them sent twice (a retry racing its original), and 2 that fail.
    const attempts = Array.from({ length: 14 }, (_, i) => ({
      data: i >= 12 ? { ...person(i), name: `Failing ${i}` } : person(i % 8),
      key: i >= 12 ? undefined : `batch-${target.id}-${i % 8}`,
    }))
    const outcomes = await Promise.allSettled(
      attempts.map(async ({ data, key }) => book(await createLocalReq({}, payload), target, data, key)),
    ).finally(() => hooks.beforeChange.splice(0, failing.length))
    expect(outcomes.slice(12).map((outcome) => outcome.status)).toEqual(['rejected', 'rejected'])
    const answers = outcomes.slice(0, 12).map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value)
    // A retry is answered with its original's booking.
    expect(answers.slice(8)).toEqual(answers.slice(0, 4))
    const stored = await bookingsOf(target.id)
    expect(stored.map((doc) => doc.reference).sort()).toEqual(
      answers
        .slice(0, 8)
        .map((answer) => (answer as { reference: string }).reference)
        .sort(),
    )
    const confirmedSeats = stored
      .filter((doc) => doc.status === 'confirmed')
      .reduce((sum, doc) => sum + doc.seats, 0)
    expect(confirmedSeats).toBeLessThanOrEqual(3)
    // The ledger counts exactly the stored bookings: what failed or lost took nothing with it.
    expect(await seatStore(payload).read(target.id)).toMatchObject({
      seatsConfirmed: confirmedSeats,
      waitlistCount: stored.filter((doc) => doc.status === 'waitlisted').length,
    })
    expect(new Set(stored.map((doc) => doc.sequence)).size).toBe(8)
  })

  it('a cancellation moves the first in line who fits up on the seats queue, ahead of any backlog, and tells them', async () => {
    const [cancelled] = (await bookingsOf(ids.full)).filter(
      (doc) => doc.status === 'confirmed' && doc.seats === 1,
    )
    const firstWaiting = (await bookingsOf(ids.full)).find(
      (doc) => doc.status === 'waitlisted' && doc.seats === 1,
    )
    await payload.update({ collection: 'bookings', id: cancelled.id, data: { status: 'cancelled' } })
    expect(await seatStore(payload).read(ids.full)).toMatchObject({ seatsConfirmed: 39, held: 1 })
    // A newcomer cannot take the seat that waits for the waitlist.
    expect(
      await book(await createLocalReq({}, payload), { id: ids.full, organizingTeam: ids.team }, person(1001)),
    ).toMatchObject({ status: 'waitlisted' })
    // The rush's 300 pipeline jobs still wait on the default queue; the promotion does not wait for them.
    const backlog = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'default' } }, { completedAt: { exists: false } }] },
    })
    expect(backlog.totalDocs).toBeGreaterThanOrEqual(300)
    await payload.jobs.run({ queue: 'seats', silent: true })
    expect((await bookingsOf(ids.full)).find((doc) => doc.id === firstWaiting?.id)?.status).toBe('confirmed')
    await runJobs()
    // Anyone waiting ahead of the promoted single is a couple, for whom one seat was not enough.
    const after = await bookingsOf(ids.full)
    expect(after.find((doc) => doc.id === firstWaiting?.id)?.status).toBe('confirmed')
    expect(
      after
        .filter((doc) => doc.status === 'waitlisted' && doc.sequence < (firstWaiting?.sequence ?? 0))
        .every((doc) => doc.seats === 2),
    ).toBe(true)
    expect(await seatStore(payload).read(ids.full)).toMatchObject({ seatsConfirmed: 40, held: 0 })
    const mail = await payload.find({
      collection: 'outbox',
      where: { kind: { equals: 'booking-promoted' } },
      depth: 0,
    })
    expect(mail.docs.map((doc) => doc.to)).toEqual([firstWaiting?.email])
  })

  it('two simultaneous cancellations of one booking give its seats back once', async () => {
    const target = await evening(5)
    const result = await book(await createLocalReq({}, payload), target, { ...person(2000), seats: 2 })
    expect(result).toMatchObject({ status: 'confirmed' })
    const [doc] = await bookingsOf(target.id)
    await Promise.all(
      [1, 2].map(() => payload.update({ collection: 'bookings', id: doc.id, data: { status: 'cancelled' } })),
    )
    expect(await seatStore(payload).read(target.id)).toMatchObject({ seatsConfirmed: 0 })
  })

  it('refuses bookings when the evening is closed, cancelled or past its booking deadline', async () => {
    for (const extra of [
      { status: 'closed' },
      { status: 'cancelled' },
      { startsAt: new Date(Date.now() + 3_600_000).toISOString(), bookingsCloseHoursBefore: 2 },
    ]) {
      const target = await evening(10, extra)
      expect(await book(await createLocalReq({}, payload), target, person(3000))).toBe('closed')
    }
  })

  it('staff may cancel a booking but never hand out a seat by hand', async () => {
    const [waiting] = (await bookingsOf(ids.full)).filter((doc) => doc.status === 'waitlisted')
    await expect(
      payload.update({ collection: 'bookings', id: waiting.id, data: { status: 'confirmed' } }),
    ).rejects.toThrow(/only be cancelled/)
  })
})

describe('a booking in the pipeline', () => {
  it('creates or reuses one interest registration per person and municipality, moved to "information evening"', async () => {
    const target = await evening(10)
    await book(await createLocalReq({}, payload), target, { ...person(4000), email: 'Sam@Example.org' })
    await book(await createLocalReq({}, payload), await evening(10), {
      ...person(4001),
      email: 'sam@example.org',
    })
    await runJobs()
    const registrations = await payload.find({
      collection: 'interest-registrations',
      where: { email: { like: 'sam@example.org' } },
      depth: 0,
    })
    expect(registrations.docs).toHaveLength(1)
    expect(registrations.docs[0]).toMatchObject({ status: 'information-evening', routedTeams: [ids.team] })
    const [booking] = await bookingsOf(target.id)
    expect(booking.interestRegistration).toBe(registrations.docs[0].id)
    await payload.update({ collection: 'bookings', id: booking.id, data: { attendance: 'attended' } })
    expect(
      (await payload.findByID({ collection: 'interest-registrations', id: registrations.docs[0].id })).status,
    ).toBe('assessment')
    const confirmation = (
      await payload.find({
        collection: 'outbox',
        where: { and: [{ kind: { equals: 'booking-confirmed' } }, { to: { equals: 'Sam@Example.org' } }] },
        depth: 0,
      })
    ).docs[0]
    expect(confirmation.attachments).toHaveLength(1)
    expect(confirmation.text).toContain('/api/bookings/cancel?token=')
    expect(confirmation.text).not.toContain('Person 4000')
  })

  it("never hands another team's registration to the organising team on an unverified address", async () => {
    // A volunteer registered with the other team; someone books this team's evening with their address.
    const victim = await payload.create({
      collection: 'interest-registrations',
      data: {
        reference: 'KP-VICTIM-1',
        status: 'contacted',
        municipality: ids.municipality,
        routedTeams: [ids.other],
        services: ['contact-family'],
        name: 'Vera',
        email: 'vera@example.org',
        phone: '070-1',
        consentAt: new Date().toISOString(),
      } as never,
      context: { fromBooking: true },
    })
    const target = await evening(10)
    await book(await createLocalReq({}, payload), target, { ...person(5000), email: 'VERA@example.org' })
    await runJobs()
    const after = await payload.findByID({ collection: 'interest-registrations', id: victim.id, depth: 0 })
    expect(after).toMatchObject({ status: 'contacted', routedTeams: [ids.other] })
    const [booking] = await bookingsOf(target.id)
    const own = await payload.findByID({
      collection: 'interest-registrations',
      id: String(booking.interestRegistration),
      depth: 0,
    })
    expect(own).toMatchObject({
      routedTeams: [ids.team],
      status: 'information-evening',
      possibleDuplicates: [victim.id],
    })
    // Attending this team's evening moves this team's registration, nobody else's.
    await payload.update({ collection: 'bookings', id: booking.id, data: { attendance: 'attended' } })
    expect((await payload.findByID({ collection: 'interest-registrations', id: victim.id })).status).toBe(
      'contacted',
    )
    expect((await payload.findByID({ collection: 'interest-registrations', id: own.id })).status).toBe(
      'assessment',
    )
  })

  it('lets the team note attendance and notes, and nothing that moves seats, people or links', async () => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'writer@example.org',
        password: 'a-long-test-password',
        roles: ['recruiter'],
        teams: [ids.team],
      },
    })
    const target = await evening(10)
    const other = await evening(10)
    await book(await createLocalReq({}, payload), target, person(6000))
    await runJobs()
    const [booking] = await bookingsOf(target.id)
    const attempt = {
      seats: 2,
      team: ids.other,
      evening: other.id,
      name: 'Someone else',
      email: 'else@example.org',
      sequence: 99,
      interestRegistration: null,
      attendance: 'no-show',
      staffNotes: 'Ringde, kommer nästa gång.',
    }
    await payload.update({
      collection: 'bookings',
      id: booking.id,
      data: attempt as never,
      user,
      overrideAccess: false,
    })
    const after = await payload.findByID({ collection: 'bookings', id: booking.id, depth: 0 })
    expect(after).toMatchObject({
      seats: booking.seats,
      team: ids.team,
      evening: target.id,
      name: booking.name,
      email: booking.email,
      sequence: booking.sequence,
      interestRegistration: booking.interestRegistration,
    })
    expect(after).toMatchObject({ attendance: 'no-show', staffNotes: 'Ringde, kommer nästa gång.' })
  })

  it('an admin deleting a booking gives its seats back', async () => {
    const target = await evening(3)
    await book(await createLocalReq({}, payload), target, { ...person(7000), seats: 2 })
    const [booking] = await bookingsOf(target.id)
    await payload.delete({ collection: 'bookings', id: booking.id })
    expect(await seatStore(payload).read(target.id)).toMatchObject({ seatsConfirmed: 0 })
  })

  it('is seen by the organising team only', async () => {
    const recruiter = (team: string) =>
      payload.create({
        collection: 'users',
        data: {
          email: `r${team}@example.org`,
          password: 'a-long-test-password',
          roles: ['recruiter'],
          teams: [team],
        },
      })
    const own = await recruiter(ids.team)
    const other = await recruiter(ids.other)
    expect(
      (await payload.count({ collection: 'bookings', user: own, overrideAccess: false })).totalDocs,
    ).toBeGreaterThan(0)
    expect(
      (await payload.count({ collection: 'bookings', user: other, overrideAccess: false })).totalDocs,
    ).toBe(0)
  })
})

describe('reminders and notices to bookers', () => {
  it('reminds confirmed bookers once, 48 hours before, and tells everyone when the evening is cancelled', async () => {
    const target = await evening(3, { startsAt: new Date(Date.now() + 72 * 3_600_000).toISOString() })
    for (let i = 0; i < 4; i += 1)
      await book(await createLocalReq({}, payload), target, { ...person(5000 + i), seats: 1 })
    const mailTo = async (kind: string) =>
      (
        await payload.find({
          collection: 'outbox',
          where: { and: [{ kind: { equals: kind } }, { to: { like: 'person500' } }] },
          depth: 0,
          pagination: false,
        })
      ).docs
        .map((doc) => doc.to)
        .sort()
    expect(await remindBookers(payload, new Date(Date.now() + 23 * 3_600_000))).toBe(0)
    expect(await remindBookers(payload, new Date(Date.now() + 25 * 3_600_000))).toBe(3)
    expect(await remindBookers(payload, new Date(Date.now() + 26 * 3_600_000))).toBe(0)
    expect(await mailTo('booking-reminder')).toEqual([
      'person5000@example.org',
      'person5001@example.org',
      'person5002@example.org',
    ])
    await payload.update({
      collection: 'info-evenings',
      id: target.id,
      data: { status: 'cancelled', _status: 'published' } as never,
    })
    await runJobs()
    expect(await mailTo('evening-cancelled')).toHaveLength(4)
    expect(await book(await createLocalReq({}, payload), target, person(5100))).toBe('closed')
  })
})
