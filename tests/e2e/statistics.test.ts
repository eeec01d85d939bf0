import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { periodOf } from '../../core/statistics/period'
import type { PublicStatistics, TeamReport } from '../../core/statistics/report'
import { axeViolations, launchBrowser } from './browser'
import { type Demo, adminPage, municipalityIds, pressCtrlC, signIn, startDemo, submitForm } from './demo'

const root = path.resolve(import.meta.dirname, '../..')
const RECRUITER = 'barn-unga.sodermalm@example.org'
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

let demo: Demo
let browser: Browser

/** The team report the endpoint answers for the last 30 days, as the recruiter. */
async function reportOverHttp(): Promise<TeamReport> {
  const { from, to } = periodOf({ kind: 'last', days: 30 }, new Date())
  const auth = await signIn(demo, RECRUITER)
  const response = await fetch(`${demo.cmsUrl}/api/statistics/team?from=${from}&to=${to}`, { headers: auth })
  expect(response.status).toBe(200)
  return (await response.json()) as TeamReport
}

/** The statistics view for the last 30 days, as the recruiter sees it in Swedish. */
async function statisticsPage(): Promise<Page> {
  const page = await adminPage(browser, demo, RECRUITER, { locale: 'sv-SE' })
  await page.goto(`${demo.cmsUrl}/admin/statistik?period=30`)
  await page.waitForSelector('#registrations-per-week')
  return page
}

/** What the per-week table adds up to: every registration of the period lies in one week. */
const weeklySum = async (page: Page) =>
  (await page.locator('#registrations-per-week tbody td').allInnerTexts())
    .map((cell) => Number(cell.replace(/\s/g, '')))
    .reduce((sum, count) => sum + count, 0)

/** A volunteer on Södermalm registers for a contact family: the recruiter's team gets it. */
async function register(name: string) {
  const { stockholm } = await municipalityIds(demo)
  await submitForm(demo, 'interest', {
    name: `${name} Statistik`,
    email: `${name.toLowerCase()}@example.org`,
    phone: '070-174 00 99',
    consent: true,
    municipality: stockholm,
    district: 'sodermalm',
    adults: 1,
    children: 0,
    services: ['contact-family'],
  })
}

beforeAll(async () => {
  demo = await startDemo(root)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

describe('the team statistics view', () => {
  it('shows the numbers the endpoint answers, and counts a new registration', async () => {
    await register('Stina')
    const before = await reportOverHttp()
    expect(before.registrations?.total).toBeGreaterThan(0)
    const page = await statisticsPage()
    expect(await weeklySum(page)).toBe(before.registrations?.total)

    await register('Sune')
    const after = await reportOverHttp()
    expect(after.registrations?.total).toBe((before.registrations?.total ?? 0) + 1)
    await page.reload()
    await page.waitForSelector('#registrations-per-week')
    expect(await weeklySum(page)).toBe(after.registrations?.total)
    await page.context().close()
  })

  it('reads as words, each chart with its table, and passes axe', async () => {
    const page = await statisticsPage()
    const rendered = await page.locator('.stats').innerText()
    expect(rendered).not.toMatch(UUID)
    expect(rendered).not.toMatch(/\b(contact-family|information-evening|not-suitable)\b/)
    expect(await page.locator('.stats table caption').count()).toBeGreaterThan(5)
    expect(await page.locator('.stats a[download]').count()).toBe(await page.locator('.stats table').count())
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('the public statistics page', () => {
  it('publishes no count from 1 to 4 and no field of anyone, and passes axe', async () => {
    const published = (await (
      await fetch(`${demo.siteUrl}/statistik/statistik.json`)
    ).json()) as PublicStatistics
    expect(published.areas[0].slug).toBeNull()
    for (const area of published.areas)
      for (const row of area.rows)
        for (const cell of Object.values(row).filter((value) => typeof value === 'object')) {
          expect(Object.keys(cell)).toHaveLength(1)
          if ('value' in cell) expect(cell.value === 0 || cell.value >= 5).toBe(true)
        }
    expect(JSON.stringify(published)).not.toMatch(/email|phone|@example/)

    const page = await browser.newPage({ locale: 'sv-SE' })
    await page.goto(`${demo.siteUrl}/statistik/`)
    await expect(page.locator('h1').innerText()).resolves.toMatch(/statistik/i)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
