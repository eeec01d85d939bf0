import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, launchBrowser } from './browser'
import { type Demo, adminPage, municipalityIds, pressCtrlC, signIn, startDemo, submitForm } from './demo'

const root = path.resolve(import.meta.dirname, '../..')
const staffView = { locale: 'sv-SE', timezoneId: 'Europe/Stockholm' }
let demo: Demo
let browser: Browser
let admin: Record<string, string>
let stockholm: string
const registration: { id: string; reference: string } = { id: '', reference: '' }

const api = (url: string, init: RequestInit = {}) =>
  fetch(`${demo.cmsUrl}${url}`, {
    ...init,
    headers: { ...admin, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  })

/** The outbox message `query` finds, once the jobs have written it. */
async function waitForMail(query: string): Promise<{ text: string; to: string }> {
  for (let tries = 0; tries < 90; tries += 1) {
    const { docs } = (await (await api(`/api/outbox?${query}&depth=0`)).json()) as {
      docs: { text: string; to: string }[]
    }
    if (docs[0]) return docs[0]
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`no e-mail for ${query}`)
}

beforeAll(async () => {
  demo = await startDemo(root)
  browser = await launchBrowser()
  admin = await signIn(demo, 'admin@example.org')
  stockholm = (await municipalityIds(demo)).stockholm
  // Stockholm's records decision: a registration goes 21 days after it ended.
  const set = await api(`/api/municipalities/${stockholm}`, {
    method: 'PATCH',
    body: JSON.stringify({ retention: { interestDaysAfterEnd: 21 } }),
  })
  expect(set.status).toBe(200)
  registration.reference = await submitForm(demo, 'interest', {
    name: 'Vera Vik',
    email: 'vera.withdraws@example.org',
    phone: '070-222 33 44',
    consent: true,
    municipality: stockholm,
    district: 'sodermalm',
    services: ['contact-family'],
    adults: 1,
    children: 0,
  })
  const found = await api(
    `/api/interest-registrations?where[reference][equals]=${registration.reference}&depth=0`,
  )
  registration.id = ((await found.json()) as { docs: { id: string }[] }).docs[0].id
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

describe('the withdrawal link in the confirmation e-mail', () => {
  it('asks in the browser, withdraws once, refuses an altered link, and the team sees it', async () => {
    const mail = await waitForMail(
      'where[kind][equals]=interest-confirmation&where[to][equals]=vera.withdraws@example.org',
    )
    const link = (
      mail.text.match(/https?:\/\/\S+\/api\/interest-registrations\/withdraw\?token=\S+/) as RegExpMatchArray
    )[0]
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage()
    await page.goto(link)
    expect(await page.textContent('h1')).toBe('Dra tillbaka intresseanmälan')
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Ja, dra tillbaka' }).click()
    await page.getByText('Du har dragit tillbaka din intresseanmälan').waitFor()
    expect(await page.textContent('main')).toContain('inom 21 dagar')

    await page.goto(link)
    expect(await page.textContent('main')).toContain('redan avslutad')
    const altered = await fetch(link.replace(/.{3}$/, 'abc'))
    expect(altered.status).toBe(400)
    expect(await altered.text()).toContain('Länken fungerar inte')

    // The team is told by reference and link, nothing of the person.
    const told = await waitForMail(`where[key][like]=${registration.reference}:withdrawn`)
    expect(told.text).toContain(registration.reference)
    for (const personal of ['Vera', 'Vik', 'vera.withdraws', '070-222'])
      expect(told.text).not.toContain(personal)

    const team = await adminPage(browser, demo, 'barn-unga.sodermalm@example.org', staffView)
    await team.goto(`${demo.cmsUrl}/admin/collections/interest-registrations/${registration.id}`)
    const card = team.locator('.case-card')
    await card.waitFor()
    const status = card.locator('dt', { hasText: 'Status' }).locator('xpath=following-sibling::dd')
    expect(await status.innerText()).toBe('Avbruten av personen')
  })
})

describe('retention in the admin', () => {
  it('lets an admin set a municipality’s schedule and read the gallring log, which nobody can change', async () => {
    const page = await adminPage(browser, demo, 'admin@example.org', staffView)
    await page.goto(`${demo.cmsUrl}/admin/collections/municipalities/${stockholm}`)
    // Payload renders a form's fields as they come near the viewport, and the group now sits below
    // the municipality's facts: scroll to it, then wait for the field's own label.
    const group = page.getByText('Gallring', { exact: true }).first()
    await group.waitFor()
    await group.scrollIntoViewIfNeeded()
    await page.getByText('Ansökningar: dagar efter avslut').first().waitFor()
    expect(await page.locator('body').innerText()).toContain('Tomt betyder 30.')

    expect((await api(`/api/interest-registrations/${registration.id}`, { method: 'DELETE' })).status).toBe(
      200,
    )
    await page.goto(`${demo.cmsUrl}/admin/collections/deletion-records`)
    const row = page.locator('tr', { hasText: registration.reference })
    await row.waitFor()
    expect(await row.innerText()).toContain('Raderad för hand av en administratör')
    expect(await row.innerText()).toContain('Intresseanmälan')
    expect(await page.getByText('Ladda ner listan (CSV)').count()).toBe(1)

    const { docs } = (await (
      await api(`/api/deletion-records?where[reference][equals]=${registration.reference}&depth=0`)
    ).json()) as { docs: { id: string }[] }
    const changed = await api(`/api/deletion-records/${docs[0].id}`, {
      method: 'PATCH',
      body: JSON.stringify({ reference: 'ändrad' }),
    })
    expect(changed.status).toBe(403)
    expect((await api(`/api/deletion-records/${docs[0].id}`, { method: 'DELETE' })).status).toBe(403)
    const recruiter = await signIn(demo, 'barn-unga.sodermalm@example.org')
    expect((await fetch(`${demo.cmsUrl}/api/deletion-records`, { headers: recruiter })).status).toBe(403)
  })
})
