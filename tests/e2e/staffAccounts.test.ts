import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './browser'
import { DEMO_PASSWORD, type Demo, jobQueue, pressCtrlC, signIn, startDemo } from './demo'

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

/** A page in a Swedish browser, and every address outside this machine it asked for. */
async function swedishPage() {
  const page = await browser.newPage({ locale: 'sv-SE' })
  const outside: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['data:', 'blob:'].includes(url.protocol) && !['localhost', '127.0.0.1'].includes(url.hostname))
      outside.push(url.href)
  })
  return { page, outside }
}

async function signInTo(page: Page, email: string) {
  await page.goto(`${demo.cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.keyboard.press('Enter')
  await page.waitForURL(`${demo.cmsUrl}/admin`)
}

/** Types a new password twice; a document form is then checked by the server, which is waited for as a person would. */
async function typeNewPassword(page: Page, password: string, { checkedByServer = true } = {}) {
  await page.locator('#field-password').fill(password)
  const isFormCheck = (response: Response) =>
    response.request().method() === 'POST' && new URL(response.url()).pathname.startsWith('/admin')
  const checked = checkedByServer && page.waitForResponse(isFormCheck)
  await page.locator('#field-confirm-password').fill(password)
  await checked
}

describe('the admin for a staff member', () => {
  it('asks no outside service for anything, and shows the staff member’s initial as the picture', async () => {
    const { page, outside } = await swedishPage()
    await signInTo(page, 'barn-unga.sodermalm@example.org')
    for (const view of [
      '',
      '/account',
      '/collections/interest-registrations',
      '/collections/info-evenings',
    ]) {
      await page.goto(`${demo.cmsUrl}/admin${view}`)
      await page.waitForLoadState('networkidle')
    }
    expect(outside).toEqual([])
    expect((await page.locator('.app-header__account').textContent())?.trim()).toBe('D')
    await page.close()
  })

  it('shows times on the 24-hour clock, as Swedish staff read them', async () => {
    const { page } = await swedishPage()
    await signInTo(page, 'barn-unga.sodermalm@example.org')
    await page.goto(`${demo.cmsUrl}/admin/collections/info-evenings`)
    const startsAt = page.locator('.cell-startsAt').first()
    await expect
      .poll(async () => (await startsAt.textContent())?.trim())
      .toMatch(/^\d{1,2} \p{L}+\.? \d{4}, \d{2}:\d{2}$/u)
    // The date field on the evening itself, not only the list.
    await page.locator('.cell-topic a').first().click()
    const picker = page.locator('.react-datepicker__input-container input').first()
    await expect.poll(() => picker.inputValue()).toMatch(/^\d{1,2} \p{L}+\.? \d{4}, \d{2}:\d{2}$/u)
    await page.close()
  })

  it('refuses a short new password on the account page and says why, in Swedish', async () => {
    const { page } = await swedishPage()
    await signInTo(page, 'lss.sodermalm@example.org')
    await page.goto(`${demo.cmsUrl}/admin/account`)
    await page.locator('#change-password').click()
    await typeNewPassword(page, 'abc')
    await page.locator('#action-save').click()
    await expect
      .poll(() => page.locator('.toast-error').allTextContents())
      .toEqual(['Följande fält är ogiltigt: Lösenordet måste vara minst 12 tecken långt.'])
    await signIn(demo, 'lss.sodermalm@example.org')
    await page.close()
  })
})

describe('a forgotten password', () => {
  it('is answered by an e-mail through the outbox whose link resets the password, and the log never names the address', async () => {
    const email = 'mottagning.vaxholm@example.org'
    const logBefore = demo.output().length
    const forgot = await fetch(`${demo.cmsUrl}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    expect(forgot.status).toBe(200)
    const admin = await signIn(demo, 'admin@example.org')
    const messages = async () => {
      const response = await fetch(
        `${demo.cmsUrl}/api/outbox?where[to][equals]=${encodeURIComponent(email)}&depth=0`,
        { headers: admin },
      )
      return ((await response.json()) as { docs: { id: string; status: string; text: string }[] }).docs
    }
    await expect
      .poll(async () => (await messages()).map((message) => message.status), { timeout: 30_000 })
      .toEqual(['delivered-locally'])
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\n${await jobQueue(demo, admin)}`)
      })
    const [message] = await messages()
    expect(
      fs.readdirSync(path.join(demo.dataDir, 'mailbox')).filter((file) => file.includes(message.id)),
    ).toHaveLength(1)

    const { page, outside } = await swedishPage()
    await page.goto(/https?:\/\/\S+\/admin\/reset\/\S+/.exec(message.text)?.[0] as string)
    await page.waitForLoadState('networkidle')
    await typeNewPassword(page, 'sommar2026!!', { checkedByServer: false })
    await page.locator('button[type="submit"]').click()
    await expect
      .poll(() => page.locator('.field-type.password .field-error').textContent())
      .toMatch(/^Lösenordet är för vanligt/)
    await typeNewPassword(page, 'kaffe efter lunch', { checkedByServer: false })
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(`${demo.cmsUrl}/admin`)
    expect(outside).toEqual([])
    await page.close()
    expect(demo.output().slice(logBefore)).not.toContain(email)
  })
})
