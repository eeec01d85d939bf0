import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
/** Our panels on the edit view; the rest of it is Payload's own. */
const PANELS = ['section[aria-labelledby="linked-records-heading"]', 'section.hand-over']
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
const RECRUITER = 'barn-unga.sodermalm@example.org'
const RECEIVER = 'lss.sodermalm@example.org'
const RECEIVING_TEAM = 'Södermalm – LSS'
const RECEIVING_ADDRESS = 'lss.sodermalm@stockholm.example.org'
const REASON = 'Ida vill bli kontaktperson enligt LSS'

let demo: Demo
let browser: Browser
const registration = { id: '', reference: '' }

const get = async <T>(url: string, auth: Record<string, string>) =>
  (await (await fetch(`${demo.cmsUrl}${url}`, { headers: auth })).json()) as T

/** One person registers twice in Stockholm (Södermalm): a contact family, and a contact person under LSS. */
async function register(services: string[]) {
  return submitForm(demo, 'interest', {
    name: 'Ida Isaksson',
    email: services.includes('contact-family') ? 'ida@example.org' : 'IDA@example.org',
    phone: '070-222 33 44',
    consent: true,
    municipality: (await municipalityIds(demo)).stockholm,
    district: 'sodermalm',
    services,
    adults: 1,
    children: 0,
  })
}

const signedInPage = (email: string) => adminPage(browser, demo, email, { locale: 'sv-SE' })

/** The team's list as it shows once loaded (relationship cells load after the rows). */
const listText = async (page: Page) => {
  await page.goto(`${demo.cmsUrl}/admin/collections/interest-registrations`)
  await listLoaded(page)
  return page.locator('.collection-list').innerText()
}

beforeAll(async () => {
  demo = await startDemo(root)
  browser = await launchBrowser()
  registration.reference = await register(['contact-family'])
  await register(['lss-contact-person'])
  const admin = await signIn(demo, 'admin@example.org')
  const { docs } = await get<{ docs: { id: string }[] }>(
    `/api/interest-registrations?where[reference][equals]=${registration.reference}&depth=0`,
    admin,
  )
  registration.id = docs[0].id
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

describe('handing a registration to another team', () => {
  it("shows the recruiter the person's registration with the LSS team, and hands theirs over to it", async () => {
    const page = await signedInPage(RECRUITER)
    expect(await listText(page)).toContain(registration.reference)
    await page.goto(`${demo.cmsUrl}/admin/collections/interest-registrations/${registration.id}`)
    const linked = page.locator('section[aria-labelledby="linked-records-heading"]')
    // Typed contact details are claims: the other records show once the team has reached the person.
    await linked.getByText('Visas när ni har pratat med personen', { exact: false }).waitFor()
    const card = page.locator('.case-card')
    await card.getByLabel('Vad hände?').selectOption({ label: 'Pratat med personen' })
    await card.getByRole('button', { name: 'Lägg till i kontaktloggen' }).click()
    await linked.locator('table').waitFor()
    const row = linked.locator('tbody tr')
    expect(await row.count()).toBe(1)
    expect(await row.innerText()).toMatch(
      new RegExp(
        `Intresseanmälan\\s+${RECEIVING_TEAM}\\s+Kontaktperson enligt LSS\\s+Ny\\s+\\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2}`,
      ),
    )
    const handOver = page.locator('section.hand-over')
    await handOver.waitFor()
    expect(await axeViolations(page, PANELS)).toEqual([])
    expect(await page.locator('body').innerText()).not.toMatch(UUID)

    await handOver.getByLabel('Till team').selectOption({ label: RECEIVING_TEAM })
    await handOver.getByLabel('Anledning').fill(REASON)
    await handOver.getByRole('button', { name: 'Lämna över', exact: true }).click()
    await handOver.getByText(`Lämna över ${registration.reference} till ${RECEIVING_TEAM}?`).waitFor()
    expect(await axeViolations(page, PANELS)).toEqual([])
    await handOver.getByRole('button', { name: 'Ja, lämna över' }).click()
    await page.waitForURL(`${demo.cmsUrl}/admin/collections/interest-registrations**`)
    await page.waitForSelector('.collection-list')
    expect(await page.locator('.collection-list').innerText()).not.toContain(registration.reference)
    expect(await listText(page)).not.toContain(registration.reference)
    await page.context().close()
  })

  it('the receiving team finds it in its list and opens it', async () => {
    const page = await signedInPage(RECEIVER)
    expect(await listText(page)).toContain(registration.reference)
    await page.goto(`${demo.cmsUrl}/admin/collections/interest-registrations/${registration.id}`)
    // The handing team reached the person; the log it kept comes along, so the links show here too.
    await page.locator('section[aria-labelledby="linked-records-heading"] table').waitFor()
    expect(await page.locator('body').innerText()).not.toMatch(UUID)
    await page.context().close()
  })

  it('the receiving team is told in the local mailbox: the reference and a link, nothing personal', async () => {
    const admin = await signIn(demo, 'admin@example.org')
    type Message = { id: string; subject: string; text: string; status: string }
    const messages = async () =>
      (
        await get<{ docs: Message[] }>(
          `/api/outbox?where[to][equals]=${encodeURIComponent(RECEIVING_ADDRESS)}&limit=0&depth=0`,
          admin,
        )
      ).docs.filter((message) => message.subject.startsWith('Överlämnad'))
    await expect
      .poll(async () => (await messages()).map((message) => message.status), { timeout: 30_000 })
      .toEqual(['delivered-locally'])
    const [message] = await messages()
    const [file] = fs
      .readdirSync(path.join(demo.dataDir, 'mailbox'))
      .filter((name) => name.includes(message.id))
    const mail = fs.readFileSync(path.join(demo.dataDir, 'mailbox', file), 'utf8')
    expect(mail).toContain(registration.reference)
    expect(mail).toContain(`/admin/collections/interest-registrations/${registration.id}`)
    for (const personal of ['Ida', 'ida@', '070-222', REASON]) expect(mail).not.toContain(personal)
  })
})
