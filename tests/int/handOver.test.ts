import { type PayloadRequest, createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { createApplication, createMunicipality, createRegistration, createTeam } from './helpers'
import { openWorld, payload, staff } from './world'

const { ids, users } = openWorld(async ({ ids, users }) => {
  ids.municipality = await createMunicipality(payload, 'Lämnaby', '9981')
  ids.elsewhere = await createMunicipality(payload, 'Annanby', '9982')
  const both = { forms: ['interest', 'application'] as ('interest' | 'application')[] }
  ids.children = await createTeam(payload, 'Barn och unga', [ids.municipality], {
    ...both,
    services: ['contact-family', 'contact-person', 'skkp'],
    notificationAddress: 'barn@lamnaby.example.org',
  })
  ids.adults = await createTeam(payload, 'Vuxna', [ids.municipality], {
    forms: ['interest'],
    services: ['contact-person'],
    notificationAddress: 'vuxna@lamnaby.example.org',
  })
  ids.lss = await createTeam(payload, 'LSS', [ids.municipality], {
    ...both,
    services: ['lss-short-break-family', 'lss-contact-person'],
    notificationAddress: 'lss@lamnaby.example.org',
  })
  ids.inactive = await createTeam(payload, 'Nedlagt team', [ids.municipality], {
    forms: ['interest'],
    services: ['contact-person'],
    active: false,
  })
  ids.otherMunicipality = await createTeam(payload, 'Annanby team', [ids.elsewhere], {
    forms: ['interest'],
    services: ['contact-person'],
  })
  ids.applicationsOnly = await createTeam(payload, 'Mottagning', [ids.municipality], {
    forms: ['application'],
    services: ['contact-person'],
  })
  users.children = await staff(['recruiter'], [ids.children])
  users.childrenColleague = await staff(['recruiter'], [ids.children])
  users.adults = await staff(['recruiter'], [ids.adults])
  users.lss = await staff(['recruiter'], [ids.lss])
  users.intakeChildren = await staff(['intake'], [ids.children])
  users.intakeLss = await staff(['intake'], [ids.lss])
  users.admin = await staff(['admin'], [])
})

type Collection = 'interest-registrations' | 'applications'

const registration = (routedTeams: string[], services: string[], extra: Record<string, unknown> = {}) =>
  createRegistration(payload, ids.municipality, routedTeams, { status: 'contacted', services, ...extra })

const application = (routedTeams: string[]) => createApplication(payload, ids.municipality, routedTeams)

/** POST /api/<collection>/:id/hand-over through the collection's own endpoint, as `user` (or nobody). */
async function handOver(
  user: User | null,
  collection: Collection,
  id: string,
  body: Record<string, unknown>,
) {
  const endpoint = payload.collections[collection].config.endpoints
    ? (payload.collections[collection].config.endpoints as { path: string; handler: unknown }[]).find(
        (candidate) => candidate.path === '/:id/hand-over',
      )
    : undefined
  const req = await createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload)
  const request = new Request('http://localhost/api', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  Object.assign(req, { headers: request.headers, body: request.body, routeParams: { id } })
  const response = await (endpoint?.handler as (req: PayloadRequest) => Promise<Response>)(req)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const read = (collection: Collection, id: string) =>
  payload.findByID({ collection, id, depth: 0 }) as Promise<{
    routedTeams?: string[] | null
    central?: boolean | null
    responsible?: string | null
    untouched?: boolean | null
    history?: Record<string, unknown>[] | null
    reference: string
    status: string
  }>

const canRead = async (user: User, collection: Collection, id: string) =>
  Boolean(
    await payload.findByID({ collection, id, depth: 0, user, overrideAccess: false, disableErrors: true }),
  )

const handOverMail = async (reference: string) =>
  (
    await payload.find({
      collection: 'outbox',
      where: { key: { like: `${reference}:hand-over` } },
      depth: 0,
    })
  ).docs

describe('who may hand a record over', () => {
  it('nobody signed in: refused, nothing changes', async () => {
    const id = await registration([ids.children], ['contact-person'])
    const answer = await handOver(null, 'interest-registrations', id, { toTeam: ids.adults, reason: 'Vuxen' })
    expect(answer.status).toBe(401)
    expect((await read('interest-registrations', id)).routedTeams).toEqual([ids.children])
  })

  it('staff of another team, or of the team in another role: not found, nothing changes', async () => {
    const id = await registration([ids.children], ['contact-person'])
    for (const user of [users.lss, users.adults, users.intakeChildren]) {
      const answer = await handOver(user, 'interest-registrations', id, {
        toTeam: user === users.lss ? ids.lss : ids.adults,
        reason: 'Ta den',
      })
      expect(answer.status).toBe(404)
    }
    expect((await read('interest-registrations', id)).routedTeams).toEqual([ids.children])
    expect(await handOverMail((await read('interest-registrations', id)).reference)).toHaveLength(0)
  })

  it.each([
    ['no reason', () => ({ toTeam: ids.adults, reason: '   ' })],
    ['no team', () => ({ reason: 'Vuxen' })],
    ['an inactive team', () => ({ toTeam: ids.inactive, reason: 'Vuxen' })],
    ["another municipality's team", () => ({ toTeam: ids.otherMunicipality, reason: 'Flyttat' })],
    ['a team that takes no registrations', () => ({ toTeam: ids.applicationsOnly, reason: 'Fel' })],
    ['no such team', () => ({ toTeam: '00000000-0000-4000-8000-000000000000', reason: 'Fel' })],
    ['the team that already holds it', () => ({ toTeam: ids.children, reason: 'Samma' })],
    ['a reason far too long', () => ({ toTeam: ids.adults, reason: 'x'.repeat(501) })],
  ])('refuses %s (400), nothing changes', async (_, body) => {
    const id = await registration([ids.children], ['contact-person'])
    const answer = await handOver(users.children, 'interest-registrations', id, body())
    expect(answer.status).toBe(400)
    expect((await read('interest-registrations', id)).routedTeams).toEqual([ids.children])
  })

  it('refuses to hand over for a team the user is not in, even one that holds it', async () => {
    const id = await registration([ids.children, ids.lss], ['contact-person', 'lss-contact-person'])
    const answer = await handOver(users.children, 'interest-registrations', id, {
      toTeam: ids.adults,
      reason: 'Vuxen',
      fromTeam: ids.lss,
    })
    expect(answer.status).toBe(403)
    expect((await read('interest-registrations', id)).routedTeams).toEqual([ids.children, ids.lss])
  })
})

describe('a hand-over', () => {
  it('moves the registration, records it, clears a responsible outside the new team and tells the new team without personal data', async () => {
    const id = await registration([ids.children], ['contact-person'], {
      responsible: users.childrenColleague.id,
      remindedAt: new Date().toISOString(),
      contactLog: [{ kind: 'reached', at: new Date(Date.now() - 86_400_000).toISOString() }],
    })
    expect((await read('interest-registrations', id)).untouched).toBe(false)
    const answer = await handOver(users.children, 'interest-registrations', id, {
      toTeam: ids.adults,
      reason: 'Personen är vuxen',
      // Whatever else a request says is not read.
      routedTeams: [ids.children, ids.adults, ids.lss],
      central: true,
    })
    expect(answer).toEqual({ status: 200, body: { routedTeams: [ids.adults], keepsAccess: false } })
    const stored = await read('interest-registrations', id)
    expect(stored.routedTeams).toEqual([ids.adults])
    expect(stored.central).toBe(false)
    expect(stored.responsible ?? null).toBeNull()
    // New work for the receiving team: in its "nobody has acted yet" queue, and reminded in time.
    expect(stored).toMatchObject({ status: 'contacted', remindedAt: null, untouched: true })
    expect(stored.history?.at(-1)).toMatchObject({
      status: 'contacted',
      by: String(users.children.id),
      fromTeam: ids.children,
      toTeam: ids.adults,
      reason: 'Personen är vuxen',
    })
    const [mail, ...more] = await handOverMail(stored.reference)
    expect(more).toHaveLength(0)
    expect(mail).toMatchObject({
      to: 'vuxna@lamnaby.example.org',
      kind: 'team-notification',
      status: 'queued',
    })
    expect(mail.text).toContain(stored.reference)
    expect(mail.text).toContain(`/admin/collections/interest-registrations/${id}`)
    expect(mail.text).toContain('Barn och unga')
    for (const personal of ['Anna', 'anna.andersson', '070-123', 'Personen är vuxen'])
      expect(`${mail.subject}\n${mail.text}`).not.toContain(personal)
    const job = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
    })
    expect(job.totalDocs).toBeGreaterThan(0)
  })

  it('afterwards the receiving team reads it and the handing team no longer does', async () => {
    const id = await registration([ids.children], ['contact-person'])
    await handOver(users.children, 'interest-registrations', id, { toTeam: ids.adults, reason: 'Vuxen' })
    expect(await canRead(users.adults, 'interest-registrations', id)).toBe(true)
    expect(await canRead(users.children, 'interest-registrations', id)).toBe(false)
    const list = await payload.find({
      collection: 'interest-registrations',
      user: users.children,
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    expect(list.docs.map((doc) => doc.id)).not.toContain(id)
  })

  it('the handing team keeps the registration while it still handles another of its services', async () => {
    const id = await registration([ids.children], ['contact-family', 'lss-contact-person'], {
      responsible: users.childrenColleague.id,
    })
    const answer = await handOver(users.children, 'interest-registrations', id, {
      toTeam: ids.lss,
      reason: 'LSS-delen hör till LSS',
    })
    expect(answer.body).toEqual({ routedTeams: [ids.children, ids.lss], keepsAccess: true })
    expect(await canRead(users.children, 'interest-registrations', id)).toBe(true)
    expect(await canRead(users.lss, 'interest-registrations', id)).toBe(true)
    expect((await read('interest-registrations', id)).responsible).toBe(String(users.childrenColleague.id))
  })

  it('an admin routes a registration out of the central queue', async () => {
    const id = await registration([], ['contact-family'])
    const answer = await handOver(users.admin, 'interest-registrations', id, {
      toTeam: ids.children,
      reason: 'Hör till barn och unga',
    })
    expect(answer.status).toBe(200)
    const stored = await read('interest-registrations', id)
    expect(stored).toMatchObject({ routedTeams: [ids.children], central: false })
    expect(stored.history?.at(-1)).toMatchObject({ fromTeam: null, toTeam: ids.children })
    expect((await handOverMail(stored.reference))[0].text).toContain('den centrala kön')
  })

  it('an application: intake of the holding team hands it to another intake team; a recruiter may not', async () => {
    const id = await application([ids.children])
    expect(
      (await handOver(users.children, 'applications', id, { toTeam: ids.lss, reason: 'LSS' })).status,
    ).toBe(404)
    const answer = await handOver(users.intakeChildren, 'applications', id, {
      toTeam: ids.lss,
      reason: 'Gäller LSS',
    })
    expect(answer.body).toEqual({ routedTeams: [ids.lss], keepsAccess: false })
    expect(await canRead(users.intakeLss, 'applications', id)).toBe(true)
    expect(await canRead(users.intakeChildren, 'applications', id)).toBe(false)
    const [mail] = await handOverMail((await read('applications', id)).reference)
    expect(mail.to).toBe('lss@lamnaby.example.org')
    expect(mail.text).not.toContain('Bo Berg')
  })
})
