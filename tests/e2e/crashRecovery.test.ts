import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildCmsIfChanged, seedIfEmpty, startCms, waitForCms } from '../../scripts/lib/cms'
import { startFakeResend } from '../int/fakeResend'
import { filledIn, freePort, requestFrom } from './demo'

// A CMS killed with SIGKILL again and again while people keep sending forms, then left running:
// every form it acknowledged must get its team notification and its confirmation, each sent once.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-crash-'))
const provider = await startFakeResend([], { answerAfterMs: 400 })
const env = {
  ...process.env,
  PORTAL_DEMO: '1',
  PORTAL_DATA_DIR: dataDir,
  FORM_RATE_LIMIT_POINTS: '1000000',
  // A slow provider keeps sends in flight, so each kill lands in the middle of one.
  RESEND_API_KEY: 're_test_key',
  RESEND_BASE_URL: provider.url,
  RESEND_MAX_PER_SECOND: '10',
}
let port: number
let cms: ChildProcess | undefined
let output = ''
let db: Client

async function start() {
  cms = startCms(env, '127.0.0.1', port).child
  cms.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  await waitForCms(`http://127.0.0.1:${port}`)
}

function killHard() {
  if (cms?.pid) process.kill(-cms.pid, 'SIGKILL')
}

const rows = async (sql: string) => (await db.execute(sql)).rows

/** Vitest's own wait: retries until the assertion holds, polling the database every 100 ms. */
const eventually = (assertion: () => Promise<void>) =>
  vi.waitFor(assertion, { timeout: 240_000, interval: 100 })

beforeAll(async () => {
  port = await freePort()
  await buildCmsIfChanged(env, () => {})
  await seedIfEmpty(env)
  db = createClient({ url: `file:${path.join(dataDir, 'portal.db')}` })
  await start()
})

afterAll(async () => {
  killHard()
  db?.close()
  await provider.close()
})

describe('a CMS killed mid-load', () => {
  it(
    'loses no consequence of an acknowledged form: after three kill -9, every one is notified and confirmed exactly once',
    { timeout: 600_000 },
    async () => {
      const [{ id: municipality }] = await rows(`SELECT id FROM municipalities WHERE slug = 'stockholm'`)
      const acknowledged: string[] = []
      let sent = 0
      const send = async () => {
        const i = (sent += 1)
        const body = filledIn({
          services: ['contact-person'],
          municipality,
          name: `Person ${i}`,
          email: `person${i}@example.org`,
          phone: '070-123 45 67',
          adults: 1,
          consent: true,
        })
        try {
          const response = await requestFrom(
            `127.0.${1 + (i % 200)}.1`,
            `http://127.0.0.1:${port}/api/forms/interest`,
            { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
          )
          if (response.status === 201)
            acknowledged.push((JSON.parse(response.text) as { reference: string }).reference)
        } catch {
          // The connection died with the process: not acknowledged, so nothing was promised.
        }
      }
      for (let crash = 1; crash <= 3; crash += 1) {
        const target = acknowledged.length + 20
        const clients = Array.from({ length: 4 }, async () => {
          while (acknowledged.length < target) await send()
        })
        await Promise.all(clients)
        // Kill while an e-mail is being sent and forms are still arriving.
        await eventually(async () =>
          expect(
            await rows(`SELECT id FROM payload_jobs WHERE processing = 1 AND task_slug = 'sendEmail'`),
            'a send in flight',
          ).not.toHaveLength(0),
        )
        const inFlight = Array.from({ length: 4 }, send)
        killHard()
        await Promise.all(inFlight)
        const claimed = await rows(`SELECT id FROM payload_jobs WHERE processing = 1`)
        expect(claimed.length, 'jobs the dead process left claimed').toBeGreaterThan(0)
        await start()
      }
      expect(acknowledged.length).toBeGreaterThanOrEqual(60)

      // Left alone, the queues drain: nothing claimed, pending or failed.
      // (Scheduled tasks wait for their hour; everything due must be done.)
      const unfinished = `SELECT id FROM payload_jobs WHERE completed_at IS NULL AND (processing = 1 OR wait_until IS NULL OR wait_until <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`
      await eventually(async () => expect(await rows(unfinished), 'jobs still to finish').toEqual([]))
      expect(await rows(`SELECT id FROM payload_jobs WHERE has_error = 1`)).toEqual([])
      expect(output).toMatch(/job\(s\) left unfinished by a stopped process are queued again/)

      const messages = await rows(`SELECT id, kind, status, text FROM outbox`)
      for (const reference of acknowledged) {
        const own = messages.filter((message) => String(message.text).includes(reference))
        expect(own.map((message) => `${message.kind} ${message.status}`).sort(), reference).toEqual([
          'interest-confirmation sent',
          'team-notification sent',
        ])
      }
      // Resend keeps one send per idempotency key: a request repeated after a kill sent nothing twice.
      expect(new Set(provider.delivered.map((mail) => mail.key)).size).toBe(provider.delivered.length)
      expect(provider.delivered.length).toBe(messages.length)
    },
  )
})
