import { describe, expect, it } from 'vitest'

import { newReference } from '../../core/domain/reference'
import { createMunicipality, createRegistration, createTeam, expectForbidden } from './helpers'
import { asStaff, openWorld, payload } from './world'

const { ids } = openWorld(async ({ ids }) => {
  ids.municipality = await createMunicipality(payload, 'Testby', '9999')
  for (const key of ['a', 'b']) {
    ids[`team-${key}`] = await createTeam(payload, `Team ${key}`, [ids.municipality], { forms: ['interest'] })
  }
  ids.forA = await registration([ids['team-a']])
  ids.forB = await registration([ids['team-b']])
  ids.forBoth = await registration([ids['team-a'], ids['team-b']])
  ids.central = await registration([])
})

const registration = (routedTeams: string[]) => createRegistration(payload, ids.municipality, routedTeams)

describe('who sees interest registrations', () => {
  it('a recruiter sees only what was routed to their team (list, count and by id)', async () => {
    const recruiterA = await asStaff(['recruiter'], [ids['team-a']])
    const list = await payload.find({ collection: 'interest-registrations', ...recruiterA })
    expect(list.docs.map((doc) => doc.id).sort()).toEqual([ids.forA, ids.forBoth].sort())
    expect((await payload.count({ collection: 'interest-registrations', ...recruiterA })).totalDocs).toBe(2)
    await expect(
      payload.findByID({ collection: 'interest-registrations', id: ids.forB, ...recruiterA }),
    ).rejects.toThrow()
  })

  it('a registration for two teams is seen by each, once', async () => {
    const recruiterB = await asStaff(['recruiter'], [ids['team-b']])
    const list = await payload.find({ collection: 'interest-registrations', ...recruiterB })
    expect(list.docs.map((doc) => doc.id).sort()).toEqual([ids.forB, ids.forBoth].sort())
  })

  it('intake staff, even in the same team, see no interest registrations', async () => {
    const intakeA = await asStaff(['intake'], [ids['team-a']])
    await expectForbidden(payload.find({ collection: 'interest-registrations', ...intakeA }))
  })

  it('a recruiter without a team sees nothing', async () => {
    await expectForbidden(
      payload.find({ collection: 'interest-registrations', ...(await asStaff(['recruiter'], [])) }),
    )
  })

  it('the central queue is for admins only', async () => {
    const admin = await asStaff(['admin'], [])
    const central = await payload.find({
      collection: 'interest-registrations',
      where: { central: { equals: true } },
      ...admin,
    })
    expect(central.docs.map((doc) => doc.id)).toEqual([ids.central])
  })

  it('nobody creates one through the API: only the form endpoint does', async () => {
    await expectForbidden(
      payload.create({
        collection: 'interest-registrations',
        data: {
          reference: 'KP-AAAA-AAAA',
          status: 'new',
          services: ['contact-person'],
          municipality: ids.municipality,
          name: 'x',
          email: 'x@example.org',
          phone: '0701234567',
          consentAt: new Date().toISOString(),
        },
        ...(await asStaff(['admin'], [])),
      }),
    )
  })
})

describe('follow-up', () => {
  it('keeps every status change with its time and who made it', async () => {
    const recruiterA = await asStaff(['recruiter'], [ids['team-a']])
    const updated = await payload.update({
      collection: 'interest-registrations',
      id: ids.forA,
      data: { status: 'contacted' },
      ...recruiterA,
    })
    expect(updated.history?.map((entry) => entry.status)).toEqual(['new', 'contacted'])
    const by = updated.history?.[1].by
    expect(typeof by === 'object' && by ? by.id : by).toBe(recruiterA.user.id)
  })

  it('a recruiter may move the status but not rewrite what was submitted or re-route it', async () => {
    const recruiterA = await asStaff(['recruiter'], [ids['team-a']])
    const updated = await payload.update({
      collection: 'interest-registrations',
      id: ids.forBoth,
      data: { status: 'assessment', name: 'Ändrat namn', routedTeams: [ids['team-a']] },
      ...recruiterA,
    })
    expect(updated.status).toBe('assessment')
    expect(updated.name).toBe('Anna Andersson')
    expect(
      (updated.routedTeams ?? []).map((team) => (typeof team === 'object' ? team.id : team)).sort(),
    ).toEqual([ids['team-a'], ids['team-b']].sort())
  })

  it('a recruiter cannot change another team’s registration', async () => {
    const recruiterA = await asStaff(['recruiter'], [ids['team-a']])
    await expect(
      payload.update({
        collection: 'interest-registrations',
        id: ids.forB,
        data: { status: 'contacted' },
        ...recruiterA,
      }),
    ).rejects.toThrow()
  })
})

describe('who sees applications for support', () => {
  it('intake sees what was routed to its team; recruiters in the same team see nothing', async () => {
    const application = await payload.create({
      collection: 'applications',
      data: {
        reference: newReference(),
        status: 'new',
        applicant: 'self',
        service: 'not-sure',
        municipality: ids.municipality,
        name: 'Cecilia',
        phone: '070-000 00 00',
        callTime: 'any',
        consentAt: new Date().toISOString(),
        routedTeams: [ids['team-a']],
      },
    })
    const intakeA = await asStaff(['intake'], [ids['team-a']])
    expect(
      (await payload.find({ collection: 'applications', ...intakeA })).docs.map((doc) => doc.id),
    ).toEqual([application.id])
    const intakeB = await asStaff(['intake'], [ids['team-b']])
    expect((await payload.find({ collection: 'applications', ...intakeB })).totalDocs).toBe(0)
    await expectForbidden(
      payload.find({ collection: 'applications', ...(await asStaff(['recruiter'], [ids['team-a']])) }),
    )
    await expectForbidden(
      payload.find({ collection: 'applications', ...(await asStaff(['communications'], [])) }),
    )
  })

  it('records when intake closes an application, which starts the retention clock', async () => {
    const { docs } = await payload.find({ collection: 'applications', limit: 1 })
    const intakeA = await asStaff(['intake'], [ids['team-a']])
    const closed = await payload.update({
      collection: 'applications',
      id: docs[0].id,
      data: { status: 'closed' },
      ...intakeA,
    })
    expect(closed.closedAt).toBeTruthy()
    expect(closed.history?.map((entry) => entry.status)).toEqual(['new', 'closed'])
  })
})
