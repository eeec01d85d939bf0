import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations } from './browser'
import { type Demo, withDemoPage } from './demo'
import { type Locale, LOCALES, eveningsPath, interestPath, pathFor } from '../../core/i18n/locales'

// What a resident needs from every public page: the next step in sight, evenings in date order,
// and a menu that works by keyboard on a small screen.

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
let browser: Browser
let page: Page
withDemoPage(root, (opened) => ({ demo, browser, page } = opened))

async function sitemapPaths(locale: Locale): Promise<string[]> {
  const sitemap = await (await fetch(`${demo.siteUrl}/sitemap-${locale}.xml`)).text()
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1])
}

/** The site's pages for volunteers and for families in one language, by what the CMS says of each page. */
async function pagesFor(locale: Locale) {
  const response = await fetch(`${demo.cmsUrl}/api/pages?locale=${locale}&depth=0&limit=0`)
  const { docs } = (await response.json()) as { docs: { slug: string; audience?: string | null }[] }
  const homeSlug = locale === 'sv' ? 'start' : 'home'
  const pathsOf = (audiences: string[]) =>
    docs
      .filter((doc) => audiences.includes(doc.audience ?? ''))
      .map((doc) => (doc.slug === homeSlug ? pathFor(locale, null) : pathFor(locale, doc.slug)))
  const easyRead = (audiences: string[]) =>
    docs
      .filter((doc) => audiences.includes(doc.audience ?? ''))
      .map((doc) => pathFor(locale, doc.slug, 'easyRead'))
  return {
    volunteers: pathsOf(['volunteers', 'both']),
    families: pathsOf(['families', 'both']),
    /** Easy-read versions, where a page has one. */
    volunteersEasyRead: easyRead(['volunteers', 'both']),
    familiesEasyRead: easyRead(['families', 'both']),
  }
}

/** Where the evenings list's per-municipality pages live: `/informationskvallar/kommun/`. */
const filterPrefix = (locale: Locale) => eveningsPath(locale, 'x').replace(/x\/$/, '')

/** Whether `main` shows a link whose address starts with `prefix`. */
const showsLinkTo = (prefix: string) =>
  page
    .locator(`main a[href^="${prefix.replace(/\/$/, '')}"]`)
    .evaluateAll((links) => links.some((link) => link.checkVisibility()))

/** The instants of the evenings listed in `main`, in the order shown. */
const listedInstants = () =>
  page
    .locator('main article time[datetime]')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') as string))

describe('the public site', () => {
  it('shows the interest form on every volunteer page and the application on every family page, axe-clean', async () => {
    const problems: string[] = []
    for (const locale of LOCALES) {
      const paths = await sitemapPaths(locale)
      const audience = await pagesFor(locale)
      const municipalities = paths.filter((p) => p.startsWith(pathFor(locale, null, 'municipality')))
      const listed = (easyRead: string[]) => easyRead.filter((p) => paths.includes(p))
      const filters = paths.filter((p) => p.startsWith(filterPrefix(locale)))
      const volunteerPages = [...audience.volunteers, ...municipalities, eveningsPath(locale), ...filters]
      const familyPages = [...audience.families, ...municipalities]
      // The seeded service, steps, what-you-get and FAQ pages and the home page; the families' page.
      expect(audience.volunteers.length).toBeGreaterThanOrEqual(10)
      expect(audience.families.length).toBeGreaterThanOrEqual(2)
      // Every page the audience names is on the sitemap, so none of them escapes the checks below.
      expect([...volunteerPages, ...familyPages].filter((p) => !paths.includes(p))).toEqual([])
      volunteerPages.push(...listed(audience.volunteersEasyRead))
      familyPages.push(...listed(audience.familiesEasyRead))
      for (const path of paths) {
        const response = await page.goto(`${demo.siteUrl}${path}`)
        if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`)
        if (volunteerPages.includes(path) && !(await showsLinkTo(interestPath(locale))))
          problems.push(`${path}: no visible link to the interest form`)
        if (familyPages.includes(path) && !(await showsLinkTo(pathFor(locale, null, 'apply'))))
          problems.push(`${path}: no visible link to the application`)
        problems.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`))
      }
    }
    expect(problems).toEqual([])
  })

  it('lists evenings soonest first on every listing: the list, its filters, home and municipality pages', async () => {
    const problems: string[] = []
    let longest = 0
    for (const locale of LOCALES) {
      const listings = (await sitemapPaths(locale)).filter(
        (p) =>
          p === pathFor(locale, null) ||
          p.startsWith(filterPrefix(locale)) ||
          p === eveningsPath(locale) ||
          p.startsWith(pathFor(locale, null, 'municipality')),
      )
      for (const path of listings) {
        await page.goto(`${demo.siteUrl}${path}`)
        const instants = await listedInstants()
        longest = Math.max(longest, instants.length)
        const sorted = [...instants].sort((a, b) => Date.parse(a) - Date.parse(b))
        if (instants.join() !== sorted.join()) problems.push(`${path}: ${instants.join(', ')}`)
      }
    }
    expect(problems).toEqual([])
    // The seed's evenings are stored out of date order, so a list of them shows that sorting happened.
    expect(longest).toBeGreaterThanOrEqual(4)
  })

  it('filters the evenings by municipality without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${demo.siteUrl}${eveningsPath('sv')}`)
    const all = await plain.locator('main article').count()
    await plain
      .locator('nav[aria-labelledby="evening-filter"]')
      .getByRole('link', { name: 'Nykvarn' })
      .click()
    await plain.waitForURL(`${demo.siteUrl}${eveningsPath('sv', 'nykvarn')}`)
    const places = await plain.locator('main article').allTextContents()
    expect(places.length).toBeGreaterThan(0)
    expect(places.length).toBeLessThan(all)
    expect(places.every((text) => text.includes('(Nykvarn)'))).toBe(true)
    expect(
      await plain.getAttribute('nav[aria-labelledby="evening-filter"] a[aria-current="page"]', 'href'),
    ).toBe(eveningsPath('sv', 'nykvarn'))
    await context.close()
  })

  it('has a header menu a keyboard user can reach and follow at 320 px, with no JavaScript', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    })
    const narrow = await context.newPage()
    await narrow.goto(`${demo.siteUrl}/`)
    const menu = narrow.getByRole('navigation', { name: 'Huvudmeny' })
    const labels = await menu.getByRole('link').allTextContents()
    expect(labels.map((label) => label.trim())).toEqual([
      'Bli uppdragstagare',
      'Få stöd',
      'Informationskvällar',
      'Kommuner',
    ])
    // Every link fits the screen: nothing is cut off or needs sideways scrolling.
    const boxes = await menu
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => link.getBoundingClientRect()).map(({ left, right }) => ({ left, right })),
      )
    expect(boxes.every(({ left, right }) => left >= 0 && right <= 320)).toBe(true)
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

    const focused = () => narrow.evaluate(() => document.activeElement?.textContent?.trim())
    for (let presses = 0; presses < 12 && (await focused()) !== 'Informationskvällar'; presses++)
      await narrow.keyboard.press('Tab')
    expect(await focused()).toBe('Informationskvällar')
    expect(await narrow.evaluate(() => Boolean(document.activeElement?.closest('nav')))).toBe(true)
    await narrow.keyboard.press('Enter')
    await narrow.waitForURL(`${demo.siteUrl}${eveningsPath('sv')}`)
    expect(
      await narrow
        .getByRole('navigation', { name: 'Huvudmeny' })
        .locator('a[aria-current="page"]')
        .textContent(),
    ).toContain('Informationskvällar')
    await context.close()
  })

  it('keeps the English header on one row at 1280 px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${demo.siteUrl}/en/`)
    const name = await page.locator('.site-header__name').boundingBox()
    const tools = await page.locator('.site-header__tools').boundingBox()
    expect(tools && name && tools.y < name.y + name.height).toBe(true)
    const rows = await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link')
      .evaluateAll((links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size)
    expect(rows).toBe(1)
  })

  it('opens search on the results of ?q=, with a labelled field and no thumbnail column', async () => {
    await page.goto(`${demo.siteUrl}${pathFor('en', null, 'search')}?q=contact%20family`)
    await page.waitForSelector('.pagefind-ui__result-link')
    expect(await page.getByRole('textbox', { name: 'Search the site' }).inputValue()).toBe('contact family')
    expect(await page.locator('.pagefind-ui__result-thumb').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
  })

  it('says on every page of the demo that its municipal facts are made up', async () => {
    await page.goto(`${demo.siteUrl}${pathFor('sv', 'vaxholm', 'municipality')}`)
    expect(await page.textContent('.demo-note')).toContain('påhittade exempel')
    expect(await page.textContent('main')).toContain('Demoexempel')
  })
})
