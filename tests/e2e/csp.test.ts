import path from 'node:path'
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { type Demo, pressCtrlC, startDemo } from './demo'

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
let browser: Browser
let context: BrowserContext
let page: Page
/** Every CSP violation the browser reported since the test began, with the page it happened on. */
let violations: string[] = []

beforeAll(async () => {
  demo = await startDemo(root)
  browser = await launchBrowser()
  context = await browser.newContext()
  // Injected by the browser itself, so the CSP under test cannot block it.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sample})`,
      ),
    ),
  )
  page = await context.newPage()
  // Chromium's own "Refused to …" messages also cover workers, where no document listens.
  page.on('console', (message) => {
    if (/Content Security Policy|securitypolicyviolation/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`)
  })
})

afterAll(async () => {
  await browser?.close()
  if (demo) pressCtrlC(demo)
})

beforeEach(() => {
  violations = []
})

const directive = (csp: string, name: string): string[] | undefined =>
  csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name)
    ?.slice(1)

/** The headers every response of the site must carry. */
function expectSecurityHeaders(response: Response | null) {
  const headers = response?.headers() ?? {}
  const csp = headers['content-security-policy'] ?? ''
  for (const name of ['script-src', 'style-src']) {
    expect(directive(csp, name), name).toContain("'self'")
    expect(directive(csp, name), name).not.toContain("'unsafe-inline'")
  }
  expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"])
  expect(directive(csp, 'connect-src')).toContain(demo.cmsUrl)
  expect(directive(csp, 'form-action')).toContain(demo.cmsUrl)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
}

async function visit(urlPath: string, status = 200): Promise<void> {
  const response = await page.goto(`${demo.siteUrl}${urlPath}`)
  expect(response?.status()).toBe(status)
  expectSecurityHeaders(response)
}

/** The form island has hydrated (it wakes when scrolled into view). */
async function islandReady() {
  await page.locator('astro-island').scrollIntoViewIfNeeded()
  await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'))
}

describe('the static site under its Content-Security-Policy', () => {
  it.each(['/', '/en/', '/kontaktfamilj/', '/en/contact-family/'])(
    'renders %s with no violation',
    async (urlPath) => {
      await visit(urlPath)
      expect(await page.locator('h1').isVisible()).toBe(true)
      expect(violations).toEqual([])
    },
  )

  it('lets the interest form island check the form and post it to the CMS', async () => {
    await visit('/intresseanmalan/')
    await islandReady()
    await page.locator('button[type="submit"]').click()
    await page.waitForSelector('.error-summary')
    await page.locator('#services').check()
    await page.locator('#municipality').selectOption({ label: 'Stockholm' })
    await page.locator('#district').selectOption({ label: 'Södermalm' })
    await page.locator('#name').fill('Csp Testsson')
    await page.locator('#email').fill('csp@example.org')
    await page.locator('#phone').fill('070-123 45 67')
    await page.locator('#adults').fill('2')
    await page.locator('#consent').check()
    // A person takes longer than the 3 s minimum fill time the endpoint holds bots to.
    await page.waitForTimeout(3000)
    const posted = page.waitForResponse(
      (response) =>
        response.url() === `${demo.cmsUrl}/api/forms/interest` && response.request().method() === 'POST',
    )
    await page.locator('button[type="submit"]').click()
    expect((await posted).status()).toBe(201)
    await page.waitForSelector('.receipt')
    expect(page.url()).toBe(`${demo.siteUrl}/intresseanmalan/`)
    expect(violations).toEqual([])
  })

  it.each(['/en/apply/', '/intresseanmalan/kampanj/en-helg-i-manaden/'])(
    'runs the form island on %s',
    async (urlPath) => {
      await visit(urlPath)
      await islandReady()
      await page.locator('button[type="submit"]').click()
      await page.waitForSelector('.error-summary')
      expect(violations).toEqual([])
    },
  )

  it.each([
    ['/informationskvallar/', 'platser kvar'],
    ['/en/information-evenings/', 'seats left'],
  ])('fetches the live seat count on an evening page under %s', async (listPath, seatsText) => {
    await visit(listPath)
    const eveningPath = await page.locator(`main .card a[href^="${listPath}"]`).first().getAttribute('href')
    const seats = page.waitForResponse((response) =>
      /\/api\/info-evenings\/[^/]+\/seats$/.test(response.url()),
    )
    await visit(eveningPath as string)
    await islandReady()
    expect((await seats).status()).toBe(200)
    expect(await page.textContent('.seats-left')).toContain(seatsText)
    expect(violations).toEqual([])
  })

  it.each([
    ['/sok/', 'kontaktfamilj', '/kontaktfamilj/'],
    ['/en/search/', 'contact family', '/en/contact-family/'],
  ])('searches on %s (Pagefind, WebAssembly) with no violation', async (urlPath, query, expected) => {
    await visit(urlPath)
    await page.getByRole('textbox').fill(query)
    await page.waitForSelector('.pagefind-ui__result-link')
    const hrefs = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toContain(expected)
    expect(violations).toEqual([])
  })

  it.each(['/finns-inte/', '/en/does-not-exist/'])(
    'serves the 404 page for %s with the same headers',
    async (urlPath) => {
      await visit(urlPath, 404)
      expect(violations).toEqual([])
    },
  )

  it('serves the search worker with the CSP too, and never the _headers file', async () => {
    expectSecurityHeaders(await page.goto(`${demo.siteUrl}/pagefind/pagefind-worker.js`))
    expect((await fetch(`${demo.siteUrl}/_headers`)).status).toBe(404)
  })

  it('cannot be framed by another site', async () => {
    const framing = await browser.newPage()
    const refused = framing.waitForEvent('console', (message) =>
      message.text().includes("frame-ancestors 'none'"),
    )
    await framing.setContent(`<iframe src="${demo.siteUrl}/" title="framed"></iframe>`)
    await refused
    expect(await framing.frames()[1].locator('.skip-link').count()).toBe(0)
    await framing.close()
  })
})
