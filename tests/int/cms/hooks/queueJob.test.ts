import { type Payload, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { inWriteTransaction } from '../../../../cms/config/writeTransaction'
import { queueJob } from '../../../../cms/hooks/queueJob'
import { openTestPayload } from '../../helpers'

let payload: Payload

/** Every stored field of the job with this input, but for its id and clock times. */
async function storedJob(task: string, input: Record<string, string>) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: task } },
    pagination: false,
    depth: 0,
  })
  const matching = docs.filter((job) => JSON.stringify(job.input) === JSON.stringify(input))
  expect(matching).toHaveLength(1)
  const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = matching[0]
  return rest
}

beforeAll(async () => {
  payload = await openTestPayload()
})

describe('a queued job', () => {
  it.each([
    [
      'notifySubmission',
      'default',
      (n: string) => ({ kind: 'interest', collection: 'interest-registrations', id: n }),
    ],
    ['afterBooking', 'default', (n: string) => ({ booking: n, person: `person-${n}` })],
    ['sendEmail', 'email', (n: string) => ({ message: n, kind: 'team-notification' })],
  ] as const)('%s on the %s queue is stored as Payload’s own queue stores it', async (task, queue, input) => {
    await payload.jobs.queue({
      task,
      queue,
      input: input('by-payload'),
      req: await createLocalReq({}, payload),
    } as never)
    const req = await createLocalReq({}, payload)
    await inWriteTransaction(req, () => queueJob(req, task, input('lean'), queue))
    const [byPayload, lean] = [
      await storedJob(task, input('by-payload')),
      await storedJob(task, input('lean')),
    ]
    expect({ ...lean, input: null, concurrencyKey: null }).toEqual({
      ...byPayload,
      input: null,
      concurrencyKey: null,
    })
    expect(lean.concurrencyKey).toBe(task === 'afterBooking' ? 'pipeline-person-lean' : null)
  })

  it('is not stored when the post it belongs to fails', async () => {
    const req = await createLocalReq({}, payload)
    const input = { kind: 'interest', collection: 'interest-registrations', id: 'failed-post' }
    const failing = inWriteTransaction(req, async () => {
      await queueJob(req, 'notifySubmission', input)
      throw new Error('the submission could not be stored')
    })
    await expect(failing).rejects.toThrow('could not be stored')
    const { docs } = await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })
    expect(docs.filter((job) => JSON.stringify(job.input) === JSON.stringify(input))).toHaveLength(0)
  })
})
