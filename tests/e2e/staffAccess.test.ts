import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import {
  DEMO_PASSWORD,
  type Demo,
  filledIn,
  jobQueue,
  pressCtrlC,
  requestFrom,
  signIn,
  startDemo,
} from './demo'

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
const municipalities: Record<string, { id: string }> = {}
const created: Record<string, string> = {}
const references: Record<string, string> = {}

/** Posts a form as JSON, as a person fills it in, from one client (a loopback address of its own). */
async function post(
  form: 'interest' | 'application',
  body: object,
  client: string,
  headers: Record<string, string> = {},
) {
  const response = await requestFrom(client, `${demo.cmsUrl}/api/forms/${form}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(filledIn(body)),
  })
  return { ...response, json: () => JSON.parse(response.text) as Record<string, unknown> }
}

const signInAs = (email: string) => signIn(demo, email)

const get = (url: string, headers: Record<string, string> = {}) => fetch(`${demo.cmsUrl}${url}`, { headers })
const idsIn = async (response: Response) =>
  ((await response.json()) as { docs: { id: string }[] }).docs.map((doc) => doc.id).sort()

beforeAll(async () => {
  demo = await startDemo(root, 540_000, { FORM_RATE_LIMIT_POINTS: '10' })
  const { docs } = (await (await get('/api/municipalities?depth=0&limit=0')).json()) as {
    docs: { id: string; slug: string }[]
  }
  for (const municipality of docs) municipalities[municipality.slug] = municipality
  const volunteer = {
    name: 'Dana Dahl',
    phone: '070-111 22 33',
    consent: true,
    municipality: municipalities.stockholm.id,
    district: 'sodermalm',
  }
  const submissions = [
    [
      'family',
      'interest',
      { ...volunteer, email: 'dana@example.org', services: ['contact-family'], adults: 2, children: 0 },
    ],
    [
      'lss',
      'interest',
      {
        ...volunteer,
        email: 'erik@example.org',
        services: ['lss-short-break-family'],
        adults: 1,
        children: 0,
      },
    ],
    [
      'application',
      'application',
      {
        applicant: 'self',
        service: 'contact-person',
        municipality: municipalities.vaxholm.id,
        name: 'Fia Fors',
        phone: '08-765 43 21',
        callTime: 'any',
        consent: true,
      },
    ],
  ] as const
  for (const [name, form, body] of submissions) {
    const response = await post(form, body, '127.0.0.11')
    expect(response.status).toBe(201)
    const { reference } = response.json() as { reference: string }
    references[name] = reference
    const admin = await signInAs('admin@example.org')
    const collection = form === 'interest' ? 'interest-registrations' : 'applications'
    created[name] = (
      await idsIn(await get(`/api/${collection}?where[reference][equals]=${reference}&depth=0`, admin))
    )[0]
  }
})

afterAll(() => {
  if (demo) pressCtrlC(demo)
})

describe('who sees a submission through the REST API', () => {
  it('a recruiter lists, counts and opens only what was routed to their own team', async () => {
    const recruiter = await signInAs('barn-unga.sodermalm@example.org')
    expect(await idsIn(await get('/api/interest-registrations?limit=0&pagination=false', recruiter))).toEqual(
      [created.family],
    )
    expect(await (await get('/api/interest-registrations/count', recruiter)).json()).toEqual({ totalDocs: 1 })
    expect((await get(`/api/interest-registrations/${created.lss}`, recruiter)).status).toBe(404)
    expect(
      await idsIn(await get(`/api/interest-registrations?where[id][equals]=${created.lss}`, recruiter)),
    ).toEqual([])
    const lss = await signInAs('lss.sodermalm@example.org')
    expect(await idsIn(await get('/api/interest-registrations?limit=0', lss))).toEqual([created.lss])
  })

  it('recruiters cannot read applications, and intake cannot read interest registrations', async () => {
    const recruiter = await signInAs('barn-unga.sodermalm@example.org')
    expect((await get('/api/applications', recruiter)).status).toBe(403)
    const intake = await signInAs('mottagning.vaxholm@example.org')
    expect((await get('/api/interest-registrations', intake)).status).toBe(403)
    expect(await idsIn(await get('/api/applications', intake))).toEqual([created.application])
  })

  it('nobody signed out reads anything, and there is no GraphQL surface', async () => {
    for (const url of [
      '/api/interest-registrations',
      '/api/applications',
      `/api/applications/${created.application}`,
      '/api/outbox',
    ]) {
      expect((await get(url)).status).toBe(403)
    }
    const graphql = await fetch(`${demo.cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ InterestRegistrations { docs { name } } }"}',
    })
    expect(graphql.status).toBe(404)
  })
})

describe("a recruiter's list in the admin", () => {
  it('opens on what nobody has acted on yet, and a registration leaves it once someone does', async () => {
    const browser = await launchBrowser()
    const page = await browser.newPage()
    await page.goto(`${demo.cmsUrl}/admin/login`)
    await page.locator('input[name="email"]').fill('barn-unga.sodermalm@example.org')
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${demo.cmsUrl}/admin`)
    await page.goto(`${demo.cmsUrl}/admin/collections/interest-registrations`)
    await page.waitForSelector('table')
    expect(await page.textContent('table')).toContain(references.family)
    const recruiter = await signInAs('barn-unga.sodermalm@example.org')
    const update = await fetch(`${demo.cmsUrl}/api/interest-registrations/${created.family}`, {
      method: 'PATCH',
      headers: { ...recruiter, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'contacted' }),
    })
    expect(update.status).toBe(200)
    await page.goto(`${demo.cmsUrl}/admin/collections/interest-registrations`)
    await page.waitForSelector('.collection-list')
    expect(await page.textContent('.collection-list')).not.toContain(references.family)
    await browser.close()
  })
})

describe('notifications in the demo', () => {
  it('land in the local mailbox, readable by admins only, holding no personal data', async () => {
    const admin = await signInAs('admin@example.org')
    let messages: { to: string; subject: string; text: string; status: string }[] = []
    const allDelivered = () =>
      messages.filter((message) => message.status === 'delivered-locally').length >= 5
    for (let tries = 0; tries < 60 && !allDelivered(); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      messages = ((await (await get('/api/outbox?limit=0', admin)).json()) as { docs: typeof messages }).docs
    }
    expect(
      messages.map((message) => message.to).sort(),
      allDelivered() ? undefined : await jobQueue(demo, admin),
    ).toEqual([
      'barn-unga.sodermalm@stockholm.example.org',
      'dana@example.org',
      'erik@example.org',
      'lss.sodermalm@stockholm.example.org',
      'mottagning@vaxholm.example.org',
    ])
    for (const message of messages)
      for (const value of ['Dana', 'Erik', 'Fia', '070-111', '08-765'])
        expect(message.text).not.toContain(value)
    expect(fs.readdirSync(path.join(demo.dataDir, 'mailbox'))).toHaveLength(5)
    expect((await get('/api/outbox', await signInAs('barn-unga.sodermalm@example.org'))).status).toBe(403)
  })
})

describe('the rate limit on form posts', () => {
  it('answers 429 with Retry-After once one client has posted too often, keeps the input of a plain post, and lets others through', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 10; i += 1) statuses.push((await post('interest', { name: '' }, '127.0.0.12')).status)
    expect(statuses).toEqual(Array(10).fill(400))
    const limited = await post('interest', { name: '' }, '127.0.0.12')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    const plain = await requestFrom('127.0.0.12', `${demo.cmsUrl}/api/forms/interest`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Gustav Gran', locale: 'sv' }).toString(),
    })
    expect(plain.status).toBe(429)
    expect(plain.text).toContain('Vänta några minuter')
    expect(plain.text).toContain('value="Gustav Gran"')
    expect((await post('interest', { name: '' }, '127.0.0.13')).status).toBe(400)
  })

  it('counts the connection, not what X-Forwarded-For claims: 100 posts with 100 different headers are limited after 10', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 100; i += 1)
      statuses.push(
        (await post('interest', { name: '' }, '127.0.0.14', { 'x-forwarded-for': `203.0.113.${i}` })).status,
      )
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400))
    expect(statuses.slice(10)).toEqual(Array(90).fill(429))
  })
})

describe('staff writes stay inside their team', () => {
  type Auth = Record<string, string>
  const send = (method: string, url: string, auth: Auth, body?: unknown) =>
    fetch(`${demo.cmsUrl}${url}`, {
      method,
      headers: { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const json = async <T>(response: Response) => (await response.json()) as T
  const teamOf = async (auth: Auth) =>
    (await json<{ user: { teams: string[] } }>(await get('/api/users/me?depth=0', auth))).user.teams[0]
  const evening = (team: string, municipality = municipalities.stockholm.id) => ({
    topic: `Teamkväll ${Math.random()}`,
    municipality,
    organizingTeam: team,
    startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
    durationMinutes: 90,
    place: 'Medborgarhuset',
    capacity: 30,
    language: 'sv',
    status: 'open',
    _status: 'published',
  })
  const createEvening = async (auth: Auth, team: string) => {
    const response = await send('POST', '/api/info-evenings', auth, evening(team))
    expect(response.status).toBe(201)
    return (await json<{ doc: { id: string } }>(response)).doc.id
  }
  const refused = (status: number) => expect([403, 404]).toContain(status)
  const waitFor = async <T>(read: () => Promise<T | undefined | null>): Promise<T> => {
    for (let tries = 0; tries < 120; tries += 1) {
      const value = await read()
      if (value) return value
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error('the condition was never met')
  }
  let children: Auth, lss: Auth, admin: Auth
  const teams: Record<string, string> = {}

  beforeAll(async () => {
    ;[children, lss, admin] = await Promise.all(
      ['barn-unga.sodermalm@example.org', 'lss.sodermalm@example.org', 'admin@example.org'].map(signInAs),
    )
    teams.children = await teamOf(children)
    teams.lss = await teamOf(lss)
  })

  it("a recruiter creates and edits their own team's evenings, and cannot touch another team's", async () => {
    const own = await createEvening(children, teams.children)
    expect((await send('PATCH', `/api/info-evenings/${own}`, children, { capacity: 35 })).status).toBe(200)
    refused(
      (await send('PATCH', `/api/info-evenings/${own}`, lss, { capacity: 1, organizingTeam: teams.lss }))
        .status,
    )
    refused((await send('DELETE', `/api/info-evenings/${own}`, lss)).status)
    refused((await send('POST', '/api/info-evenings', lss, evening(teams.children))).status)
    // Only admins delete, or move an evening to another team; a recruiter's attempt changes nothing.
    refused((await send('DELETE', `/api/info-evenings/${own}`, children)).status)
    await send('PATCH', `/api/info-evenings/${own}`, children, { organizingTeam: teams.lss })
    const stored = await json<{ capacity: number; organizingTeam: string }>(
      await get(`/api/info-evenings/${own}?depth=0`, admin),
    )
    expect(stored).toMatchObject({ capacity: 35, organizingTeam: teams.children })
    const elsewhere = await send(
      'POST',
      '/api/info-evenings',
      children,
      evening(teams.children, municipalities.nykvarn.id),
    )
    expect(elsewhere.status).toBe(400)
    expect(JSON.stringify(await elsewhere.json())).toContain('arbetar inte i den här kommunen')
  })

  it("booking an evening with someone's address never opens their registration to the organising team", async () => {
    const victim = created.family
    const before = await json<{ status: string; routedTeams: string[] }>(
      await get(`/api/interest-registrations/${victim}?depth=0`, admin),
    )
    const trap = await createEvening(lss, teams.lss)
    const booked = await requestFrom('127.0.0.15', `${demo.cmsUrl}/api/info-evenings/${trap}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        filledIn({ name: 'Anyone', email: 'DANA@example.org', seats: 1, services: [], consent: true }),
      ),
    })
    expect(booked.status).toBe(201)
    const booking = await waitFor(async () => {
      const { docs } = await json<{ docs: { id: string; interestRegistration?: string; seats: number }[] }>(
        await get(`/api/bookings?where[evening][equals]=${trap}&depth=0`, lss),
      )
      return docs[0]?.interestRegistration ? docs[0] : undefined
    })
    expect(booking.interestRegistration).not.toBe(victim)
    expect((await get(`/api/interest-registrations/${victim}`, lss)).status).toBe(404)
    const own = await json<{ routedTeams: string[]; possibleDuplicates: string[] }>(
      await get(`/api/interest-registrations/${booking.interestRegistration}?depth=0`, lss),
    )
    expect(own).toMatchObject({ routedTeams: [teams.lss], possibleDuplicates: [victim] })
    // Pointing the booking at the victim by hand, then marking attendance, moves nothing either.
    await send('PATCH', `/api/bookings/${booking.id}`, lss, { interestRegistration: victim })
    expect((await send('PATCH', `/api/bookings/${booking.id}`, lss, { attendance: 'attended' })).status).toBe(
      200,
    )
    const after = await json<{ status: string; routedTeams: string[] }>(
      await get(`/api/interest-registrations/${victim}?depth=0`, admin),
    )
    expect({ status: after.status, routedTeams: after.routedTeams }).toEqual({
      status: before.status,
      routedTeams: before.routedTeams,
    })
    expect((await get(`/api/interest-registrations/${victim}`, lss)).status).toBe(404)
  })

  it('a team may note attendance on its bookings, and nothing that moves seats, people or links', async () => {
    const target = await createEvening(lss, teams.lss)
    const other = await createEvening(lss, teams.lss)
    await requestFrom('127.0.0.16', `${demo.cmsUrl}/api/info-evenings/${target}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        filledIn({ name: 'Hedda Holm', email: 'hedda@example.org', seats: 1, services: [], consent: true }),
      ),
    })
    type Booking = {
      id: string
      seats: number
      team: string
      evening: string
      name: string
      email: string
      sequence: number
      attendance?: string
      staffNotes?: string
    }
    const [booking] = (
      await json<{ docs: Booking[] }>(
        await get(`/api/bookings?where[evening][equals]=${target}&depth=0`, lss),
      )
    ).docs
    const attempts = [
      { seats: 2 },
      { team: teams.children },
      { evening: other },
      { name: 'Someone Else' },
      { email: 'else@example.org' },
      { sequence: 1 },
    ]
    for (const attempt of attempts) await send('PATCH', `/api/bookings/${booking.id}`, lss, attempt)
    refused((await send('PATCH', `/api/bookings/${booking.id}`, children, { attendance: 'no-show' })).status)
    refused((await send('DELETE', `/api/bookings/${booking.id}`, lss)).status)
    expect(
      (
        await send('PATCH', `/api/bookings/${booking.id}`, lss, {
          attendance: 'no-show',
          staffNotes: 'Sjuk, vill boka en senare kväll.',
        })
      ).status,
    ).toBe(200)
    const after = await json<Booking>(await get(`/api/bookings/${booking.id}?depth=0`, admin))
    const { attendance, staffNotes, ...unchanged } = after
    expect(unchanged).toMatchObject({
      seats: booking.seats,
      team: booking.team,
      evening: booking.evening,
      name: booking.name,
      email: booking.email,
      sequence: booking.sequence,
    })
    expect({ attendance, staffNotes }).toEqual({
      attendance: 'no-show',
      staffNotes: 'Sjuk, vill boka en senare kväll.',
    })
    expect(await json(await fetch(`${demo.cmsUrl}/api/info-evenings/${target}/seats`))).toMatchObject({
      seatsLeft: 29,
    })
  })

  it('paths that do not exist answer 404, never 500', async () => {
    for (const url of [
      '/api/bookings/versions',
      '/api/interest-registrations/versions',
      '/api/users/versions',
      '/api/globals/site-settings/versions',
      '/api/nothing-here',
    ]) {
      expect((await get(url, lss)).status).toBe(404)
    }
  })
})

describe('the public endpoints under malformed input', () => {
  const nasty: unknown[] = [
    null,
    true,
    -1,
    1e308,
    '',
    'x'.repeat(5000),
    '\u0000🙂',
    "<script>'; DROP TABLE users; --",
    ['a', 'b'],
    { $gt: '' },
  ]
  const fields = [
    'services',
    'municipality',
    'district',
    'name',
    'email',
    'phone',
    'adults',
    'children',
    'consent',
    'locale',
    'seats',
    'applicant',
    'service',
    'callTime',
    'campaign',
    'startedAt',
    'token',
  ]
  const raw = ['{', '[]', 'null', '"text"', '{"a":', 'a=1&a=2&services[]=x', '%E0%A4%A']

  it(
    'answers every post without a 5xx, and stores exactly what it acknowledged',
    { timeout: 300_000 },
    async () => {
      const admin = await signInAs('admin@example.org')
      // Forms post for Nykvarn and bookings go to a Stockholm evening, so the registrations a
      // booking later adds to its team's pipeline (in Stockholm) are not counted as form posts.
      const counts = [
        `interest-registrations/count?where[municipality][equals]=${municipalities.nykvarn.id}`,
        'applications/count',
        'bookings/count',
      ]
      const stored = async () => {
        let total = 0
        for (const url of counts)
          total += ((await (await get(`/api/${url}`, admin)).json()) as { totalDocs: number }).totalDocs
        return total
      }
      const { docs } = (await (
        await get(
          `/api/info-evenings?where[municipality][equals]=${municipalities.stockholm.id}&limit=1&depth=0`,
        )
      ).json()) as { docs: { id: string }[] }
      const before = await stored()
      const urls = [
        '/api/forms/interest',
        '/api/forms/application',
        `/api/info-evenings/${docs[0].id}/bookings`,
        '/api/bookings/cancel',
      ]
      const valid = {
        services: ['contact-family'],
        municipality: municipalities.nykvarn.id,
        name: 'Ivar Ek',
        email: 'ivar@example.org',
        phone: '070-222 33 44',
        adults: 1,
        seats: 1,
        consent: true,
      }
      let sent = 0
      let acknowledged = 0
      const send = async (url: string, contentType: string, body: string) => {
        // Nine posts per client keep every fuzzed post under the rate limit, so each one is parsed.
        const client = `127.0.${10 + Math.floor(sent / 9)}.1`
        sent += 1
        const response = await requestFrom(client, `${demo.cmsUrl}${url}`, {
          method: 'POST',
          headers: { 'content-type': contentType },
          body,
        })
        expect(response.status, `${url} ${body.slice(0, 80)}`).toBeLessThan(500)
        if (response.status === 201 || response.status === 303) acknowledged += 1
      }
      for (const url of urls) {
        for (const field of fields)
          for (const value of nasty)
            await send(url, 'application/json', JSON.stringify(filledIn({ ...valid, [field]: value })))
        for (const body of raw) {
          await send(url, 'application/json', body)
          await send(url, 'application/x-www-form-urlencoded', body)
        }
        await send(url, 'text/plain', 'hello')
      }
      expect(await stored()).toBe(before + acknowledged)
      expect(acknowledged).toBeLessThan(sent / 4)
    },
  )
})

describe('security headers', () => {
  it('every CMS answer carries them, and only the live preview may be framed, by the CMS itself', async () => {
    for (const url of [
      '/admin/login',
      '/api/pages',
      '/api/forms/receipt?form=interest&ref=nope',
      '/api/nothing-here',
    ]) {
      const response = await get(url)
      expect(response.headers.get('x-powered-by'), url).toBeNull()
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), url).toBe('same-origin')
      expect(response.headers.get('content-security-policy'), url).toContain("frame-ancestors 'none'")
    }
    expect((await get('/preview/pages/none')).headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self'",
    )
  })
})
