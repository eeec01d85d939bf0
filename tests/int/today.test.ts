import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { type Payload, type PayloadRequest, type Where, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newReference } from '../../core/domain/reference'
import { failedJobs, myActionsDue, untouched } from '../../cms/admin/today/queries'
import { RebuildSiteTask } from '../../cms/jobs/rebuildSite'
import type { User } from '../../cms/payload-types'
import { createMunicipality, createStaff, createTeam, expectForbidden, openTestPayload } from './helpers'

let payload: Payload
const ids: Record<string, string> = {}
let recruiter: User
let otherRecruiter: User

beforeAll(async () => {
  payload = await openTestPayload()
  ids.municipality = await createMunicipality(payload, 'Idag', '9981')
  await payload.update({
    collection: 'municipalities',
    id: ids.municipality,
    data: { districts: [{ key: 'norr', name: 'Norra stan' }] },
  })
  ids.team = await createTeam(payload, 'Idag barn och unga', [ids.municipality], { forms: ['interest'] })
  ids.otherTeam = await createTeam(payload, 'Idag LSS', [ids.municipality], { forms: ['interest'] })
  recruiter = await createStaff(payload, 'recruiter')
  await payload.update({ collection: 'users', id: recruiter.id, data: { teams: [ids.team] } })
  recruiter = await payload.findByID({ collection: 'users', id: recruiter.id, depth: 0 })
  otherRecruiter = await createStaff(payload, 'recruiter')
  await payload.update({ collection: 'users', id: otherRecruiter.id, data: { teams: [ids.otherTeam] } })
  otherRecruiter = await payload.findByID({ collection: 'users', id: otherRecruiter.id, depth: 0 })
})

async function registration(team: string, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'interest-registrations',
    data: {
      reference: newReference(),
      status: 'new',
      municipality: ids.municipality,
      district: 'norr',
      consentAt: new Date().toISOString(),
      routedTeams: [team],
      services: ['contact-family'],
      name: 'Dana Dahl',
      email: 'dana@example.org',
      phone: '070-111 22 33',
      ...extra,
    } as never,
  })
  return String(doc.id)
}

const asUser = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })
const countAs = async (user: User, where: Where) =>
  (await payload.count({ collection: 'interest-registrations', where, ...asUser(user) })).totalDocs

describe('the Today counts, read with the user’s own access', () => {
  it('count as untouched only what no staff member has acted on (no contact-log line), and only the user’s teams', async () => {
    const before = await countAs(recruiter, untouched())
    const fresh = await registration(ids.team)
    const logged = await registration(ids.team)
    await registration(ids.otherTeam)
    await payload.update({
      collection: 'interest-registrations',
      id: logged,
      data: { contactLog: [{ kind: 'call-attempt' }] },
      ...asUser(recruiter),
    })
    expect(await countAs(recruiter, untouched())).toBe(before + 1)
    const found = (
      await payload.find({ collection: 'interest-registrations', where: untouched(), ...asUser(recruiter) })
    ).docs.map((doc) => String(doc.id))
    expect(found).toContain(fresh)
    expect(found).not.toContain(logged)
  })

  it('count as mine what the user holds with a next action due by the end of today', async () => {
    const now = new Date()
    const due = await registration(ids.team, { status: 'contacted' })
    const later = await registration(ids.team, { status: 'contacted' })
    for (const [id, at] of [
      [due, new Date(now.getTime() - 86_400_000)],
      [later, new Date(now.getTime() + 3 * 86_400_000)],
    ] as const)
      await payload.update({
        collection: 'interest-registrations',
        id,
        data: { responsible: recruiter.id, nextActionAt: at.toISOString() },
        ...asUser(recruiter),
      })
    expect(await countAs(recruiter, myActionsDue(recruiter.id, now))).toBe(1)
    expect(await countAs(otherRecruiter, myActionsDue(recruiter.id, now))).toBe(0)
  })
})

describe('the jobs an admin looks at', () => {
  it('are counted for admins and refused to everyone else', async () => {
    const admin = await createStaff(payload, 'admin')
    const count = (user: User) =>
      payload.count({ collection: 'payload-jobs', where: failedJobs(), ...asUser(user) })
    expect((await count(admin)).totalDocs).toBe(0)
    await expectForbidden(count(recruiter))
  })
})

describe('the record of the site’s last build', () => {
  let status = 500
  const hook = http.createServer((_, res) => res.writeHead(status).end())
  beforeAll(() => new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve)))
  afterAll(() => new Promise<void>((resolve) => hook.close(() => resolve())))

  const rebuild = () =>
    (RebuildSiteTask.handler as (args: unknown) => Promise<unknown>)({
      job: { createdAt: new Date().toISOString() },
      req: { payload },
    })

  it('shows a failed build with its reason, then a good one, and keeps when the site last built', async () => {
    process.env.SITE_REBUILD_HOOK_URL = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/rebuild`
    await expect(rebuild()).rejects.toThrow('deploy hook answered 500')
    const failed = await payload.findGlobal({ slug: 'site-build', ...asUser(recruiter) })
    expect(failed).toMatchObject({ outcome: 'failed', failure: 'rebuildSite: deploy hook answered 500' })
    status = 202
    await rebuild()
    const good = await payload.findGlobal({ slug: 'site-build', ...asUser(recruiter) })
    expect(good).toMatchObject({ outcome: 'requested', failure: null })
    expect(good.lastRequestedAt).toBe(good.at)
    status = 503
    await expect(rebuild()).rejects.toThrow()
    const again = await payload.findGlobal({ slug: 'site-build', ...asUser(recruiter) })
    expect(again).toMatchObject({ outcome: 'failed', lastRequestedAt: good.at })
    delete process.env.SITE_REBUILD_HOOK_URL
  })

  it('is written by the job and admins only', async () => {
    await expectForbidden(
      payload.updateGlobal({ slug: 'site-build', data: { outcome: 'requested' }, ...asUser(recruiter) }),
    )
  })
})

describe('the CSV export of a submission list', () => {
  const exportAs = async (user: User, query: Record<string, unknown> = {}) => {
    const { InterestRegistrations } = await import('../../cms/collections/InterestRegistrations')
    const endpoint = (InterestRegistrations.endpoints || []).find(({ path }) => path === '/export.csv')
    const req = (await createLocalReq({ user: { ...user, collection: 'users' } }, payload)) as PayloadRequest
    req.query = query
    const response = await (endpoint as { handler: (req: PayloadRequest) => Promise<Response> }).handler(req)
    return { status: response.status, text: await response.text() }
  }

  it('holds only the user’s teams’ rows, as filtered, in words and Swedish dates, formula-safe', async () => {
    const own = await registration(ids.team, { name: '=HYPERLINK("http://evil.example")' })
    const { reference } = await payload.findByID({ collection: 'interest-registrations', id: own })
    const other = await registration(ids.otherTeam)
    const { reference: otherReference } = await payload.findByID({
      collection: 'interest-registrations',
      id: other,
    })
    const { status, text } = await exportAs(recruiter, { where: { reference: { equals: reference } } })
    expect(status).toBe(200)
    const [header, row, ...rest] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(rest).toEqual([])
    expect(header).toContain('Referens')
    expect(header).toContain('Mottagen')
    expect(row).toContain(reference)
    expect(row).toContain('Ny')
    expect(row).toContain('Kontaktfamilj')
    expect(row).toContain('Idag barn och unga')
    expect(row).toContain('Norra stan')
    expect(row).toContain('Nej')
    expect(row).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
    for (const code of ['contact-family', 'norr', ids.team, ids.municipality]) expect(row).not.toContain(code)

    const everything = await exportAs(recruiter)
    expect(everything.text).toContain(reference)
    expect(everything.text).not.toContain(otherReference)
    const sneaky = await exportAs(recruiter, { where: { reference: { equals: otherReference } } })
    expect(sneaky.text.trim().split('\r\n')).toHaveLength(1)
  })

  it('answers 401 to nobody signed in', async () => {
    const { InterestRegistrations } = await import('../../cms/collections/InterestRegistrations')
    const endpoint = (InterestRegistrations.endpoints || []).find(({ path }) => path === '/export.csv')
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    const response = await (endpoint as { handler: (req: PayloadRequest) => Promise<Response> }).handler(req)
    expect(response.status).toBe(401)
  })
})
