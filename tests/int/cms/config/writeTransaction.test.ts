import { type Payload, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { publicCreate } from '../../../../cms/collections/publicCreate'
import { inWriteTransaction } from '../../../../cms/config/writeTransaction'
import { newReference } from '../../../../core/domain/reference'
import { createTownWithTwoTeams, openTestPayload } from '../../helpers'

let payload: Payload
const ids: Record<string, string> = {}

/** A registration and its notification job, as a post stores them; `fail` throws after both are written. */
async function post(name: string, fail = false) {
  const req = await createLocalReq({}, payload)
  return inWriteTransaction(req, async () => {
    const id = await publicCreate(req, 'interest-registrations', {
      reference: newReference(),
      status: 'new',
      municipality: ids.municipality,
      consentAt: new Date().toISOString(),
      routedTeams: [ids.team],
      services: ['contact-family'],
      name,
      email: 'group@example.org',
      phone: '070-123 45 67',
    })
    if (fail) throw new Error(`${name} failed after its writes`)
    return id
  })
}

const storedNames = async () =>
  (
    await payload.find({
      collection: 'interest-registrations',
      where: { email: { equals: 'group@example.org' } },
      pagination: false,
      depth: 0,
    })
  ).docs.map((doc) => doc.name)

beforeAll(async () => {
  payload = await openTestPayload()
  Object.assign(ids, await createTownWithTwoTeams(payload, 'Gruppby', '9992'))
})

describe('posts that arrive together', () => {
  it('share commits, and each is stored whole with its job or not at all', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `Person ${i}`)
    const outcomes = await Promise.allSettled(names.map((name, i) => post(name, i % 7 === 3)))
    const failing = names.filter((_, i) => i % 7 === 3)
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(failing.length)
    expect((await storedNames()).sort()).toEqual(names.filter((name) => !failing.includes(name)).sort())
    const stored = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []))
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'notifySubmission' } },
      pagination: false,
      depth: 0,
    })
    expect(jobs.docs.map((job) => (job.input as { id: string }).id).sort()).toEqual(stored.sort())
  })
})
