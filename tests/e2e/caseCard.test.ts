import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stockholmDatePlus } from '../../core/domain/stockholmTime'
import { axeViolations, launchBrowser } from './browser'
import { type Demo, adminPage, municipalityIds, pressCtrlC, signIn, startDemo, submitForm } from './demo'

const root = path.resolve(import.meta.dirname, '../..')
const RECRUITER = 'Demo rekryterare Södermalm barn och unga'
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
/** Stored codes staff must never read: statuses, contact kinds, services, district keys, routing levels. */
const RAW =
  /\b(new|contacted|information-evening|not-suitable|call-attempt|email-sent|contact-family|contact-person|sodermalm|vaxholm-mottagning|district|municipality|cooperation|fallback)\b/
/** "25 nov. 2026 08:46" (Swedish short month, 24-hour clock). */
const SWEDISH_TIME = '\\d{1,2} (jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)\\.? \\d{4} \\d{2}:\\d{2}'

let demo: Demo
let browser: Browser
const created: Record<string, { id: string; reference: string }> = {}

async function submit(form: 'interest' | 'application', body: object) {
  const reference = await submitForm(demo, form, body)
  const collection = form === 'interest' ? 'interest-registrations' : 'applications'
  const admin = await signIn(demo, 'admin@example.org')
  const found = await fetch(
    `${demo.cmsUrl}/api/${collection}?where[reference][equals]=${reference}&depth=0`,
    {
      headers: admin,
    },
  )
  const [doc] = ((await found.json()) as { docs: { id: string }[] }).docs
  return { id: doc.id, reference }
}

async function openAs(email: string, url: string): Promise<Page> {
  const page = await adminPage(browser, demo, email, { locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })
  await page.goto(`${demo.cmsUrl}${url}`)
  await page.locator('.case-card').waitFor()
  return page
}

/** What a staff member reads on the page: no id, no stored code, no US date or 12-hour clock. */
async function expectNothingRaw(page: Page) {
  // A staff account is shown by its e-mail address in Payload's own fields; that is no code.
  const shown = (await page.evaluate(() => document.body.innerText)).replace(/\S+@example\.org/g, '')
  expect(shown).not.toMatch(UUID)
  expect(shown).not.toMatch(RAW)
  expect(shown).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}|\b(AM|PM|fm|em)\b/)
}

beforeAll(async () => {
  demo = await startDemo(root)
  browser = await launchBrowser()
  const municipality = await municipalityIds(demo)
  created.registration = await submit('interest', {
    name: 'Dana Dahl',
    email: 'dana.casecard@example.org',
    phone: '070-111 22 33',
    consent: true,
    municipality: municipality.stockholm,
    district: 'sodermalm',
    services: ['contact-family'],
    adults: 2,
    children: 0,
  })
  created.application = await submit('application', {
    applicant: 'self',
    service: 'contact-person',
    municipality: municipality.vaxholm,
    name: 'Fia Fors',
    phone: '08-765 43 21',
    callTime: 'any',
    consent: true,
  })
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

describe('the case card', () => {
  it('lets a recruiter move a registration on, log a contact, plan the next action and take it on', async () => {
    const { id, reference } = created.registration
    const page = await openAs(
      'barn-unga.sodermalm@example.org',
      `/admin/collections/interest-registrations/${id}`,
    )
    const card = page.locator('.case-card')
    const fact = (term: string) =>
      card.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd')
    expect(await fact('Referens').innerText()).toBe(reference)
    expect(await fact('Status').innerText()).toBe('Ny')
    expect(await fact('Inkom för').innerText()).toBe('i dag')
    expect(await fact('Team').innerText()).toBe('Södermalm – barn och unga (SoL)')
    expect(await fact('Kommun och område').innerText()).toBe('Stockholm, Södermalm')
    expect(await fact('Ansvarig').innerText()).toBe('Ingen ansvarig än')
    expect(await card.innerText()).toContain(
      'Kontaktfamilj: Södermalm – barn och unga (SoL), som har hand om Södermalm.',
    )

    await card.getByRole('button', { name: 'Kontaktad', exact: true }).click()
    await card.locator('li', { hasText: `— Kontaktad — ${RECRUITER}` }).waitFor()
    expect(await fact('Status').innerText()).toBe('Kontaktad')

    await card.getByLabel('Vad hände?').selectOption({ label: 'Ringt, inget svar' })
    await card.getByLabel('Anteckning (frivillig)').fill('Ringer igen i morgon')
    await card.getByRole('button', { name: 'Lägg till i kontaktloggen' }).click()
    const contact = card.locator('li', { hasText: 'Ringer igen i morgon' })
    await contact.waitFor()
    expect(await contact.innerText()).toMatch(
      new RegExp(`^${SWEDISH_TIME} — Ringt, inget svar — ${RECRUITER} — Ringer igen i morgon$`),
    )

    await card.getByLabel('Ansvarig', { exact: true }).selectOption({ label: RECRUITER })
    await card.getByLabel('Nästa steg', { exact: true }).fill('Ring igen')
    await card.getByLabel('Nästa steg senast').fill(stockholmDatePlus(new Date(), 1))
    await card.getByRole('button', { name: 'Spara ansvar och nästa steg' }).click()
    await card.locator('dd', { hasText: RECRUITER }).waitFor()
    expect(await fact('Nästa steg').innerText()).toMatch(/^Ring igen \d{1,2} [a-zåäö]{3,4}\.? \d{4}$/)

    // Payload's own Save sends the stored contact log back untouched, and the server accepts it.
    await page.locator('#field-nextAction').fill('Ring igen på fredag')
    const [saved] = await Promise.all([
      page.waitForResponse(
        (response) =>
          response.url().includes(`/api/interest-registrations/${id}`) &&
          response.request().method() !== 'GET',
      ),
      page.locator('#action-save').click(),
    ])
    expect(saved.status()).toBe(200)

    const history = await card.locator('li', { hasText: ' — Ny — ' }).innerText()
    expect(history).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} — Ny — Portalen$/)
    await expectNothingRaw(page)
    expect(await axeViolations(page, ['.case-card'])).toEqual([])

    const recruiter = await signIn(demo, 'barn-unga.sodermalm@example.org')
    const stored = (await (
      await fetch(`${demo.cmsUrl}/api/interest-registrations/${id}?depth=0`, { headers: recruiter })
    ).json()) as {
      status: string
      responsible: string
      nextAction: string
      untouched: boolean
      contactLog: { by: string }[]
    }
    expect(stored.status).toBe('contacted')
    expect(stored.untouched).toBe(false)
    expect(stored.contactLog).toHaveLength(1)
    expect(stored.nextAction).toBe('Ring igen på fredag')
    expect(stored.responsible).toBe(stored.contactLog[0].by)
    await page.context().close()
  })

  it('lets an intake worker call an application back and close it from its card', async () => {
    const { id, reference } = created.application
    const page = await openAs('mottagning.vaxholm@example.org', `/admin/collections/applications/${id}`)
    const card = page.locator('.case-card')
    expect(await card.innerText()).toContain(reference)
    expect(await card.getByRole('button').allInnerTexts()).toEqual(
      expect.arrayContaining(['Uppringd', 'Avslutad']),
    )
    await card.getByLabel('Vad hände?').selectOption({ label: 'Pratat med personen' })
    await card.getByRole('button', { name: 'Lägg till i kontaktloggen' }).click()
    await card.locator('li', { hasText: '— Pratat med personen — Demo mottagning Vaxholm' }).waitFor()
    await card.getByRole('button', { name: 'Avslutad', exact: true }).click()
    await card.locator('li', { hasText: '— Avslutad — Demo mottagning Vaxholm' }).waitFor()
    expect(await card.innerText()).toContain('Ärendet är avslutat.')
    await expectNothingRaw(page)
    expect(await axeViolations(page, ['.case-card'])).toEqual([])
    await page.context().close()
  })
})
