import { type Payload, type PayloadRequest, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { interestEndpoint } from '../../../../cms/collections/InterestRegistrations/endpoint'
import { createMunicipality, createTeam, openTestPayload } from '../../helpers'

let payload: Payload
const ids: Record<string, string> = {}
const recruiting = {
  forms: ['interest' as const],
  services: ['contact-family' as const],
  programmeAreas: ['sol-children-youth' as const],
}

/** Posts the interest form as the island does (JSON, shown a minute ago); returns the answer. */
async function post(values: Record<string, unknown>, idempotencyKey?: string) {
  const req = await createLocalReq({}, payload)
  const headers = new Headers({ 'content-type': 'application/json' })
  if (idempotencyKey) headers.set('idempotency-key', idempotencyKey)
  const body = {
    services: ['contact-family'],
    municipality: ids.municipality,
    name: 'Anna Andersson',
    email: 'anna.andersson@example.org',
    phone: '070-123 45 67',
    adults: 2,
    consent: true,
    startedAt: Date.now() - 60_000,
    ...values,
  }
  Object.assign(req, { headers, body: new Response(JSON.stringify(body)).body })
  const response = await interestEndpoint.handler(req as PayloadRequest)
  return { status: response.status, ...((await response.json()) as { reference?: string }) }
}

const stored = async (reference: string | undefined) =>
  (
    await payload.find({
      collection: 'interest-registrations',
      where: { reference: { equals: reference } },
      depth: 0,
    })
  ).docs

const routedTo = async (values: Record<string, unknown>) => {
  const answer = await post(values)
  expect(answer.status).toBe(201)
  return (await stored(answer.reference))[0].routedTeams
}

beforeAll(async () => {
  payload = await openTestPayload()
  ids.municipality = await createMunicipality(payload, 'Cacheby', '9995')
  await payload.update({
    collection: 'municipalities',
    id: ids.municipality,
    data: {
      districts: [
        { name: 'Norr', key: 'norr' },
        { name: 'Söder', key: 'soder' },
      ],
    },
  })
  ids.north = await createTeam(payload, 'Cacheby norr', [ids.municipality], {
    ...recruiting,
    districts: ['norr'],
  })
  ids.town = await createTeam(payload, 'Cacheby kommun', [ids.municipality], recruiting)
})

describe('a public form post', () => {
  it('is stored with its notification job, once per idempotency key', async () => {
    const first = await post({}, 'same-key')
    const again = await post({}, 'same-key')
    expect(first.status).toBe(201)
    expect(again).toEqual(first)
    const [doc] = await stored(first.reference)
    expect(await stored(first.reference)).toHaveLength(1)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'notifySubmission' } },
      pagination: false,
      depth: 0,
    })
    expect(jobs.docs.filter((job) => (job.input as { id?: string }).id === String(doc.id))).toHaveLength(1)
  })

  it('sent twice at once with one idempotency key, is stored once and both get its reference', async () => {
    // The form resends with the same key after a dropped answer, while the first is being stored.
    const [first, second] = await Promise.all([
      post({ name: 'Dubbelklick' }, 'twice-at-once'),
      post({ name: 'Dubbelklick' }, 'twice-at-once'),
    ])
    expect(first.status).toBe(201)
    expect(second).toEqual(first)
    expect(await stored(first.reference)).toHaveLength(1)
  })

  it('is stored with its notification job or not at all', async () => {
    // The job's row cannot be written, however it is queued.
    const create = payload.db.create
    payload.db.create = (args) =>
      args.collection === 'payload-jobs'
        ? Promise.reject(new Error('the job table is unavailable'))
        : create.call(payload.db, args)
    try {
      await expect(post({ name: 'Utan jobb' })).rejects.toThrow('the job table is unavailable')
    } finally {
      payload.db.create = create
    }
    const found = await payload.find({
      collection: 'interest-registrations',
      where: { name: { equals: 'Utan jobb' } },
      depth: 0,
    })
    expect(found.docs).toHaveLength(0)
  })

  it('is routed by the teams and districts as they are now, right after staff change them', async () => {
    expect(await routedTo({ district: 'norr' })).toEqual([ids.north])
    // The district team moves to the south: the north is the municipality team's again at once.
    await payload.update({ collection: 'teams', id: ids.north, data: { districts: ['soder'] } })
    expect(await routedTo({ district: 'norr' })).toEqual([ids.town])
    expect(await routedTo({ district: 'soder' })).toEqual([ids.north])
    // A team that stops taking submissions gets none from the next post.
    await payload.update({ collection: 'teams', id: ids.north, data: { active: false } })
    expect(await routedTo({ district: 'soder' })).toEqual([ids.town])
  })

  it('sees a new municipality and a changed fallback team at once', async () => {
    const town = await createMunicipality(payload, 'Nyby', '9994')
    // No team works in Nyby yet: the post waits in the central queue.
    expect(await routedTo({ municipality: town })).toEqual([])
    await payload.update({ collection: 'municipalities', id: town, data: { fallbackTeam: ids.town } })
    expect(await routedTo({ municipality: town })).toEqual([ids.town])
  })
})
