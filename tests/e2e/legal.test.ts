import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, axeViolationsOfHtml, launchBrowser } from './browser'
import { type Demo, asLongAsAPerson, pressCtrlC, startDemo } from './demo'
import { pressSpaceOn, submitByKeyboard, typeInto } from './keyboard'

// What a resident meets after a plain post and in the site's legal texts: the site's own frame
// and a next step, a privacy notice naming who answers for their data, and an honest
// accessibility statement.

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
let browser: Browser

beforeAll(async () => {
  demo = await startDemo(root)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

/** A page with JavaScript off, as a plain post's answers are seen. */
async function withoutJavaScript<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    return await use(await context.newPage())
  } finally {
    await context.close()
  }
}

/** The site's frame as the static pages have it: header with the menu, footer, language. */
async function expectSiteFrame(page: Page, locale: 'sv' | 'en') {
  expect(await page.getAttribute('html', 'lang')).toBe(locale)
  expect(await page.locator('header.site-header nav.site-menu a').count()).toBe(4)
  expect(await page.locator('footer.site-footer').count()).toBe(1)
  // Every link of the frame leads to the site, never to the CMS that answered.
  const frameLinks = await page
    .locator('header.site-header a, footer.site-footer a[href^="http"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
  for (const href of frameLinks) expect(href.startsWith(demo.siteUrl)).toBe(true)
}

describe('a plain post, answered by the CMS', () => {
  it('shows field errors in the site frame with the input kept, then a receipt with the next step', async () => {
    await withoutJavaScript(async (form) => {
      await form.goto(`${demo.siteUrl}/intresseanmalan/`)
      await typeInto(form, { name: 'Anna Andersson' })
      await submitByKeyboard(form, '.error-summary')
      await expectSiteFrame(form, 'sv')
      expect(await form.locator('.error-summary li').count()).toBeGreaterThanOrEqual(3)
      expect(await form.inputValue('#name')).toBe('Anna Andersson')
      expect(await axeViolationsOfHtml(browser, await form.content())).toEqual([])

      await pressSpaceOn(form, 'services')
      await form.locator('#municipality').selectOption({ label: 'Nykvarn' })
      await typeInto(form, { email: 'anna@example.org', phone: '070-123 45 67', adults: '2', children: '0' })
      await pressSpaceOn(form, 'consent')
      await asLongAsAPerson(form)
      await submitByKeyboard(form, '.receipt')
      await expectSiteFrame(form, 'sv')
      expect(new URL(form.url()).search).not.toMatch(/Anna|example|070/)
      const next = form.locator('.next-step')
      expect(await next.locator('a[href$="/informationskvallar/"]').textContent()).toBe(
        'Boka en informationskväll',
      )
      expect(await next.locator('a[href$="/sa-gar-det-till/"]').count()).toBe(1)
      expect(await axeViolationsOfHtml(browser, await form.content())).toEqual([])
    })
  })

  it('gives an application a receipt in English with what happens next, a number and 112', async () => {
    await withoutJavaScript(async (form) => {
      await form.goto(`${demo.siteUrl}/en/apply/`)
      await pressSpaceOn(form, 'applicant', 'forWhom', 'service-not-sure')
      await form.locator('#municipality').selectOption({ label: 'Vaxholm' })
      await typeInto(form, { name: 'Cecilia Carlsson', phone: '070-987 65 43' })
      await pressSpaceOn(form, 'callTime', 'consent')
      await asLongAsAPerson(form)
      await submitByKeyboard(form, '.receipt')
      await expectSiteFrame(form, 'en')
      expect(await form.getAttribute('nav.site-menu', 'aria-label')).toBe('Main menu')
      const next = (await form.textContent('.next-step')) as string
      expect(next).toContain('Read what happens now')
      expect(next).toMatch(/Call \d/)
      expect(next).toContain('protected personal data')
      expect(next).toContain('112')
      expect(await form.locator('.next-step a[href$="/en/for-families/"]').count()).toBe(1)
      expect(await axeViolationsOfHtml(browser, await form.content())).toEqual([])
    })
  })
})

type Municipality = {
  name: string
  privacy: { controller?: string | null; dpoEmail?: string | null }
}

async function municipalities(locale: 'sv' | 'en'): Promise<Municipality[]> {
  const response = await fetch(`${demo.cmsUrl}/api/municipalities?locale=${locale}&depth=0&limit=0`)
  return ((await response.json()) as { docs: Municipality[] }).docs
}

describe('the legal texts', () => {
  let page: Page
  beforeAll(async () => {
    page = await browser.newPage()
  })

  it.each([
    [
      'sv',
      '/personuppgifter/',
      ['6.1 e', '9.2 h', 'artikel 18', 'artikel 21', 'Integritetsskyddsmyndigheten'],
    ],
    [
      'en',
      '/en/privacy/',
      ['6(1)(e)', '9(2)(h)', 'Article 18', 'Article 21', 'Integritetsskyddsmyndigheten'],
    ],
  ] as const)(
    'the %s privacy notice names each municipality’s controller and DPO, the legal bases and IMY',
    async (locale, at, phrases) => {
      await page.goto(`${demo.siteUrl}${at}`)
      const text = (await page.textContent('main')) as string
      for (const phrase of phrases) expect(text).toContain(phrase)
      expect(text).toMatch(locale === 'sv' ? /IP-adress/ : /IP address/)
      const listed = await municipalities(locale)
      expect(listed.length).toBeGreaterThan(0)
      for (const municipality of listed) {
        const section = page.locator(`section[aria-label="${municipality.name}"]`)
        const shown = (await section.textContent()) as string
        expect(shown).toContain(municipality.privacy.controller as string)
        expect(shown).toContain(municipality.privacy.dpoEmail as string)
        expect(shown).toMatch(/\d+ (dagar|days)/)
      }
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it.each([
    ['sv', '/tillganglighet/', /Testat \d{1,2} \w+ \d{4}/, 'Kända brister'],
    ['en', '/en/accessibility/', /Tested on \d{1,2} \w+ \d{4}/, 'Known shortcomings'],
  ] as const)(
    'the %s accessibility statement has its test date, the known shortcomings by WCAG criterion and Digg',
    async (_locale, at, tested, heading) => {
      await page.goto(`${demo.siteUrl}${at}`)
      const text = (await page.textContent('main')) as string
      expect(text).toMatch(tested)
      expect(text).toContain('Digg')
      const shortcomings = await page
        .locator(`main h2:text-is("${heading}")`)
        .locator('xpath=following-sibling::ul[1]/li')
        .allTextContents()
      expect(shortcomings.length).toBeGreaterThan(0)
      for (const item of shortcomings) expect(item).toMatch(/\d\.\d\.\d+/)
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('tells a screen reader how many results a search found', async () => {
    await page.goto(`${demo.siteUrl}/sok/?q=kontaktfamilj`)
    await page.waitForFunction(() => /\d/.test(document.querySelector('[role="status"]')?.textContent ?? ''))
    expect(await page.textContent('[role="status"]')).toMatch(/kontaktfamilj gav \d+ träffar/)
  })

  it('has easy-read versions of both texts and of each form’s help, linked from the forms', async () => {
    const easyRead = [
      '/lattlast/personuppgifter/',
      '/lattlast/tillganglighet/',
      '/en/easy-read/privacy/',
      '/en/easy-read/accessibility/',
    ]
    for (const [form, help] of [
      ['/intresseanmalan/', '/lattlast/formular/intresseanmalan/'],
      ['/ansok/', '/lattlast/formular/ansok/'],
      ['/en/register-interest/', '/en/easy-read/forms/register-interest/'],
      ['/en/apply/', '/en/easy-read/forms/apply/'],
    ]) {
      await page.goto(`${demo.siteUrl}${form}`)
      expect(await page.locator(`main a[href="${help}"]`).count()).toBe(1)
      easyRead.push(help)
    }
    easyRead.push('/lattlast/formular/boka/', '/en/easy-read/forms/book/')
    for (const at of easyRead) {
      const response = await page.goto(`${demo.siteUrl}${at}`)
      expect(response?.status(), at).toBe(200)
      expect(await axeViolations(page), at).toEqual([])
    }
  })
})
