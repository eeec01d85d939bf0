import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations, axeViolationsOfHtml } from './browser'
import {
  DEMO_PASSWORD,
  type Demo,
  answers,
  asLongAsAPerson,
  filledIn,
  pressCtrlC,
  signIn,
  waitForText,
  withDemoPage,
} from './demo'
import { pressSpaceOn, submitByKeyboard, typeInto } from './keyboard'

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
let browser: Browser
let page: Page
withDemoPage(root, (opened) => ({ demo, browser, page } = opened))

/** Signs in to the CMS REST API as the documented demo admin. */
const signInAsAdmin = () => signIn(demo, 'admin@example.org')

async function editPage(
  auth: { authorization: string },
  slug: string,
  data: Record<string, unknown>,
  draft = false,
) {
  const headers = { ...auth, 'content-type': 'application/json' }
  const found = await fetch(`${demo.cmsUrl}/api/pages?where[slug][equals]=${slug}&depth=0&locale=sv`, {
    headers,
  })
  const { docs } = (await found.json()) as { docs: { id: string }[] }
  const response = await fetch(
    `${demo.cmsUrl}/api/pages/${docs[0].id}?locale=sv${draft ? '&draft=true' : ''}`,
    {
      method: 'PATCH',
      headers,
      body: JSON.stringify(data),
    },
  )
  expect(response.status).toBe(200)
}

describe('the demo started by npm start', () => {
  it('prints both addresses and the demo login', () => {
    expect(demo.output()).toContain(`Public site   ${demo.siteUrl}/`)
    expect(demo.output()).toContain(`CMS admin     ${demo.cmsUrl}/admin`)
    expect(demo.output()).toContain('admin@example.org / demo-kontaktportalen')
  })

  it('serves the Swedish home page with seeded content, accessible to axe', async () => {
    await page.goto(`${demo.siteUrl}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    expect(await page.textContent('h1')).toMatch(/\S/)
    expect(await page.locator('main a[href="/kontaktfamilj"]').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
  })

  it('serves the English home page at /en/', async () => {
    await page.goto(`${demo.siteUrl}/en/`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('main a[href="/en/contact-family"]').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
  })

  it('switches language to the same page in the other language', async () => {
    await page.goto(`${demo.siteUrl}/kontaktfamilj/`)
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${demo.siteUrl}/en/contact-family/`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.getByRole('link', { name: 'Svenska' }).click()
    await page.waitForURL(`${demo.siteUrl}/kontaktfamilj/`)
    expect(await page.textContent('h1')).toContain('Kontaktfamilj')
  })

  it('shows an information page that a keyboard user can skip straight into', async () => {
    await page.goto(`${demo.siteUrl}/sa-gar-det-till/`)
    expect(await page.locator('main ol li').count()).toBeGreaterThanOrEqual(5)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(await axeViolations(page)).toEqual([])
  })

  it('lists one sitemap per language in the sitemap index and robots.txt', async () => {
    const index = await (await fetch(`${demo.siteUrl}/sitemap.xml`)).text()
    expect(index).toContain('/sitemap-sv.xml')
    expect(index).toContain('/sitemap-en.xml')
    expect(await (await fetch(`${demo.siteUrl}/robots.txt`)).text()).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })

  it('serves every page of both sitemaps in its language, without JavaScript, axe-clean, skip link first, reflowing at 320 px', async () => {
    const problems: string[] = []
    // WCAG 1.4.10: content reflows at 320 CSS pixels (what 400 % zoom of a 1280 px window gives).
    await page.setViewportSize({ width: 320, height: 800 })
    for (const locale of ['sv', 'en']) {
      const sitemap = await (await fetch(`${demo.siteUrl}/sitemap-${locale}.xml`)).text()
      const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1])
      expect(paths.length).toBeGreaterThan(10)
      for (const path of paths) {
        const response = await page.goto(`${demo.siteUrl}${path}`)
        if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`)
        if ((await page.getAttribute('html', 'lang')) !== locale) problems.push(`${path}: wrong lang`)
        // Content pages ship no JavaScript; only the form islands (forms, evening booking) and search do.
        const isForm =
          /\/(intresseanmalan|register-interest|ansok|apply)\/|\/(informationskvallar|information-evenings)\/[^/]+\//.test(
            path,
          )
        if (!isForm && (await page.locator('script').count())) problems.push(`${path}: ships JavaScript`)
        await page.keyboard.press('Tab')
        if ((await page.evaluate(() => document.activeElement?.className)) !== 'skip-link')
          problems.push(`${path}: skip link is not first`)
        if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))
          problems.push(`${path}: scrolls sideways at 320 px`)
        problems.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`))
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 })
    expect(problems).toEqual([])
  })

  it('searches the pages of the current language without a server', async () => {
    await page.goto(`${demo.siteUrl}/en/`)
    await page.getByRole('link', { name: 'Search' }).click()
    await page.waitForURL(`${demo.siteUrl}/en/search/`)
    await page.getByRole('textbox', { name: 'Search the site' }).fill('contact family')
    await page.waitForSelector('.pagefind-ui__result-link')
    const hrefs = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toContain('/en/contact-family/')
    expect(hrefs.every((href) => href?.startsWith('/en/'))).toBe(true)
  })

  it('answers an unknown address with a 404 page in the right language', async () => {
    const sv = await page.goto(`${demo.siteUrl}/finns-inte/`)
    expect(sv?.status()).toBe(404)
    expect(await page.textContent('h1')).toBe('Sidan finns inte')
    const en = await page.goto(`${demo.siteUrl}/en/does-not-exist/`)
    expect(en?.status()).toBe(404)
    expect(await page.textContent('h1')).toBe('Page not found')
    expect(await axeViolations(page)).toEqual([])
  })

  it('links each core page to its easy-read version and back', async () => {
    await page.goto(`${demo.siteUrl}/kontaktfamilj/`)
    await page.getByRole('link', { name: 'Läs en lättläst version av sidan' }).click()
    await page.waitForURL(`${demo.siteUrl}/lattlast/kontaktfamilj/`)
    await page.getByRole('link', { name: 'Till hela sidan' }).click()
    await page.waitForURL(`${demo.siteUrl}/kontaktfamilj/`)
  })

  it('shows upcoming evenings and the current campaign, with its image from the site, on the home page', async () => {
    await page.goto(`${demo.siteUrl}/`)
    expect(
      await page
        .locator('#home-evenings ~ article, section[aria-labelledby="home-evenings"] article')
        .count(),
    ).toBeGreaterThan(0)
    await page.locator('section[aria-labelledby="home-campaigns"] a').first().click()
    await page.waitForURL(/\/kampanj\/[a-z0-9-]+\/$/)
    // The image is built beside the site (not fetched from the CMS) and shared links show it too.
    const image = page.locator('article picture img')
    expect(await image.getAttribute('alt')).toMatch(/\S/)
    expect(await image.getAttribute('src')).toMatch(/^\/_astro\//)
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
      /\/_astro\/.+\.jpe?g$/,
    )
    expect(await axeViolations(page)).toEqual([])
  })

  it('answers with the admin login page', async () => {
    await page.goto(`${demo.cmsUrl}/admin/login`)
    await page.waitForSelector('input[type="email"], input[name="email"]')
    expect(await page.locator('input[type="password"]').count()).toBe(1)
  })

  it('lets staff sign in, edit a page in the rich-text editor and preview its draft; nobody else', async () => {
    const headers = { ...(await signInAsAdmin()), 'content-type': 'application/json' }
    const found = await fetch(`${demo.cmsUrl}/api/pages?where[slug][equals]=vem-kan-bli&depth=0`, { headers })
    const { id } = ((await found.json()) as { docs: { id: string }[] }).docs[0]
    await fetch(`${demo.cmsUrl}/api/pages/${id}?draft=true&locale=sv`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: 'Vem kan bli – förhandsutkast' }),
    })

    const anonymous = await browser.newPage()
    await anonymous.goto(`${demo.cmsUrl}/preview/pages/${id}?locale=sv`)
    expect(await anonymous.textContent('h1')).toBe('Logga in för att förhandsgranska')
    await anonymous.close()

    await page.goto(`${demo.cmsUrl}/admin/login`)
    await page.locator('input[name="email"]').fill('admin@example.org')
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${demo.cmsUrl}/admin`)
    await page.goto(`${demo.cmsUrl}/admin/collections/pages/${id}`)
    await page.waitForSelector('[data-lexical-editor="true"]')
    await page.goto(`${demo.cmsUrl}/preview/pages/${id}?locale=sv`)
    expect(await page.textContent('h1')).toBe('Vem kan bli – förhandsutkast')

    const evenings = await fetch(`${demo.cmsUrl}/api/info-evenings?limit=1&depth=0`, { headers })
    const evening = ((await evenings.json()) as { docs: { id: string }[] }).docs[0]
    await fetch(`${demo.cmsUrl}/api/info-evenings/${evening.id}?draft=true&locale=en`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ topic: 'Evening draft topic' }),
    })
    await page.goto(`${demo.cmsUrl}/preview/info-evenings/${evening.id}?locale=en`)
    expect(await page.textContent('h1')).toBe('Evening draft topic')
    expect(await (await fetch(`${demo.siteUrl}/en/information-evenings/`)).text()).not.toContain(
      'Evening draft topic',
    )
  })

  it('shows a published edit on the site by itself, and never a draft', async () => {
    const admin = await signInAsAdmin()
    await editPage(admin, 'vad-du-far', { title: 'Vad du får – utkast som inte ska synas' }, true)
    await editPage(admin, 'kontaktfamilj', {
      title: 'Kontaktfamilj – publicerad ändring',
      _status: 'published',
    })
    const waited = await waitForText(
      `${demo.siteUrl}/kontaktfamilj/`,
      'Kontaktfamilj – publicerad ändring',
      90_000,
    )
    console.log(`published edit visible on the site after ${(waited / 1000).toFixed(1)} s`)
    const draftPage = await (await fetch(`${demo.siteUrl}/vad-du-far/`)).text()
    expect(draftPage).not.toContain('utkast som inte ska synas')
    expect(await (await fetch(`${demo.siteUrl}/vem-kan-bli/`)).text()).not.toContain('förhandsutkast')
  })

  it('removes an unpublished page from the site on the next build', async () => {
    const admin = await signInAsAdmin()
    expect((await fetch(`${demo.siteUrl}/fragor-och-svar/`)).status).toBe(200)
    await editPage(admin, 'fragor-och-svar', { _status: 'draft' })
    const started = Date.now()
    while ((await fetch(`${demo.siteUrl}/fragor-och-svar/`)).status !== 404) {
      if (Date.now() - started > 90_000)
        throw new Error('the unpublished page is still on the site after 90 s')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  })

  /**
   * Sends a form page's island by keyboard, first empty, then filled: its errors show in the page,
   * the summary focused and naming `error`, then its receipt; both without accessibility violations.
   */
  async function sendWithJavaScript(path: string, fill: (form: Page) => Promise<void>, error: string) {
    await page.goto(`${demo.siteUrl}${path}`)
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'))
    await submitByKeyboard(page, '.error-summary')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
    expect(await page.textContent('.error-summary')).toContain(error)
    expect(await axeViolations(page)).toEqual([])
    await fill(page)
    // A person takes longer than the 3 s minimum fill time the endpoint holds bots to.
    await page.waitForTimeout(3000)
    await submitByKeyboard(page, '.receipt')
    expect(await axeViolations(page)).toEqual([])
  }

  describe('the interest registration', () => {
    /** Fills the form the way a keyboard user does: focus, type, space to tick, arrows in lists. */
    async function fillByKeyboard(form: Page) {
      await pressSpaceOn(form, 'services')
      await form.locator('#municipality').selectOption({ label: 'Stockholm' })
      await form.locator('#district').selectOption({ label: 'Södermalm' })
      await typeInto(form, {
        name: 'Anna Andersson',
        email: 'anna@example.org',
        phone: '070-123 45 67',
        adults: '2',
        children: '1',
      })
      await pressSpaceOn(form, 'consent')
    }

    it('works without JavaScript: errors keep the input, then a receipt with the reference', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const form = await context.newPage()
      await form.goto(`${demo.siteUrl}/intresseanmalan/kampanj/en-helg-i-manaden/`)
      await typeInto(form, { name: 'Anna Andersson' })
      await submitByKeyboard(form, '.error-summary')
      expect(await form.locator('.error-summary li').count()).toBeGreaterThanOrEqual(4)
      expect(await form.inputValue('#name')).toBe('Anna Andersson')
      expect(await axeViolationsOfHtml(browser, await form.content())).toEqual([])
      await form.locator('#name').fill('')
      await fillByKeyboard(form)
      await asLongAsAPerson(form)
      await submitByKeyboard(form, '.receipt')
      expect(await form.textContent('h1')).toBe('Tack för din anmälan!')
      expect(await form.textContent('.receipt__reference')).toMatch(
        /^KP-[2-9A-HJ-KM-NP-Z]{4}-[2-9A-HJ-KM-NP-Z]{4}$/,
      )
      expect(form.url()).not.toContain('Anna')
      expect(await axeViolationsOfHtml(browser, await form.content())).toEqual([])
      await context.close()
    })

    it('with JavaScript checks the form in the page and shows the receipt there', async () => {
      await sendWithJavaScript('/en/register-interest/', fillByKeyboard, 'Choose at least one assignment')
      expect(await page.textContent('.receipt')).toContain('Thank you for registering!')
      expect(page.url()).toBe(`${demo.siteUrl}/en/register-interest/`)
    })

    it('answers JSON posts: 201 once per idempotency key, 400 with field errors, spam refused', async () => {
      const municipalities = await (
        await fetch(`${demo.cmsUrl}/api/municipalities?where[slug][equals]=nykvarn&depth=0`)
      ).json()
      const valid = {
        services: ['contact-person'],
        municipality: municipalities.docs[0].id,
        name: 'Bo Berg',
        email: 'bo@example.org',
        phone: '08-123 456',
        consent: true,
        locale: 'en',
      }
      const post = (body: Record<string, unknown>, key?: string) =>
        fetch(`${demo.cmsUrl}/api/forms/interest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
          body: JSON.stringify(filledIn(body)),
        })
      const first = await post(valid, 'same-key')
      expect(first.status).toBe(201)
      const again = await post(valid, 'same-key')
      expect(await again.json()).toEqual(await first.json())
      const invalid = await post({ ...valid, email: 'bo@' })
      expect(invalid.status).toBe(400)
      expect(await invalid.json()).toEqual({
        errors: { email: 'Enter the e-mail address like name@example.com.' },
      })
      expect((await post({ ...valid, website: 'https://spam.example' })).status).toBe(400)
      expect((await post({ ...valid, startedAt: Date.now() })).status).toBe(400)
      // Leaving the time out skips nothing: the post is refused as a bot's.
      expect((await post({ ...valid, startedAt: undefined })).status).toBe(400)
    })
  })

  describe('the application for support', () => {
    async function fillApplication(form: Page) {
      await pressSpaceOn(form, 'applicant', 'forWhom', 'service-not-sure')
      await form.locator('#municipality').selectOption({ label: 'Vaxholm' })
      await typeInto(form, { name: 'Cecilia Carlsson', phone: '070-987 65 43' })
      await pressSpaceOn(form, 'callTime', 'consent')
    }

    it('works without JavaScript and reaches the municipality intake only', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const form = await context.newPage()
      await form.goto(`${demo.siteUrl}/ansok/`)
      expect(await form.textContent('#message-hint')).toContain('Skriv inte känsliga uppgifter')
      await fillApplication(form)
      await asLongAsAPerson(form)
      await submitByKeyboard(form, '.receipt')
      const reference = (await form.textContent('.receipt__reference')) as string
      expect(await axeViolationsOfHtml(browser, await form.content())).toEqual([])
      await context.close()
      const found = await fetch(
        `${demo.cmsUrl}/api/applications?where[reference][equals]=${reference}&depth=1`,
        { headers: await signInAsAdmin() },
      )
      const [stored] = (
        (await found.json()) as { docs: { routedTeams: { name: string }[]; central: boolean }[] }
      ).docs
      expect(stored.routedTeams.map((team) => team.name)).toEqual(['Vaxholm – mottagningen'])
      expect(stored.central).toBe(false)
    })

    it('with JavaScript shows errors in the page, then the receipt', async () => {
      await sendWithJavaScript('/en/apply/', fillApplication, 'Choose who is applying.')
      expect(await page.textContent('.receipt')).toContain('We have received your application')
    })
  })

  it('stops every process it started on Ctrl-C', async () => {
    pressCtrlC(demo)
    await new Promise((resolve) => demo.process.once('exit', resolve))
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await answers(`${demo.siteUrl}/`)).toBe(false)
    expect(await answers(`${demo.cmsUrl}/admin`)).toBe(false)
  })
})
