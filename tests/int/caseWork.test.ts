import { describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import { applicationFactsOf } from '../../cms/fields/applicationFacts'
import { factsOf } from '../../cms/fields/registrationFacts'
import { publicCreate } from '../../cms/collections/publicCreate'
import { inWriteTransaction } from '../../cms/config/writeTransaction'
import { newReference } from '../../core/domain/reference'
import { remindResponsible, runFollowUp } from '../../cms/jobs/followUp'
import { createRegistration, createTownWithTwoTeams, fieldErrors } from './helpers'
import { openWorld, payload, staff } from './world'

const { ids } = openWorld(async ({ ids }) => {
  Object.assign(ids, await createTownWithTwoTeams(payload, 'Kasby', '9995'))
})
const days = (n: number) => new Date(Date.now() + n * 86_400_000)

const registration = (routedTeams = [ids.team]) =>
  createRegistration(payload, ids.municipality, routedTeams, { name: 'Dana Dahl', phone: '070-111 22 33' })

type User = Awaited<ReturnType<typeof staff>>
const update = (id: string, user: User, data: Record<string, unknown>) =>
  payload.update({ collection: 'interest-registrations', id, data, user, overrideAccess: false, depth: 0 })
const read = (id: string) => payload.findByID({ collection: 'interest-registrations', id, depth: 0 })

describe('the contact log', () => {
  it('stamps a new line with the server time and the signed-in user, never what the client sent', async () => {
    const recruiter = await staff(['recruiter'], [ids.team])
    const id = await registration()
    const before = Date.now()
    const saved = await update(id, recruiter, {
      contactLog: [
        { kind: 'call-attempt', note: 'Inget svar', at: '2020-01-01T00:00:00.000Z', by: ids.team },
      ],
    })
    const [line] = saved.contactLog ?? []
    expect(line.by).toBe(recruiter.id)
    expect(Date.parse(line.at as string)).toBeGreaterThanOrEqual(before - 1000)
    expect(line.note).toBe('Inget svar')
  })

  it('refuses staff who rewrite or remove a stored line, and keeps it as it was', async () => {
    const recruiter = await staff(['recruiter'], [ids.team])
    const id = await registration()
    const [line] =
      (await update(id, recruiter, { contactLog: [{ kind: 'reached', note: 'Pratat' }] })).contactLog ?? []
    const colleague = await staff(['recruiter'], [ids.team])
    const edited = await fieldErrors(update(id, colleague, { contactLog: [{ ...line, note: 'Ändrat' }] }))
    expect(Object.keys(edited)).toEqual(['contactLog'])
    await fieldErrors(update(id, colleague, { contactLog: [] }))
    const forged = await update(id, colleague, {
      contactLog: [{ ...line, by: colleague.id, at: '2020-01-01T00:00:00.000Z' }],
    })
    expect(forged.contactLog).toEqual([line])
    expect((await read(id)).contactLog).toEqual([line])
  })

  it('lets an admin correct a line', async () => {
    const recruiter = await staff(['recruiter'], [ids.team])
    const id = await registration()
    const [line] =
      (await update(id, recruiter, { contactLog: [{ kind: 'note', note: 'Fel' }] })).contactLog ?? []
    const admin = await staff(['admin'], [])
    const corrected = await update(id, admin, { contactLog: [{ ...line, note: 'Rätt' }] })
    expect(corrected.contactLog).toEqual([{ ...line, note: 'Rätt' }])
  })
})

describe('untouched and the last change by staff', () => {
  it('only a contact or a status change by staff counts as acting on it', async () => {
    const recruiter = await staff(['recruiter'], [ids.team])
    const id = await registration()
    const arrived = await read(id)
    expect(arrived.untouched).toBe(true)
    const assigned = await update(id, recruiter, {
      responsible: recruiter.id,
      nextAction: 'Ring',
      nextActionAt: days(2).toISOString(),
    })
    expect(assigned.untouched).toBe(true)
    expect(assigned.lastChangeAt).toBe(arrived.lastChangeAt)
    const contacted = await update(id, recruiter, { contactLog: [{ kind: 'call-attempt' }] })
    expect(contacted.untouched).toBe(false)
    expect(Date.parse(contacted.lastChangeAt as string)).toBeGreaterThan(
      Date.parse(arrived.lastChangeAt as string),
    )

    const other = await registration()
    const moved = await update(other, recruiter, { status: 'contacted' })
    expect(moved.untouched).toBe(false)
  })

  it('a move by the system (no user) leaves it untouched, and the team is still reminded', async () => {
    const id = await registration()
    await payload.update({
      collection: 'interest-registrations',
      id,
      data: { status: 'information-evening' },
    })
    expect((await read(id)).untouched).toBe(true)
    await runFollowUp(payload, days(6))
    expect((await read(id)).remindedAt).toBeTruthy()
  })
})

describe('the responsible person', () => {
  it('must work in one of the routed teams in the collection’s role (or be an admin)', async () => {
    const recruiter = await staff(['recruiter'], [ids.team])
    const id = await registration()
    const outsider = await staff(['recruiter'], [ids.other])
    const intake = await staff(['intake'], [ids.team])
    for (const person of [outsider, intake]) {
      const errors = await fieldErrors(update(id, recruiter, { responsible: person.id }))
      expect(Object.keys(errors)).toEqual(['responsible'])
    }
    const colleague = await staff(['recruiter'], [ids.team])
    expect((await update(id, recruiter, { responsible: colleague.id })).responsible).toBe(colleague.id)
    const admin = await staff(['admin'], [])
    expect((await update(id, recruiter, { responsible: admin.id })).responsible).toBe(admin.id)
  })

  it('is picked among the teammates a staff member can read', async () => {
    const recruiter = await staff(['recruiter'], [ids.team])
    const colleague = await staff(['recruiter'], [ids.team])
    const outsider = await staff(['recruiter'], [ids.other])
    const { docs } = await payload.find({
      collection: 'users',
      user: recruiter,
      overrideAccess: false,
      limit: 0,
    })
    const seen = docs.map((doc) => doc.id)
    expect(seen).toContain(colleague.id)
    expect(seen).not.toContain(outsider.id)
  })
})

describe('reminders of overdue next actions', () => {
  it('e-mails the responsible person once per due date, reference and link only', async () => {
    await payload.delete({ collection: 'interest-registrations', where: { id: { exists: true } } })
    const recruiter = await staff(['recruiter'], [ids.team])
    const first = await registration()
    const second = await registration()
    for (const id of [first, second])
      await update(id, recruiter, {
        responsible: recruiter.id,
        nextAction: 'Ring upp',
        nextActionAt: days(1).toISOString(),
      })
    expect(await remindResponsible(payload, days(1))).toBe(0)
    expect(await remindResponsible(payload, days(2))).toBe(2)
    expect(await remindResponsible(payload, days(3))).toBe(0)
    const messages = (
      await payload.find({
        collection: 'outbox',
        where: { kind: { equals: 'next-action-reminder' } },
        depth: 0,
      })
    ).docs
    expect(messages.map((message) => message.to)).toEqual([recruiter.email])
    const [message] = messages
    for (const id of [first, second]) {
      expect(message.text).toContain((await read(id)).reference)
      expect(message.text).toContain(`/admin/collections/interest-registrations/${id}`)
    }
    for (const personal of ['Dana', 'Dahl', '070-111', 'Ring upp'])
      expect(message.text).not.toContain(personal)

    await update(first, recruiter, { nextActionAt: days(4).toISOString() })
    expect(await remindResponsible(payload, days(5))).toBe(1)
  })
})

describe('the statistics’ facts stored on a registration', () => {
  const stored = async (id: string) => {
    const { facts, ...doc } = await read(id)
    const moments = facts?.atRiskMoments?.map(({ at, month }) => ({ at, month }))
    return { facts: { ...facts, atRiskMoments: moments }, doc }
  }
  const dueAfter = (at: string) => new Date(Date.parse(at) + 30 * 86_400_000).toISOString()

  it('follow staff’s contact-log entries and status changes, and stay on other edits', async () => {
    const recruiter = await staff(['recruiter'], [ids.team])
    const id = await registration()
    const arrived = await stored(id)
    expect(arrived.facts).toMatchObject({
      furthestStep: 0,
      firstContactAt: null,
      firstContactWorkingDays: null,
    })
    expect(arrived.facts.atRiskMoments?.map((moment) => moment.at)).toEqual([dueAfter(arrived.doc.createdAt)])

    const [line] = (await update(id, recruiter, { contactLog: [{ kind: 'reached' }] })).contactLog ?? []
    const contacted = await stored(id)
    expect(contacted.facts).toMatchObject({
      furthestStep: 0,
      firstContactAt: line.at,
      firstContactWorkingDays: 0,
    })
    expect(contacted.facts.atRiskMoments?.map((moment) => moment.at)).toEqual([dueAfter(line.at as string)])

    await update(id, recruiter, { status: 'assessment' })
    const assessed = await stored(id)
    const changedAt = assessed.doc.history?.at(-1)?.at as string
    expect(assessed.facts).toMatchObject({
      furthestStep: 3,
      firstContactAt: line.at,
      reachedAssessmentAt: changedAt,
    })
    expect(assessed.facts.atRiskMoments?.map((moment) => moment.at)).toEqual([dueAfter(changedAt)])

    await update(id, recruiter, {
      responsible: recruiter.id,
      nextAction: 'Ring',
      nextActionAt: days(2).toISOString(),
    })
    expect((await stored(id)).facts).toEqual(assessed.facts)
    expect(assessed.facts).toEqual(factsOf(assessed.doc))
  })
})

describe('the statistics’ facts stored on an application', () => {
  const update = (id: string, user: User, data: Record<string, unknown>) =>
    payload.update({ collection: 'applications', id, data, user, overrideAccess: false, depth: 0 })
  const read = (id: string) => payload.findByID({ collection: 'applications', id, depth: 0 })

  it('are kept from the public form’s lean create on, and follow intake’s call back', async () => {
    const intake = await staff(['intake'], [ids.team])
    const req = await createLocalReq({}, payload)
    const id = await inWriteTransaction(req, () =>
      publicCreate(req, 'applications', {
        reference: newReference(),
        idempotencyKey: `key-${Math.random()}`,
        status: 'new',
        municipality: ids.municipality,
        locale: 'sv',
        consentAt: new Date().toISOString(),
        routedTeams: [ids.team],
        central: false,
        routingExplanation: 'team',
        applicant: 'self',
        service: 'contact-person',
        name: 'Bo Berg',
        phone: '08-123 456',
        callTime: 'any',
      }),
    )
    expect((await read(id)).facts).toEqual({ firstContactAt: null, firstContactWorkingDays: null })

    const [line] = (await update(id, intake, { contactLog: [{ kind: 'reached' }] })).contactLog ?? []
    await update(id, intake, { status: 'closed' })
    const closed = await read(id)
    expect(closed.facts).toEqual({ firstContactAt: line.at, firstContactWorkingDays: 0 })
    expect(closed.facts).toEqual(applicationFactsOf(closed))
  })
})
