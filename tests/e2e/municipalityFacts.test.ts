import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations } from './browser'
import { type Demo, jobQueue, municipalityIds, signIn, waitForText, withDemoPage } from './demo'
import { interestPath, pathFor } from '../../core/i18n/locales'

// A resident on a municipality's page finds what they came for under their own heading (to
// volunteer, or to ask for support), with the municipality's own facts; the service pages send
// them there; every illustration has alt text and its size.

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
let page: Page
withDemoPage(root, (opened) => ({ demo, page } = opened))

/** The text of the section under the heading `name`, from that heading to the section's end. */
const sectionText = (name: string) =>
  page.getByRole('region', { name, exact: true }).textContent() as Promise<string>

describe('a municipality page', () => {
  it('shows its facts under what a resident wants, with links to both forms, axe-clean', async () => {
    await page.goto(`${demo.siteUrl}${pathFor('sv', 'stockholm', 'municipality')}`)
    const volunteer = await sectionText('Bli kontaktfamilj eller kontaktperson här')
    for (const fact of [
      'Vem du ringer',
      '08-000 10 00',
      'Arvode och ersättning för kostnader',
      'Exempel: arvodet beror på',
      'Stöd och utbildning under uppdraget',
      'Försäkring',
      'Kommunen har en försäkring',
      'Informationskvällar i kommunen',
    ])
      expect(volunteer).toContain(fact)
    const support = await sectionText('Ansök om stöd här')
    for (const fact of ['08-000 20 00', 'Socialjouren', '08-000 99 00', 'Ring 112'])
      expect(support).toContain(fact)
    // Teams are listed by place and whom they serve, never by internal names with SoL or LSS.
    expect(support).toContain('Södermalm, för personer med funktionsnedsättning')
    expect(await page.textContent('main')).not.toMatch(/\bSoL\b|\bLSS\b/)

    const volunteerRegion = page.getByRole('region', { name: 'Bli kontaktfamilj eller kontaktperson här' })
    await expect(
      volunteerRegion.getByRole('link', { name: 'Anmäl intresse' }).getAttribute('href'),
    ).resolves.toBe(interestPath('sv'))
    const supportRegion = page.getByRole('region', { name: 'Ansök om stöd här' })
    await expect(
      supportRegion.getByRole('link', { name: 'Ansök om stöd' }).getAttribute('href'),
    ).resolves.toBe(pathFor('sv', null, 'apply'))
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThanOrEqual(3)
    expect(await axeViolations(page)).toEqual([])
  })

  it('says so, in English, where the municipality has not given a fact', async () => {
    await page.goto(`${demo.siteUrl}${pathFor('en', 'vaxholm', 'municipality')}`)
    const volunteer = await sectionText('Become a contact family or contact person here')
    expect(volunteer).toContain('Insurance')
    expect(volunteer).toContain('has not written anything about this yet')
    expect(await axeViolations(page)).toEqual([])
  })

  it("shows a fee an admin changed in the CMS after the site's rebuild", async () => {
    const admin = await signIn(demo, 'admin@example.org')
    const id = (await municipalityIds(demo)).nykvarn
    const response = await fetch(`${demo.cmsUrl}/api/municipalities/${id}?locale=sv`, {
      method: 'PATCH',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ facts: { fees: { text: 'Arvodet är 1 234 kronor per helg.' } } }),
    })
    expect(response.status).toBe(200)
    await waitForText(
      `${demo.siteUrl}${pathFor('sv', 'nykvarn', 'municipality')}`,
      'Arvodet är 1 234 kronor per helg.',
      90_000,
      () => jobQueue(demo, admin),
    )
  })
})

describe('the service pages', () => {
  it("send volunteers to each municipality's fees and support, and families to whom to call", async () => {
    await page.goto(`${demo.siteUrl}${pathFor('sv', 'vad-du-far')}`)
    const links = page.getByRole('region', { name: 'Det här skiljer sig mellan kommuner' }).getByRole('link')
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toContain(
      `${pathFor('sv', 'stockholm', 'municipality')}#volunteer`,
    )
    await page.goto(`${demo.siteUrl}${pathFor('sv', 'for-familjer')}`)
    expect(
      await page
        .getByRole('region', { name: 'Det här skiljer sig mellan kommuner' })
        .getByRole('link', { name: 'Nykvarn' })
        .getAttribute('href'),
    ).toBe(`${pathFor('sv', 'nykvarn', 'municipality')}#support`)
  })

  it('show an illustration with alt text in the language, an explicit size and modern formats', async () => {
    for (const path of [
      pathFor('sv', null),
      pathFor('en', null),
      pathFor('sv', 'kontaktfamilj'),
      pathFor('en', 'contact-family'),
      pathFor('sv', 'kontaktperson'),
      pathFor('sv', 'korttidsfamilj'),
      pathFor('sv', 'kontaktperson-lss'),
      pathFor('sv', 'sarskilt-kvalificerad-kontaktperson'),
    ]) {
      await page.goto(`${demo.siteUrl}${path}`)
      const image = page.locator('main picture img')
      expect(await image.count(), path).toBe(1)
      const alt = (await image.getAttribute('alt')) as string
      expect(alt, path).toMatch(path.startsWith('/en/') ? /^Drawing: / : /^Tecknad bild: /)
      expect(Number(await image.getAttribute('width')), path).toBeGreaterThan(0)
      expect(Number(await image.getAttribute('height')), path).toBeGreaterThan(0)
      expect(await image.getAttribute('loading'), path).toBe('lazy')
      const types = await page
        .locator('main picture source')
        .evaluateAll((sources) => sources.map((source) => source.getAttribute('type')))
      expect(types, path).toEqual(['image/avif', 'image/webp'])
      await image.scrollIntoViewIfNeeded()
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('main picture img')
        return Boolean(img?.complete && img.naturalWidth > 0)
      })
      // Served from the site's own build, converted there: never fetched from the CMS by the browser.
      const served = await image.evaluate((img: HTMLImageElement) => img.currentSrc)
      expect(served, path).toMatch(new RegExp(`^${demo.siteUrl}/_astro/.+\\.(avif|webp)$`))
    }
  })
})
