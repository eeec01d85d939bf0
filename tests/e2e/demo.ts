import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'

import { launchBrowser } from './browser'

export type Demo = {
  siteUrl: string
  cmsUrl: string
  process: ChildProcess
  output: () => string
  dataDir: string
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Runs `npm start` exactly as a new user would, on free ports and a fresh data folder, and waits
 * for it to say it is running.
 */
export async function startDemo(
  root: string,
  timeoutMs = 540_000,
  env: Record<string, string> = {},
): Promise<Demo> {
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-demo-'))
  const child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      PORTAL_DATA_DIR: dataDir,
      // The tests count what they create themselves; the generated case history would be counted too.
      DEMO_HISTORY: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), timeoutMs)
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)))
    const poll = setInterval(() => {
      if (output.includes('Kontaktportalen is running')) {
        clearInterval(poll)
        clearTimeout(timer)
        resolve()
      }
    }, 200)
  })
  return {
    siteUrl: `http://localhost:${sitePort}`,
    cmsUrl: `http://localhost:${cmsPort}`,
    process: child,
    output: () => output,
    dataDir,
  }
}

/** What pressing Ctrl-C in the terminal does: SIGINT to the whole foreground process group. */
export function pressCtrlC(demo: Demo) {
  const { pid, exitCode, signalCode } = demo.process
  if (pid && exitCode === null && signalCode === null) process.kill(-pid, 'SIGINT')
}

export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) })
    return true
  } catch {
    return false
  }
}

/** The documented demo password, shared by the demo admin and the demo team accounts. */
export const DEMO_PASSWORD = 'demo-kontaktportalen'

/** Signs in to the demo CMS's REST API; returns the session header. */
export async function signIn(demo: Demo, email: string): Promise<{ authorization: string }> {
  const response = await fetch(`${demo.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  if (response.status !== 200) throw new Error(`signing in as ${email} answered ${response.status}`)
  return { authorization: `JWT ${((await response.json()) as { token: string }).token}` }
}

/**
 * A form as a person sends it: with the time the form was shown, a minute ago (the endpoints
 * refuse a post without it, or one sent within seconds, as a bot's).
 */
export const filledIn = <T extends object>(body: T) => ({ startedAt: Date.now() - 60_000, ...body })

/**
 * A request from another loopback address (127.0.0.2, …), as a different client on the network
 * would send it: the CMS counts posts by the address of the connection, not by any header.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: init.method ?? 'GET', headers: init.headers, localAddress },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        )
      },
    )
    request.on('error', reject)
    request.end(init.body)
  })
}

/** The demo's municipalities, id by slug (as the public forms send them). */
export async function municipalityIds(demo: Demo): Promise<Record<string, string>> {
  const response = await fetch(`${demo.cmsUrl}/api/municipalities?depth=0&limit=0`)
  const { docs } = (await response.json()) as { docs: { id: string; slug: string }[] }
  return Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
}

/** Sends a public form as a visitor from 127.0.0.21 (a client of its own for the rate limit); returns its reference. */
export async function submitForm(
  demo: Demo,
  form: 'interest' | 'application',
  body: object,
): Promise<string> {
  const response = await requestFrom('127.0.0.21', `${demo.cmsUrl}/api/forms/${form}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(filledIn(body)),
  })
  expect(response.status).toBe(201)
  return (JSON.parse(response.text) as { reference: string }).reference
}

/** Signs in on the admin's login page, in a browser context of its own; returns the page at the admin's start. */
export async function adminPage(
  browser: Browser,
  demo: Demo,
  email: string,
  context: BrowserContextOptions,
): Promise<Page> {
  const page = await (await browser.newContext(context)).newPage()
  await page.goto(`${demo.cmsUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.keyboard.press('Enter')
  await page.waitForURL(`${demo.cmsUrl}/admin`)
  return page
}

/**
 * A person needs longer than the endpoints' 3 s minimum to fill in a form, a test's keyboard
 * does not: waits until the form on the page is that old by its own start time (a static page's
 * is its build time, so a page rebuilt a moment ago is young).
 */
export async function asLongAsAPerson(page: Page) {
  const shownAt = Number(await page.inputValue('input[name="startedAt"]'))
  const remaining = shownAt + 3100 - Date.now()
  if (remaining > 0) await page.waitForTimeout(remaining)
}

/** Waits until an admin list has loaded every cell: relationship and date cells say "Laddar…" after the rows show. */
export async function listLoaded(page: Page) {
  await page.waitForSelector('.collection-list table, .collection-list .no-results')
  await page.waitForFunction(
    () => !document.querySelector('.collection-list')?.textContent?.includes('Laddar'),
  )
}

/**
 * Polls a page until it contains `text` (a rebuild has landed); returns how long that took. If it
 * never does, the error says what `explain` finds (what the job queue still holds, say).
 */
export async function waitForText(
  url: string,
  text: string,
  timeoutMs: number,
  explain: () => Promise<string> = async () => '',
): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if ((await (await fetch(url)).text()).includes(text)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`"${text}" did not appear at ${url} within ${timeoutMs / 1000} s. ${await explain()}`)
}

/** What the demo's job worker has not done yet, to tell a stalled queue from a slow one when a wait fails. */
export async function jobQueue(demo: Demo, admin: Record<string, string>): Promise<string> {
  const response = await fetch(
    `${demo.cmsUrl}/api/payload-jobs?limit=0&depth=0&where[completedAt][exists]=false`,
    {
      headers: admin,
    },
  )
  const { docs } = (await response.json()) as {
    docs: {
      taskSlug: string
      queue: string
      processing: boolean
      totalTried: number
      error: unknown
      waitUntil?: string
    }[]
  }
  const pending = docs.map(({ taskSlug, queue, processing, totalTried, error, waitUntil }) => ({
    taskSlug,
    queue,
    processing,
    totalTried,
    error,
    waitUntil,
  }))
  return `The job queue: ${JSON.stringify(pending)}. The demo's last lines:\n${demo.output().split('\n').slice(-30).join('\n')}`
}

export type DemoPage = { demo: Demo; browser: Browser; page: Page }

/**
 * Starts the demo (from the repository at `root`) and a browser page before a file's tests, hands
 * them to `use`, and stops both after: the opening most public-site test files share.
 */
export function withDemoPage(root: string, use: (opened: DemoPage) => void): void {
  let demo: Demo | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    demo = await startDemo(root)
    browser = await launchBrowser()
    use({ demo, browser, page: await browser.newPage() })
  })
  afterAll(async () => {
    await browser?.close()
    if (demo) pressCtrlC(demo)
  })
}
