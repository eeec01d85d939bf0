import type { Client } from '@libsql/client'
import Database from 'libsql'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeDurable } from '../../cms/config/adapter'

// Opened as the job worker is (jobs on), unlike every other int test file.
let payload: Payload
let databaseFile: string
const client = () => (payload.db as unknown as { client: Client }).client
const synchronous = async (run: Pick<Client, 'execute'>) =>
  Number((await run.execute('PRAGMA synchronous')).rows[0]?.synchronous)

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-int-worker-'))
  databaseFile = path.join(dir, 'test.db')
  process.env.PORTAL_DATA_DIR = dir
  process.env.DATABASE_URI = `file:${databaseFile}`
  process.env.PAYLOAD_SECRET = 'test-secret-that-is-long-enough-0123456789'
  process.env.PAYLOAD_JOBS_AUTORUN = '1'
  delete process.env.PORTAL_DEMO
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  payload = await getPayload({ config, key: dir })
})

describe("the job worker's database connection", () => {
  it('commits without waiting for the disk, while the connections posts are stored on sync each commit', async () => {
    expect(await synchronous(client())).toBe(1) // NORMAL
    const post = await client().transaction('write')
    expect(await synchronous(post)).toBe(2) // FULL
    await post.rollback()
  })

  it('makes every commit so far durable before a send: it is in the database file, not only in its log', async () => {
    await client().execute('CREATE TABLE sent_probe (n INTEGER)')
    for (let n = 0; n < 20; n++)
      await client().execute({ sql: 'INSERT INTO sent_probe VALUES (?)', args: [n] })
    await makeDurable(payload)
    // The database file alone, without the write-ahead log beside it.
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kp-int-file-')), 'copy.db')
    fs.copyFileSync(databaseFile, copy)
    const file = new Database(copy)
    expect(file.prepare('SELECT count(*) AS n FROM sent_probe').get()).toEqual({ n: 20 })
    file.close()
  })
})
