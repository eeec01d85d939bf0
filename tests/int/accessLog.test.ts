import { type Payload, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AccessLog, User } from '../../cms/payload-types'
import { newReference } from '../../core/domain/reference'
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
const ids: Record<string, string> = {}
const users: Record<string, User> = {}

beforeAll(async () => {
  payload = await openTestPayload()
  ids.municipality = await createMunicipality(payload, 'Loggby', '9981')
  ids.team = await createTeam(payload, 'Loggby mottagning', [ids.municipality], {
    forms: ['interest', 'application'],
  })
  users.admin = await createStaff(payload, 'admin')
  users.intake = await createTeamStaff(payload, ['intake'], [ids.team])
  users.dataProtection = await createStaff(payload, 'data-protection')
  users.recruiter = await createTeamStaff(payload, ['recruiter'], [ids.team])
})

/** Every entry written since `since`, oldest first, as the system reads them. */
async function entriesSince(since: string): Promise<AccessLog[]> {
  const { docs } = await payload.find({
    collection: 'access-log',
    where: { createdAt: { greater_than_equal: since } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}

const now = () => new Date().toISOString()
const as = (user: User) => ({ user, overrideAccess: false }) as const
const referenceOf = async (collection: 'applications' | 'interest-registrations', id: string) =>
  String((await payload.findByID({ collection, id, depth: 0 })).reference)

describe('access log entries', () => {
  it('opening an application records who, how and which reference, and nothing the person wrote', async () => {
    const id = await createApplication(payload, ids.municipality, [ids.team], {
      message: 'Hemligt meddelande',
    })
    const since = now()
    await payload.findByID({ collection: 'applications', id, depth: 0, ...as(users.intake) })
    const entries = await entriesSince(since)
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry).toMatchObject({
      staff: users.intake.id,
      staffName: users.intake.name,
      surface: 'view',
      collection: 'applications',
      references: [await referenceOf('applications', id)],
    })
    expect(JSON.stringify(entry)).not.toMatch(/Bo Berg|08-123 456|Hemligt/)
  })

  it('a list that shows personal fields is one entry naming every record; one of references only is none', async () => {
    const first = await createRegistration(payload, ids.municipality, [ids.team])
    const second = await createRegistration(payload, ids.municipality, [ids.team])
    const where = { id: { in: [first, second] } }
    const since = now()
    const read = { collection: 'interest-registrations', where, depth: 0, ...as(users.recruiter) } as const
    await payload.find({ ...read, select: { reference: true, status: true } })
    expect(await entriesSince(since)).toHaveLength(0)
    await payload.find({ ...read, select: { reference: true, name: true } })
    const entries = await entriesSince(since)
    expect(entries.map((entry) => [entry.surface, [...(entry.references ?? [])].sort()])).toEqual([
      [
        'list',
        [
          await referenceOf('interest-registrations', first),
          await referenceOf('interest-registrations', second),
        ].sort(),
      ],
    ])
  })

  it('neither what the system reads for itself nor a refused read is logged', async () => {
    const id = await createApplication(payload, ids.municipality, [ids.team])
    const since = now()
    await payload.findByID({ collection: 'applications', id, depth: 0 })
    await expectForbidden(payload.findByID({ collection: 'applications', id, overrideAccess: false }))
    await expect(
      payload.findByID({ collection: 'applications', id, ...as(users.recruiter) }),
    ).rejects.toThrow()
    expect(await entriesSince(since)).toHaveLength(0)
  })

  it('can be searched by reference, user and period', async () => {
    const id = await createApplication(payload, ids.municipality, [ids.team])
    const reference = await referenceOf('applications', id)
    const since = now()
    await payload.findByID({ collection: 'applications', id, ...as(users.admin) })
    const { docs } = await payload.find({
      collection: 'access-log',
      where: {
        and: [
          { references: { equals: reference } },
          { staff: { equals: users.admin.id } },
          { createdAt: { greater_than_equal: since } },
        ],
      },
      ...as(users.dataProtection),
    })
    expect(docs.map((entry) => entry.surface)).toEqual(['view'])
    // The admin list's search box looks in the references and the staff names.
    const searched = await payload.find({
      collection: 'access-log',
      where: { or: [{ references: { like: reference } }, { staffName: { like: reference } }] },
      ...as(users.dataProtection),
    })
    expect(searched.docs.map((entry) => entry.id)).toEqual(docs.map((entry) => entry.id))
  })
})

describe('who may read the access log, and that nobody changes it', () => {
  let entry: AccessLog

  beforeAll(async () => {
    const id = await createApplication(payload, ids.municipality, [ids.team])
    const since = now()
    await payload.findByID({ collection: 'applications', id, ...as(users.intake) })
    ;[entry] = await entriesSince(since)
  })

  it.each([['admin'], ['dataProtection']])('%s reads it', async (who) => {
    const found = await payload.findByID({ collection: 'access-log', id: entry.id, ...as(users[who]) })
    expect(found.id).toBe(entry.id)
  })

  it.each([['intake'], ['recruiter']])('%s does not', async (who) => {
    await expectForbidden(payload.find({ collection: 'access-log', ...as(users[who]) }))
  })

  it.each([['admin'], ['dataProtection']])(
    'not even %s creates, changes or deletes an entry',
    async (who) => {
      const data = { staffName: 'Någon annan', surface: 'view' as const }
      await expectForbidden(payload.create({ collection: 'access-log', data, ...as(users[who]) }))
      await expectForbidden(
        payload.update({ collection: 'access-log', id: entry.id, data, ...as(users[who]) }),
      )
      await expectForbidden(payload.delete({ collection: 'access-log', id: entry.id, ...as(users[who]) }))
      expect((await payload.findByID({ collection: 'access-log', id: entry.id })).staffName).toBe(
        entry.staffName,
      )
    },
  )

  it('the data-protection role reads no applications or registrations', async () => {
    await expectForbidden(payload.find({ collection: 'applications', ...as(users.dataProtection) }))
    await expectForbidden(payload.find({ collection: 'interest-registrations', ...as(users.dataProtection) }))
  })
})

describe('pruning', () => {
  it('deletes entries older than the retention time and keeps the rest', async () => {
    const { pruneAccessLog } = await import('../../cms/jobs/accessLog')
    const entry = (staffName: string, daysAgo: number) =>
      payload.create({
        collection: 'access-log',
        data: {
          staffName,
          surface: 'view',
          createdAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
        },
      })
    const old = await entry('Gammal', 731)
    const recent = await entry('Ny', 729)
    expect(await pruneAccessLog(payload, new Date())).toBeGreaterThanOrEqual(1)
    expect(await payload.findByID({ collection: 'access-log', id: old.id, disableErrors: true })).toBeNull()
    expect((await payload.findByID({ collection: 'access-log', id: recent.id })).staffName).toBe('Ny')
  })
})

describe('access request', () => {
  it("finds every record of the person, by address or number in any form, and nothing of anyone else's", async () => {
    const { accessRequest } = await import('../../cms/useCases/accessRequest')
    const cecilia = { name: 'Cecilia Carlsson', email: 'cecilia@example.org', phone: '070-555 66 77' }
    const other = { name: 'David Dahl', email: 'david@example.org', phone: '070-555 66 78' }
    const registration = await createRegistration(payload, ids.municipality, [ids.team], cecilia)
    const byPhone = await createApplication(payload, ids.municipality, [ids.team], {
      name: 'C. Carlsson',
      phone: '+46 70 555 66 77',
    })
    const othersRegistration = await createRegistration(payload, ids.municipality, [ids.team], other)
    const evening = await createEvening(payload, ids.municipality, ids.team)
    const booking = async (person: typeof cecilia, sequence: number) =>
      payload.create({
        collection: 'bookings',
        data: {
          reference: newReference(),
          evening,
          team: ids.team,
          status: 'confirmed',
          sequence,
          seats: 1,
          ...person,
          email: person.email.toUpperCase(),
          services: ['contact-family'],
          consentAt: now(),
        } as never,
      })
    const hers = await booking(cecilia, 1)
    await booking(other, 2)
    const mail = (to: string) =>
      payload.create({
        collection: 'outbox',
        data: {
          key: `test:${to}:${Math.random()}`,
          kind: 'interest-confirmation',
          to,
          subject: 'Tack',
          text: 'Tack',
          status: 'sent',
        },
      })
    const herMail = await mail('cecilia@example.org')
    await mail('david@example.org')

    const since = now()
    const req = await createLocalReq({ user: { ...users.admin, collection: 'users' } }, payload)
    const report = await accessRequest(req, users.admin, {
      email: 'cecilia@example.org',
      phone: '0705556677',
    })
    const found = Object.fromEntries(
      Object.entries(report.records).map(([collection, docs]) => [collection, docs.map((doc) => doc.id)]),
    )
    expect(found).toEqual({
      'interest-registrations': [registration],
      applications: [byPhone],
      bookings: [String(hers.id)],
      outbox: [String(herMail.id)],
    })
    expect(JSON.stringify(report)).not.toMatch(/David|david@|55 66 78/)
    expect(report.records['interest-registrations'][0]).toMatchObject({ name: cecilia.name, about: null })
    expect(othersRegistration).not.toBe(registration)

    const entries = await entriesSince(since)
    expect(entries.map((entry) => entry.surface)).toEqual(['access-request'])
    expect([...(entries[0].references ?? [])].sort()).toEqual(
      [
        await referenceOf('interest-registrations', registration),
        await referenceOf('applications', byPhone),
        String(hers.reference),
      ].sort(),
    )
    expect(JSON.stringify(entries[0])).not.toMatch(/cecilia|0705556677|555 66 77/i)
  })
})
