import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newReference } from '../../core/domain/reference'
import { abandonedBefore, jobLeaseMs, releaseAbandonedJobs } from '../../cms/jobs/abandonedJobs'
import { startFakeResend } from './fakeResend'
import { createEvening, createNotifiedTeam, openTestPayload } from './helpers'

// Retries come quickly here; the default is 5 s, doubling.
process.env.OUTBOX_RETRY_DELAY_MS = '20'

let payload: Payload
let ids: { municipality: string; team: string }
const TEAM_PHONE = '08-555 01 00'
const person = { name: 'Anna Andersson', email: 'anna.andersson@example.org', phone: '070-123 45 67' }

beforeAll(async () => {
  payload = await openTestPayload()
  ids = await createNotifiedTeam(payload)
  // The number a resident's e-mail gives them to call.
  await payload.update({ collection: 'teams', id: ids.team, data: { publicContact: { phone: TEAM_PHONE } } })
  // Unpublished, as this fixture has always been; the confirmation lists it all the same.
  await createEvening(payload, ids.municipality, ids.team, {
    topic: 'Bli kontaktfamilj i Testby',
    capacity: 30,
    _status: 'draft',
  })
})

const outbox = async () =>
  (await payload.find({ collection: 'outbox', pagination: false, sort: 'createdAt', depth: 0 })).docs

type Submissions = 'interest-registrations' | 'applications'

/** Stores a submission routed to the team, as the form endpoint would; returns its reference. */
async function store(collection: Submissions, data: Record<string, unknown>) {
  const reference = newReference()
  const base = {
    reference,
    status: 'new',
    municipality: ids.municipality,
    consentAt: new Date().toISOString(),
    routedTeams: [ids.team],
    central: false,
    locale: 'sv',
  }
  await payload.create({ collection, data: { ...base, ...data } as never })
  return reference
}

async function submit(collection: Submissions, data: Record<string, unknown>) {
  const reference = await store(collection, data)
  // The submission's e-mails are written to the outbox by a job, off the request's path.
  await payload.jobs.run({ where: { taskSlug: { equals: 'notifySubmission' } }, silent: true })
  return reference
}

async function runJobsUntil(done: () => Promise<boolean>, timeoutMs = 20_000) {
  const started = Date.now()
  while (!(await done())) {
    if (Date.now() - started > timeoutMs) throw new Error('the outbox did not drain in time')
    await payload.jobs.run({ allQueues: true, limit: 100, silent: true })
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** Registers `count` volunteers, each with an address of their own (`${prefix}0@example.org`, …). */
async function registerVolunteers(count: number, prefix: string) {
  for (let i = 0; i < count; i += 1)
    await submit('interest-registrations', {
      ...person,
      email: `${prefix}${i}@example.org`,
      services: ['contact-person'],
    })
}

describe('notifications on a new submission', () => {
  it('an interest registration notifies its team and confirms to the volunteer, with evenings and no personal data', async () => {
    const before = (await outbox()).length
    const reference = await submit('interest-registrations', {
      ...person,
      services: ['contact-family'],
      adults: 2,
      children: 1,
      about: 'Jag gillar friluftsliv.',
    })
    const messages = (await outbox()).slice(before)
    expect(messages.map((message) => [message.kind, message.to])).toEqual([
      ['team-notification', 'team@testby.example.org'],
      ['interest-confirmation', person.email],
    ])
    const [team, confirmation] = messages
    expect(team.text).toContain(reference)
    expect(team.text).toMatch(/\/admin\/collections\/interest-registrations\//)
    expect(confirmation.text).toContain('Bli kontaktfamilj i Testby')
    expect(confirmation.text).toContain('Stadshuset')
    expect(confirmation.text.startsWith('Hej!\n')).toBe(true)
    expect(confirmation.text).toContain(`Ring ${TEAM_PHONE}`)
    for (const message of messages) {
      for (const value of [person.name, person.email, person.phone, 'friluftsliv']) {
        expect(message.subject + message.text).not.toContain(value)
      }
    }
  })

  it('an application confirms by e-mail only when an address was given: greeting, reference, who calls, nothing it said', async () => {
    const application = {
      applicant: 'guardian',
      forWhom: 'child',
      service: 'contact-family',
      name: 'Cecilia Carlsson',
      phone: '070-987 65 43',
      callTime: 'morning',
      message: 'Min son behöver stöd.',
    }
    let before = (await outbox()).length
    await submit('applications', application)
    expect((await outbox()).slice(before).map((message) => message.kind)).toEqual(['team-notification'])
    before = (await outbox()).length
    const reference = await submit('applications', {
      ...application,
      email: 'cecilia@example.org',
      locale: 'en',
    })
    const [, confirmation] = (await outbox()).slice(before)
    expect(confirmation.kind).toBe('application-confirmation')
    expect(confirmation.text.startsWith('Hello,\n')).toBe(true)
    expect(confirmation.text).toContain(`Reference: ${reference}`)
    expect(confirmation.text).toContain(`Call ${TEAM_PHONE}`)
    for (const value of [
      application.name,
      application.phone,
      'cecilia@example.org',
      'Min son',
      'contact family',
    ])
      expect(confirmation.subject + confirmation.text).not.toContain(value)
  })
})

describe('the outbox', () => {
  afterAll(() => {
    delete process.env.RESEND_API_KEY
    delete process.env.RESEND_BASE_URL
  })

  it('without a Resend key delivers into the local mailbox', async () => {
    await runJobsUntil(async () => (await outbox()).every((message) => message.status !== 'queued'))
    const messages = await outbox()
    expect(new Set(messages.map((message) => message.status))).toEqual(new Set(['delivered-locally']))
    const files = fs.readdirSync(path.join(process.env.PORTAL_DATA_DIR as string, 'mailbox'))
    expect(files).toHaveLength(messages.length)
    const first = fs.readFileSync(
      path.join(
        process.env.PORTAL_DATA_DIR as string,
        'mailbox',
        files.find((file) => file.endsWith(`${messages[0].id}.txt`)) as string,
      ),
      'utf8',
    )
    expect(first).toContain(`Subject: ${messages[0].subject}`)
  })

  it('through a provider that fails, rate-limits, loses an answer and recovers, delivers every message exactly once', async () => {
    const fake = await startFakeResend(['fail', 'fail', 'rate-limit', 'lose-response', 'fail', 'rate-limit'])
    process.env.RESEND_API_KEY = 're_test_key'
    process.env.RESEND_BASE_URL = fake.url
    const before = (await outbox()).length
    await registerVolunteers(4, 'volunteer')
    const fresh = async () => (await outbox()).slice(before)
    expect(await fresh()).toHaveLength(8)
    await runJobsUntil(async () => (await fresh()).every((message) => message.status === 'sent'))
    const keys = fake.delivered.map((mail) => mail.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toHaveLength(8)
    expect(fake.requests()).toBeGreaterThan(8)
    expect((await fresh()).some((message) => (message.attempts ?? 0) > 1)).toBe(true)
    await fake.close()
  })

  it('sends no more than two requests a second however many are waiting, and waits as long as a 429 asks', async () => {
    const fake = await startFakeResend(['ok', 'rate-limit'])
    process.env.RESEND_BASE_URL = fake.url
    const before = (await outbox()).length
    await registerVolunteers(5, 'paced')
    const fresh = async () => (await outbox()).slice(before)
    await runJobsUntil(async () => (await fresh()).every((message) => message.status === 'sent'), 60_000)
    const [first, limited, ...rest] = fake.arrivals
    expect(fake.arrivals.length).toBe(11)
    // The 429 said "retry after 2 s": nothing else went out before that.
    expect(rest[0] - limited).toBeGreaterThanOrEqual(2000)
    // Requests leave 500 ms apart; on arrival, network jitter may bring two closer, never three into one second.
    const arrivals = [first, limited, ...rest]
    expect(arrivals.every((time, i) => i < 3 || time - arrivals[i - 3] >= 1000)).toBe(true)
    await fake.close()
  })

  it('gives up on a message the provider refuses outright, without blocking the others', async () => {
    const fake = await startFakeResend(['refuse'])
    process.env.RESEND_BASE_URL = fake.url
    const before = (await outbox()).length
    await submit('applications', {
      applicant: 'self',
      service: 'not-sure',
      name: 'Bo',
      phone: '08-123 456',
      callTime: 'any',
      email: 'bo@example.org',
    })
    const fresh = async () => (await outbox()).slice(before)
    await runJobsUntil(async () => (await fresh()).every((message) => message.status !== 'queued'))
    expect((await fresh()).map((message) => message.status).sort()).toEqual(['failed', 'sent'])
    expect(fake.delivered).toHaveLength(1)
    await fake.close()
  })
})

describe('jobs left behind by a process that died', () => {
  it('are queued again when the CMS starts, and do their work once', async () => {
    delete process.env.RESEND_API_KEY
    const reference = await store('interest-registrations', { ...person, services: ['contact-person'] })
    // What a kill -9 mid-task leaves: the job claimed, its work not done.
    await payload.update({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'notifySubmission' }, completedAt: { exists: false } },
      data: { processing: true },
    })
    await payload.jobs.run({ allQueues: true, silent: true })
    const written = async () =>
      (await outbox())
        .filter((message) => message.text.includes(reference))
        .map((message) => message.kind)
        .sort()
    expect(await written()).toEqual([])
    // While this process runs, a fresh claim is left alone: its owner may still be working.
    expect(
      await releaseAbandonedJobs(
        payload,
        abandonedBefore(new Date(), jobLeaseMs(), { atStart: false, soleRunner: true }),
      ),
    ).toBe(0)
    expect(
      await releaseAbandonedJobs(
        payload,
        abandonedBefore(new Date(), jobLeaseMs(), { atStart: true, soleRunner: true }),
      ),
    ).toBe(1)
    await runJobsUntil(
      async () =>
        (await written()).length > 0 && (await outbox()).every((message) => message.status !== 'queued'),
    )
    await payload.jobs.run({ allQueues: true, silent: true })
    expect(await written()).toEqual(['interest-confirmation', 'team-notification'])
  })
})
