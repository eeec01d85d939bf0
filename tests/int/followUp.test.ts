import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runFollowUp } from '../../cms/jobs/followUp'
import { createApplication, createNotifiedTeam, openTestPayload } from './helpers'

let payload: Payload
let ids: { municipality: string; team: string }
const days = (n: number) => new Date(Date.now() + n * 86_400_000)

beforeAll(async () => {
  payload = await openTestPayload()
  ids = await createNotifiedTeam(payload)
})

const application = (extra: Record<string, unknown> = {}) =>
  createApplication(payload, ids.municipality, [ids.team], extra)

const reminders = async () =>
  (await payload.find({ collection: 'outbox', where: { kind: { equals: 'team-reminder' } }, depth: 0 })).docs

describe('follow-up reminders', () => {
  it('remind the team once, in one message, when nobody has acted for three working days', async () => {
    const first = await application()
    const second = await application()
    expect(await runFollowUp(payload, days(1))).toEqual({ reminded: 0, flagged: 0 })
    expect(await runFollowUp(payload, days(6))).toEqual({ reminded: 2, flagged: 0 })
    const [message] = await reminders()
    expect(message.to).toBe('team@testby.example.org')
    for (const id of [first, second])
      expect(message.text).toContain((await payload.findByID({ collection: 'applications', id })).reference)
    expect(message.text).not.toContain('Bo Berg')
    expect(await runFollowUp(payload, days(7))).toEqual({ reminded: 0, flagged: 0 })
    expect(await reminders()).toHaveLength(1)
  })

  it('flag what has not changed for thirty days, and a change by staff clears the flag', async () => {
    const id = await application()
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'admin-fu@example.org', password: 'a-long-test-password', roles: ['admin'] },
    })
    const setStatus = (status: 'contacted' | 'closed') =>
      payload.update({ collection: 'applications', id, data: { status }, user: admin, overrideAccess: false })
    await setStatus('contacted')
    const { flagged } = await runFollowUp(payload, days(31))
    expect(flagged).toBeGreaterThanOrEqual(1)
    expect((await payload.findByID({ collection: 'applications', id })).atRisk).toBe(true)
    await setStatus('closed')
    expect((await payload.findByID({ collection: 'applications', id })).atRisk).toBe(false)
  })
})
