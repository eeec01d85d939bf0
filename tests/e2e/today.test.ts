import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { awaitingCallBack, drafts, myActionsDue, untouched } from '../../cms/admin/today/queries'
import { whereQuery } from '../../cms/admin/whereQuery'
import { axeViolations, launchBrowser } from './browser'
import {
  type Demo,
  adminPage,
  listLoaded,
  municipalityIds,
  pressCtrlC,
  signIn,
  startDemo,
  submitForm,
} from './demo'

const root = path.resolve(import.meta.dirname, '../..')
const RECRUITER = 'barn-unga.sodermalm@example.org'
const INTAKE = 'mottagning.vaxholm@example.org'
const COMMUNICATIONS = 'kommunikation@example.org'
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
/** Stored values staff must never read: statuses, services, the district key, booleans. */
const RAW =
  /\b(new|contacted|contact-family|contact-person|lss-short-break-family|sodermalm|true|false|sant|falskt)\b/
const SWEDISH_DATE = /^\d{1,2} (jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)\.? \d{4}, \d{2}:\d{2}$/

let demo: Demo
let browser: Browser
const references: string[] = []

const get = (url: string, auth: Record<string, string>) => fetch(`${demo.cmsUrl}${url}`, { headers: auth })
const countAs = async (auth: Record<string, string>, collection: string, where: Where) =>
  ((await (await get(`/api/${collection}/count?${whereQuery(where)}`, auth)).json()) as { totalDocs: number })
    .totalDocs

async function post(form: 'interest' | 'application', body: object) {
  const reference = await submitForm(demo, form, body)
  references.push(reference)
  return reference
}

/** Swedish staff's browser asks for Swedish; the admin follows the browser's language. */
async function signedInPage(email: string): Promise<Page> {
  const page = await adminPage(browser, demo, email, { locale: 'sv-SE' })
  await page.waitForSelector('.today')
  return page
}

/** The count a tile on the Today view shows, found by its label. */
async function tile(page: Page, label: string): Promise<{ count: number; href: string }> {
  const link = page.locator('.today__tile a', { hasText: label })
  return {
    count: Number(await link.locator('.today__count').textContent()),
    href: String(await link.getAttribute('href')),
  }
}

/** Opens a list and waits until it shows its rows, every cell loaded (or that there are none). */
async function openList(page: Page, href: string) {
  await page.goto(`${demo.cmsUrl}${href}`)
  await listLoaded(page)
}

/** Every count on the Today view links to a list showing exactly that many rows. */
async function everyTileLeadsToItsRows(page: Page) {
  const tiles = await page.locator('.today__tile a').evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('href') ?? '',
      count: Number(link.querySelector('.today__count')?.textContent),
    })),
  )
  expect(tiles.length).toBeGreaterThan(0)
  for (const { href, count } of tiles) {
    await openList(page, href)
    expect(await page.locator('.collection-list table tbody tr').count(), href).toBe(count)
  }
}

/** What a list page shows staff: no ids, no stored codes, dates the Swedish way. */
async function listReadsAsWords(page: Page, collection: string) {
  await openList(page, `/admin/collections/${collection}?limit=100`)
  const rendered = (await page.locator('.collection-list').innerText()).replace(/\s+/g, ' ')
  expect(rendered).not.toMatch(UUID)
  expect(rendered).not.toMatch(RAW)
  const received = await page.locator('.collection-list table tbody tr td.cell-createdAt').allInnerTexts()
  expect(received.length).toBeGreaterThan(0)
  for (const date of received) expect(date.trim()).toMatch(SWEDISH_DATE)
}

/** What every role's Today view must be: accessible, each count leading to its rows, the role's list in words. */
async function expectSoundTodayView(page: Page, list?: 'interest-registrations' | 'applications') {
  expect(await axeViolations(page)).toEqual([])
  await everyTileLeadsToItsRows(page)
  if (list) await listReadsAsWords(page, list)
  await page.context().close()
}

beforeAll(async () => {
  demo = await startDemo(root)
  browser = await launchBrowser()
  const municipality = await municipalityIds(demo)
  const volunteer = {
    phone: '070-111 22 33',
    consent: true,
    municipality: municipality.stockholm,
    district: 'sodermalm',
    adults: 2,
    children: 0,
  }
  await post('interest', {
    ...volunteer,
    name: 'Ada',
    email: 'ada@example.org',
    services: ['contact-family'],
  })
  const worked = await post('interest', {
    ...volunteer,
    name: 'Bea',
    email: 'bea@example.org',
    services: ['contact-family'],
  })
  await post('interest', {
    ...volunteer,
    name: 'Cai',
    email: 'cai@example.org',
    services: ['lss-short-break-family'],
  })
  for (const name of ['Dan', 'Eva'])
    await post('application', {
      applicant: 'self',
      service: 'contact-person',
      municipality: municipality.vaxholm,
      name,
      phone: '08-765 43 21',
      callTime: 'any',
      consent: true,
    })
  // The recruiter calls Bea, takes her on and sets a next action for yesterday: hers, and overdue.
  const recruiter = await signIn(demo, RECRUITER)
  const me = ((await (await get('/api/users/me?depth=0', recruiter)).json()) as { user: { id: string } }).user
  const [bea] = (
    (await (
      await get(`/api/interest-registrations?where[reference][equals]=${worked}`, recruiter)
    ).json()) as {
      docs: { id: string }[]
    }
  ).docs
  const update = await fetch(`${demo.cmsUrl}/api/interest-registrations/${bea.id}`, {
    method: 'PATCH',
    headers: { ...recruiter, 'content-type': 'application/json' },
    body: JSON.stringify({
      contactLog: [{ kind: 'call-attempt' }],
      responsible: me.id,
      nextActionAt: new Date(Date.now() - 86_400_000).toISOString(),
    }),
  })
  expect(update.status).toBe(200)
  const team = (
    (await (await get('/api/users/me?depth=0', recruiter)).json()) as { user: { teams: string[] } }
  ).user.teams[0]
  const evening = await fetch(`${demo.cmsUrl}/api/info-evenings`, {
    method: 'POST',
    headers: { ...recruiter, 'content-type': 'application/json' },
    body: JSON.stringify({
      topic: 'Informationskväll på Södermalm',
      municipality: municipality.stockholm,
      organizingTeam: team,
      startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
      durationMinutes: 90,
      place: 'Medborgarhuset',
      capacity: 12,
      language: 'sv',
      status: 'open',
      _status: 'published',
    }),
  })
  expect(evening.status).toBe(201)
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

describe('the Today view', () => {
  it("shows the recruiter their team's work, each count leading to that many rows", async () => {
    const auth = await signIn(demo, RECRUITER)
    const page = await signedInPage(RECRUITER)
    const me = ((await (await get('/api/users/me?depth=0', auth)).json()) as { user: { id: string } }).user
    const expected = {
      untouched: await countAs(auth, 'interest-registrations', untouched()),
      mine: await countAs(auth, 'interest-registrations', myActionsDue(me.id, new Date())),
    }
    // Ada is untouched; Bea has a contact-log entry; Cai went to the LSS team.
    expect(expected).toEqual({ untouched: 1, mine: 1 })
    expect((await tile(page, 'som ingen har agerat på än')).count).toBe(expected.untouched)
    expect(await page.locator('.today__tile', { hasText: 'som ingen har agerat på än' }).innerText()).toMatch(
      /Den äldsta har väntat \d+ (min|h)/,
    )
    expect((await tile(page, 'mina med nästa åtgärd')).count).toBe(expected.mine)
    expect(await page.locator('.today__section').first().innerText()).toContain(
      'Kommande informationskvällar',
    )
    await expectSoundTodayView(page, 'interest-registrations')
  })

  it('shows intake who waits for a call-back, oldest first, with the time left', async () => {
    const auth = await signIn(demo, INTAKE)
    const page = await signedInPage(INTAKE)
    const waiting = await countAs(auth, 'applications', awaitingCallBack())
    expect(waiting).toBe(2)
    expect((await tile(page, 'väntar på att bli uppringda')).count).toBe(waiting)
    const queue = await page.locator('.today__queue li').allInnerTexts()
    expect(queue).toHaveLength(2)
    for (const line of queue) expect(line).toMatch(/^KP-?\S+ .*\d+ (d|h|min).* kvar$/)
    await expectSoundTodayView(page, 'applications')
  })

  it("shows communications the drafts and the site's last build", async () => {
    const auth = await signIn(demo, COMMUNICATIONS)
    await vi.waitFor(
      async () =>
        expect(
          ((await (await get('/api/globals/site-build', auth)).json()) as { at?: string }).at,
        ).toBeTruthy(),
      { timeout: 60_000, interval: 500 },
    )
    const page = await signedInPage(COMMUNICATIONS)
    expect((await tile(page, 'sidor som är utkast')).count).toBe(await countAs(auth, 'pages', drafts()))
    expect(await page.locator('.today__build').innerText()).toMatch(
      /Bygget begärdes \d{1,2} \S+ \d{4} \d{2}:\d{2}/,
    )
    await expectSoundTodayView(page)
  })
  it('shows admins the central queue, failed e-mails and jobs, each count leading to its list', async () => {
    const page = await signedInPage('admin@example.org')
    expect(await page.locator('#today-admin').innerText()).toBe('Drift')
    await expectSoundTodayView(page)
  })
})

describe("the portal's own face and the team's own export", () => {
  it("shows the portal's name instead of Payload's logo and icon", async () => {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage()
    await page.goto(`${demo.cmsUrl}/admin/login`)
    await page.waitForSelector('input[name="email"]')
    expect(await page.locator('.login').innerText()).toContain('Kontaktportalen')
    expect(await page.locator('svg.graphic-logo').count()).toBe(0)
    await page.context().close()
    const signedIn = await signedInPage(RECRUITER)
    expect(await signedIn.locator('.app-header').innerText()).toContain('Kontaktportalen')
    expect(await signedIn.locator('svg.graphic-icon').count()).toBe(0)
    await signedIn.context().close()
  })

  it("downloads the list on screen as CSV, with the team's rows only", async () => {
    const page = await signedInPage(RECRUITER)
    await openList(page, '/admin/collections/interest-registrations?where[status][equals]=new')
    const href = String(await page.locator('.list-export a').getAttribute('href'))
    expect(href).toContain('/api/interest-registrations/export.csv?where')
    // Fetched from the page, as the browser's download is: same-origin, with the session cookie.
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href)
    const [ada, bea, cai] = references
    expect(csv).toContain(ada)
    expect(csv).toContain(bea)
    expect(csv).not.toContain(cai)
    expect(csv).toContain('Kontaktfamilj')
    expect(csv).not.toMatch(UUID)
    await page.context().close()
  })
})
