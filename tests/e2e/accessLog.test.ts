import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { type Demo, adminPage, municipalityIds, pressCtrlC, signIn, startDemo, submitForm } from './demo'

const root = path.resolve(import.meta.dirname, '../..')
const INTAKE = 'mottagning.vaxholm@example.org'

let demo: Demo
let browser: Browser
let admin: { authorization: string }
const application = { id: '', reference: '' }

type Entry = { id: string; staffName: string; surface: string; collection?: string; references?: string[] }

/** The access log's entries for one reference, newest first, as an admin reads them over REST. */
async function entriesFor(reference: string): Promise<Entry[]> {
  const response = await fetch(
    `${demo.cmsUrl}/api/access-log?where[references][equals]=${reference}&depth=0&limit=0`,
    { headers: admin },
  )
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Entry[] }).docs
}

const surfacesBy = async (staffName: string) =>
  (await entriesFor(application.reference))
    .filter((entry) => entry.staffName === staffName)
    .map((entry) => entry.surface)
    .sort()

beforeAll(async () => {
  demo = await startDemo(root)
  browser = await launchBrowser()
  admin = await signIn(demo, 'admin@example.org')
  const municipality = await municipalityIds(demo)
  application.reference = await submitForm(demo, 'application', {
    applicant: 'self',
    service: 'contact-person',
    municipality: municipality.vaxholm,
    name: 'Greta Gran',
    phone: '070-987 65 43',
    email: 'greta.gran@example.org',
    callTime: 'any',
    consent: true,
  })
  // Found by reference with a select of the reference alone: a read that shows nobody, so not logged.
  const found = await fetch(
    `${demo.cmsUrl}/api/applications?where[reference][equals]=${application.reference}&select[reference]=true&depth=0`,
    { headers: admin },
  )
  application.id = ((await found.json()) as { docs: { id: string }[] }).docs[0].id
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

describe('the access log', () => {
  it('records intake opening the application in the admin, and not the list of references it came from', async () => {
    expect(await entriesFor(application.reference)).toEqual([])
    const page = await adminPage(browser, demo, INTAKE, { locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })
    await page.goto(`${demo.cmsUrl}/admin/collections/applications`)
    await page.locator('.table').getByText(application.reference).waitFor()
    await page.goto(`${demo.cmsUrl}/admin/collections/applications/${application.id}`)
    await page.locator('.case-card').waitFor()
    const [entry] = (await entriesFor(application.reference)).filter((e) => e.surface === 'view')
    expect(entry).toMatchObject({ collection: 'applications', references: [application.reference] })
    expect(entry.staffName).toMatch(/mottagning|Vaxholm/i)
    expect(await surfacesBy(entry.staffName)).toEqual(['view'])
    expect(JSON.stringify(await entriesFor(application.reference))).not.toMatch(/Greta|987 65|greta\.gran/)
    await page.context().close()
  })

  it('records a REST read by id and the CSV export, and nothing for anonymous refusals', async () => {
    const intake = await signIn(demo, INTAKE)
    const before = (await entriesFor(application.reference)).length
    expect((await fetch(`${demo.cmsUrl}/api/applications/${application.id}`)).status).toBe(403)
    expect((await fetch(`${demo.cmsUrl}/api/applications/export.csv`)).status).toBe(401)
    expect(await entriesFor(application.reference)).toHaveLength(before)

    expect(
      (await fetch(`${demo.cmsUrl}/api/applications/${application.id}`, { headers: intake })).status,
    ).toBe(200)
    const csv = await fetch(`${demo.cmsUrl}/api/applications/export.csv`, { headers: intake })
    expect(await csv.text()).toContain(application.reference)
    const byIntake = (await entriesFor(application.reference)).filter((e) => e.surface !== 'view')
    expect(byIntake.map((e) => e.surface).sort()).toEqual(['api-read', 'export'])
  })

  it('cannot be changed or deleted over REST, not even by an admin', async () => {
    const [entry] = await entriesFor(application.reference)
    const json = { ...admin, 'content-type': 'application/json' }
    const url = `${demo.cmsUrl}/api/access-log/${entry.id}`
    const patch = await fetch(url, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ staffName: 'Ingen' }),
    })
    expect(patch.status).toBe(403)
    expect((await fetch(url, { method: 'DELETE', headers: admin })).status).toBe(403)
    const post = await fetch(`${demo.cmsUrl}/api/access-log`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ staffName: 'Ingen', surface: 'view', references: [application.reference] }),
    })
    expect(post.status).toBe(403)
    expect((await entriesFor(application.reference)).find((e) => e.id === entry.id)).toEqual(entry)
  })

  it('is read by the data-protection role, which reads no applications', async () => {
    // The demo's data-protection login: it reads the log and nothing else.
    const email = 'dataskydd@example.org'
    const officer = await signIn(demo, email)
    const log = await fetch(
      `${demo.cmsUrl}/api/access-log?where[references][equals]=${application.reference}`,
      {
        headers: officer,
      },
    )
    expect(((await log.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
    expect(
      (await fetch(`${demo.cmsUrl}/api/applications/${application.id}`, { headers: officer })).status,
    ).toBe(403)
    const page = await adminPage(browser, demo, email, { locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })
    await page.goto(`${demo.cmsUrl}/admin/collections/access-log`)
    const row = page.locator('.table tr', { hasText: application.reference }).first()
    await row.waitFor()
    expect(await row.innerText()).toContain('Demo mottagning Vaxholm')
    await page.context().close()
  })
})

describe('the access request', () => {
  it('finds the person by phone number in another form, offers both downloads, and is itself logged', async () => {
    const page = await adminPage(browser, demo, 'admin@example.org', { locale: 'sv-SE' })
    expect(await page.locator('nav a[href="/admin/access-request"]').textContent()).toBe('Registerutdrag')
    await page.goto(`${demo.cmsUrl}/admin/access-request`)
    await page.getByLabel('Telefonnummer').fill('+46 70 987 65 43')
    await page.getByRole('button', { name: 'Sök' }).click()
    const found = page.locator('.access-request__found')
    await found.waitFor()
    expect(await found.innerText()).toContain(application.reference)
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Ladda ner som läsbar rapport (HTML)' }).click()
    const report = await (await download).path()
    const { readFile } = await import('node:fs/promises')
    const html = await readFile(report, 'utf8')
    expect(html).toContain('Greta Gran')
    expect(html).toContain(application.reference)
    expect(page.url()).not.toMatch(/987|greta/i)
    const logged = (await entriesFor(application.reference)).filter((e) => e.surface === 'access-request')
    expect(logged).toHaveLength(1)
    expect(JSON.stringify(logged)).not.toMatch(/987|greta/i)
    await page.context().close()
  })
})
