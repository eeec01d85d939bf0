import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeViolationsOfHtml, launchBrowser } from './browser'
import { type Demo, asLongAsAPerson, filledIn, jobQueue, pressCtrlC, signIn, startDemo } from './demo'
import { createOpenEvening } from './evenings'
import { pressSpaceOn, submitByKeyboard, typeInto } from './keyboard'

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
let browser: Browser
let admin: Record<string, string>

const api = (url: string, init: RequestInit = {}) =>
  fetch(`${demo.cmsUrl}${url}`, {
    ...init,
    headers: { ...admin, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  })
const booker = (i: number, seats = 1) => ({
  name: `Booker ${i}`,
  email: `booker${i}@example.org`,
  seats,
  services: [],
  consent: true,
  locale: 'sv',
})
const postBooking = (evening: string, body: unknown, key?: string) =>
  fetch(`${demo.cmsUrl}/api/info-evenings/${evening}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(filledIn(body as object)),
  })

const newEvening = (capacity: number) =>
  createOpenEvening(demo.cmsUrl, admin, { topic: `Testkväll ${capacity} ${Date.now()}`, capacity, inDays: 5 })

async function waitForMail(kind: string, to: string): Promise<{ text: string }> {
  for (let tries = 0; tries < 90; tries += 1) {
    const { docs } = (await (
      await api(`/api/outbox?where[kind][equals]=${kind}&where[to][equals]=${to}&depth=0`)
    ).json()) as { docs: { text: string }[] }
    if (docs[0]) return docs[0]
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`no ${kind} e-mail to ${to}. ${await jobQueue(demo, admin)}`)
}

beforeAll(async () => {
  demo = await startDemo(root, 540_000, { FORM_RATE_LIMIT_POINTS: '100000' })
  browser = await launchBrowser()
  admin = await signIn(demo, 'admin@example.org')
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

describe('booking an information evening', () => {
  it('by keyboard without JavaScript: errors keep the input, then a receipt; axe finds nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${demo.siteUrl}/informationskvallar/`)
    // The first evening's card, not the list's filter by municipality.
    await page.locator('main .card a[href*="/informationskvallar/"]').first().click()
    expect(await page.textContent('.seats-left')).toMatch(/platser kvar/)
    await typeInto(page, { name: 'Ada Andersson' })
    await submitByKeyboard(page, '.error-summary')
    expect(await page.inputValue('#name')).toBe('Ada Andersson')
    expect(await axeViolationsOfHtml(browser, await page.content())).toEqual([])
    await typeInto(page, { email: 'ada@example.org' })
    await pressSpaceOn(page, 'consent')
    await asLongAsAPerson(page)
    await submitByKeyboard(page, '.receipt')
    expect(await page.textContent('.receipt')).toContain('Din plats är bokad')
    expect(await axeViolationsOfHtml(browser, await page.content())).toEqual([])
    await context.close()
  })

  it('by keyboard with JavaScript: the live seat count, errors in the page, then the receipt', async () => {
    const page = await browser.newPage()
    await page.goto(`${demo.siteUrl}/en/information-evenings/`)
    await page.locator('main .card a[href*="/information-evenings/"]').first().click()
    // The island wakes when the form scrolls into view.
    await page.locator('astro-island').scrollIntoViewIfNeeded()
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'))
    // The built page still counts the seat booked without JavaScript above; the island asks the CMS.
    const built = Number(
      ((await (await fetch(page.url())).text()).match(/(\d+) seats left/) as RegExpMatchArray)[1],
    )
    await page.waitForFunction(
      (n) => document.querySelector('.seats-left')?.textContent === `${n} seats left`,
      built - 1,
    )
    await submitByKeyboard(page, '.error-summary')
    expect(await page.textContent('.error-summary')).toContain('Enter your name.')
    expect(await axeViolations(page)).toEqual([])
    await typeInto(page, { name: 'Bea Berg', email: 'bea@example.org' })
    await pressSpaceOn(page, 'seats-2', 'consent')
    await page.waitForTimeout(3000)
    await submitByKeyboard(page, '.receipt')
    expect(await page.textContent('.receipt')).toContain('Your seat is booked')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('answers 409 for a closed evening and honours the idempotency key', async () => {
    const evening = await newEvening(2)
    const first = await postBooking(evening, booker(1), 'same-key')
    expect(first.status).toBe(201)
    expect(await (await postBooking(evening, booker(1), 'same-key')).json()).toEqual(await first.json())
    expect((await postBooking(evening, { ...booker(2), seats: 3 })).status).toBe(400)
    await api(`/api/info-evenings/${evening}`, {
      method: 'PATCH',
      body: JSON.stringify({ status: 'closed', _status: 'published' }),
    })
    expect((await postBooking(evening, booker(3))).status).toBe(409)
  })
})

describe('the personal cancel link', () => {
  it('asks, cancels once, promotes the first in line, and refuses an altered token', async () => {
    const evening = await newEvening(1)
    expect(await (await postBooking(evening, booker(900))).json()).toMatchObject({ status: 'confirmed' })
    expect(await (await postBooking(evening, booker(901))).json()).toMatchObject({ status: 'waitlisted' })
    const mail = await waitForMail('booking-confirmed', 'booker900@example.org')
    const link = (mail.text.match(/https?:\/\/\S+\/api\/bookings\/cancel\?token=\S+/) as RegExpMatchArray)[0]
    const asked = await fetch(link)
    expect(asked.status).toBe(200)
    expect(await asked.text()).toContain('Ja, avboka')
    const token = new URL(link).searchParams.get('token') as string
    const cancel = (value: string) =>
      fetch(`${demo.cmsUrl}/api/bookings/cancel`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: value }).toString(),
      })
    const done = await cancel(token)
    expect(await done.text()).toContain('Du har avbokat')
    expect(await (await cancel(token)).text()).toContain('redan avbokad')
    const tampered = await cancel(`${token.slice(0, -3)}abc`)
    expect(tampered.status).toBe(400)
    expect(await tampered.text()).toContain('Länken fungerar inte')
    await waitForMail('booking-promoted', 'booker901@example.org')
  })
})

describe("the organising team's view", () => {
  it('another team cannot see the bookings', async () => {
    const intake = await signIn(demo, 'mottagning.vaxholm@example.org')
    expect((await fetch(`${demo.cmsUrl}/api/bookings?limit=0`, { headers: intake })).status).toBe(403)
    const lss = await signIn(demo, 'lss.sodermalm@example.org')
    expect(
      (
        (await (await fetch(`${demo.cmsUrl}/api/bookings?limit=0`, { headers: lss })).json()) as {
          totalDocs: number
        }
      ).totalDocs,
    ).toBe(0)
  })

  it('the attendee list downloads as CSV for the organisers and admins, and for nobody else', async () => {
    const evening = await newEvening(3)
    await postBooking(evening, { ...booker(950, 2), needs: 'Hörslinga' })
    await postBooking(evening, booker(951, 2))
    const csv = await api(`/api/info-evenings/${evening}/attendees.csv`)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('booker950@example.org')
    expect(lines[1]).toContain('Hörslinga')
    const lss = await signIn(demo, 'lss.sodermalm@example.org')
    expect(
      (await fetch(`${demo.cmsUrl}/api/info-evenings/${evening}/attendees.csv`, { headers: lss })).status,
    ).toBe(403)
    expect((await fetch(`${demo.cmsUrl}/api/info-evenings/${evening}/attendees.csv`)).status).toBe(401)
    const joined = (await (
      await fetch(`${demo.cmsUrl}/api/info-evenings/${evening}?depth=0`, { headers: lss })
    ).json()) as { bookings?: { docs: unknown[] } }
    expect(joined.bookings?.docs ?? []).toEqual([])
    const anonymous = (await (await fetch(`${demo.cmsUrl}/api/info-evenings/${evening}?depth=0`)).json()) as {
      bookings?: unknown
    }
    expect(anonymous.bookings).toBeUndefined()
  })
})

// Last: the rush leaves hundreds of jobs (e-mails, pipeline links) for the queue to work through.
describe('seats under a rush', () => {
  it('300 simultaneous requests for 40 seats: exactly 40 confirmed, the rest waitlisted, none lost', async () => {
    const evening = await newEvening(40)
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, i) => postBooking(evening, booker(100 + i, i % 4 === 0 ? 2 : 1))),
    )
    expect(responses.map((response) => response.status).filter((status) => status !== 201)).toEqual([])
    const answers = (await Promise.all(responses.map((response) => response.json()))) as { status: string }[]
    const { docs } = (await (
      await api(`/api/bookings?where[evening][equals]=${evening}&limit=0&depth=0`)
    ).json()) as { docs: { status: string; seats: number; sequence: number }[] }
    expect(docs).toHaveLength(300)
    expect(docs.filter((doc) => doc.status === 'confirmed').reduce((sum, doc) => sum + doc.seats, 0)).toBe(40)
    expect(answers.filter((answer) => answer.status === 'waitlisted')).toHaveLength(
      docs.filter((doc) => doc.status === 'waitlisted').length,
    )
    expect(await (await fetch(`${demo.cmsUrl}/api/info-evenings/${evening}/seats`)).json()).toMatchObject({
      seatsLeft: 0,
    })
  })
})
