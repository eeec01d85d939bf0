import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { DEMO_PASSWORD, type Demo, pressCtrlC, signIn, startDemo } from './demo'

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
const municipalities: Record<string, { id: string }> = {}
const created: Record<string, string> = {}
const references: Record<string, string> = {}

/** Posts a form as JSON from one client address (the demo trusts X-Forwarded-For, as a proxy sets it). */
function post(form: 'interest' | 'application', body: unknown, address: string) {
  return fetch(`${demo.cmsUrl}/api/forms/${form}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(body),
  })
}

const signInAs = (email: string) => signIn(demo, email)

const get = (url: string, headers: Record<string, string> = {}) => fetch(`${demo.cmsUrl}${url}`, { headers })
const idsIn = async (response: Response) => ((await response.json()) as { docs: { id: string }[] }).docs.map((doc) => doc.id).sort()

beforeAll(async () => {
  demo = await startDemo(root, 540_000, { FORM_RATE_LIMIT_POINTS: '10' })
  const { docs } = (await (await get('/api/municipalities?depth=0&limit=0')).json()) as { docs: { id: string; slug: string }[] }
  for (const municipality of docs) municipalities[municipality.slug] = municipality
  const volunteer = { name: 'Dana Dahl', phone: '070-111 22 33', consent: true, municipality: municipalities.stockholm.id, district: 'sodermalm' }
  const submissions = [
    ['family', 'interest', { ...volunteer, email: 'dana@example.org', services: ['contact-family'], adults: 2, children: 0 }],
    ['lss', 'interest', { ...volunteer, email: 'erik@example.org', services: ['lss-short-break-family'], adults: 1, children: 0 }],
    ['application', 'application', { applicant: 'self', service: 'contact-person', municipality: municipalities.vaxholm.id, name: 'Fia Fors', phone: '08-765 43 21', callTime: 'any', consent: true }],
  ] as const
  for (const [name, form, body] of submissions) {
    const response = await post(form, body, '198.51.100.1')
    expect(response.status).toBe(201)
    const { reference } = (await response.json()) as { reference: string }
    references[name] = reference
    const admin = await signInAs('admin@example.org')
    const collection = form === 'interest' ? 'interest-registrations' : 'applications'
    created[name] = (await idsIn(await get(`/api/${collection}?where[reference][equals]=${reference}&depth=0`, admin)))[0]
  }
})

afterAll(() => {
  if (demo) pressCtrlC(demo)
})

describe('who sees a submission through the REST API', () => {
  it('a recruiter lists, counts and opens only what was routed to their own team', async () => {
    const recruiter = await signInAs('barn-unga.sodermalm@example.org')
    expect(await idsIn(await get('/api/interest-registrations?limit=0&pagination=false', recruiter))).toEqual([created.family])
    expect(await (await get('/api/interest-registrations/count', recruiter)).json()).toEqual({ totalDocs: 1 })
    expect((await get(`/api/interest-registrations/${created.lss}`, recruiter)).status).toBe(404)
    expect(await idsIn(await get(`/api/interest-registrations?where[id][equals]=${created.lss}`, recruiter))).toEqual([])
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
    for (const url of ['/api/interest-registrations', '/api/applications', `/api/applications/${created.application}`, '/api/outbox']) {
      expect((await get(url)).status).toBe(403)
    }
    const graphql = await fetch(`${demo.cmsUrl}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ InterestRegistrations { docs { name } } }"}' })
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
    const update = await fetch(`${demo.cmsUrl}/api/interest-registrations/${created.family}`, { method: 'PATCH', headers: { ...recruiter, 'content-type': 'application/json' }, body: JSON.stringify({ status: 'contacted' }) })
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
    for (let tries = 0; tries < 60 && messages.filter((message) => message.status === 'delivered-locally').length < 5; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      messages = ((await (await get('/api/outbox?limit=0', admin)).json()) as { docs: typeof messages }).docs
    }
    expect(messages.map((message) => message.to).sort()).toEqual(['barn-unga.sodermalm@stockholm.example.org', 'dana@example.org', 'erik@example.org', 'lss.sodermalm@stockholm.example.org', 'mottagning@vaxholm.example.org'])
    for (const message of messages) for (const value of ['Dana', 'Erik', 'Fia', '070-111', '08-765']) expect(message.text).not.toContain(value)
    expect(fs.readdirSync(path.join(demo.dataDir, 'mailbox'))).toHaveLength(5)
    expect((await get('/api/outbox', await signInAs('barn-unga.sodermalm@example.org'))).status).toBe(403)
  })
})

describe('the rate limit on form posts', () => {
  it('answers 429 with Retry-After once one address has posted too often, keeps the input of a plain post, and lets others through', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 10; i += 1) statuses.push((await post('interest', { name: '' }, '203.0.113.9')).status)
    expect(statuses).toEqual(Array(10).fill(400))
    const limited = await post('interest', { name: '' }, '203.0.113.9')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    const plain = await fetch(`${demo.cmsUrl}/api/forms/interest`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.9' },
      body: new URLSearchParams({ name: 'Gustav Gran', locale: 'sv' }).toString(),
    })
    expect(plain.status).toBe(429)
    const page = await plain.text()
    expect(page).toContain('Vänta några minuter')
    expect(page).toContain('value="Gustav Gran"')
    expect((await post('interest', { name: '' }, '203.0.113.10')).status).toBe(400)
  })
})
