import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations } from './browser'
import { type Demo, signIn, waitForText, withDemoPage } from './demo'
import { pathFor } from '../../core/i18n/locales'

// What a future volunteer and a family read before their next step: stories that say when they are
// made up, what to do in an emergency or with protected personal data, and where a child can call.

const root = path.resolve(import.meta.dirname, '../..')
let demo: Demo
let page: Page
withDemoPage(root, (opened) => ({ demo, page } = opened))

const mainText = async (path: string) => {
  await page.goto(`${demo.siteUrl}${path}`)
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ')
}

describe('the guides for volunteers and families', () => {
  it.each([
    ['/uppdraget/', 'Berättelser från uppdragstagare', 'Exempel'],
    ['/kontaktfamilj/', 'Berättelser från uppdragstagare', 'Exempel'],
    ['/en/the-assignment/', "Volunteers' stories", 'Example'],
  ])('shows volunteer stories on %s, the made-up ones marked, axe-clean', async (path, heading, tag) => {
    await page.goto(`${demo.siteUrl}${path}`)
    const stories = page.locator('section.stories')
    expect(await stories.locator('h2').innerText()).toBe(heading)
    const tags = await stories.locator('.story__example').allInnerTexts()
    expect(tags.length).toBeGreaterThan(0)
    expect(tags.every((text) => text === tag)).toBe(true)
    expect(await stories.locator('.stories__note').isVisible()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
  })

  it('shows a story communications staff publish in the CMS after the rebuild, and never a draft', async () => {
    const headers = {
      ...(await signIn(demo, 'kommunikation@example.org')),
      'content-type': 'application/json',
    }
    const post = (title: string, status: 'draft' | 'published') =>
      fetch(`${demo.cmsUrl}/api/volunteer-stories?locale=sv`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          title,
          text: 'Vi spelar schack varje tisdag.',
          service: 'contact-person',
          _status: status,
        }),
      })
    expect((await post('Schack på tisdagar – utkast', 'draft')).status).toBe(201)
    expect((await post('Schack på tisdagar', 'published')).status).toBe(201)
    await waitForText(`${demo.siteUrl}/kontaktperson/`, 'Schack på tisdagar', 60_000)
    const html = await (await fetch(`${demo.siteUrl}/kontaktperson/`)).text()
    expect(html).not.toContain('Schack på tisdagar – utkast')
    // A real story is not marked as an example.
    await page.goto(`${demo.siteUrl}/kontaktperson/`)
    const story = page.locator('.story', { hasText: 'Schack på tisdagar' })
    expect(await story.locator('.story__example').count()).toBe(0)
  })

  it.each([
    ['/for-familjer/', 'sv', /Ring 112/, /skyddade personuppgifter/i, /överklaga/],
    ['/en/for-families/', 'en', /Call 112/, /protected personal data/i, /appeal/],
  ] as const)(
    'tells a family on %s about 112, protected personal data and the application',
    async (path, locale, emergency, protectedData, appeal) => {
      const text = await mainText(path)
      expect(text).toMatch(emergency)
      expect(text).toMatch(protectedData)
      expect(text).toMatch(appeal)
      const apply = pathFor(locale, null, 'apply').replace(/\/$/, '')
      expect(await page.locator(`main a[href^="${apply}"]`).first().isVisible()).toBe(true)
    },
  )

  it.each([
    ['/for-barn/', /Du bor kvar hemma/, /BRIS är 116 111/],
    ['/en/for-children/', /You stay living at home/, /BRIS number is 116 111/],
  ])(
    'tells a child on %s that they stay at home and where to call: BRIS 116 111',
    async (path, home, bris) => {
      const text = await mainText(path)
      expect(text).toMatch(home)
      expect(text).toMatch(bris)
    },
  )
})
