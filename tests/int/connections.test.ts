import type { Client } from '@libsql/client'
import Database from 'libsql'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { openTestPayload } from './helpers'

let payload: Payload
const client = () => (payload.db as unknown as { client: Client }).client
const count = async (run: Pick<Client, 'execute'>) =>
  Number((await run.execute('SELECT count(*) AS n FROM probe')).rows[0]?.n)

beforeAll(async () => {
  payload = await openTestPayload()
  await client().execute('CREATE TABLE probe (n INTEGER)')
})

describe('SQLite transactions on kept connections', () => {
  it('each transaction has a connection of its own: uncommitted work is seen by no other, rolled back by none', async () => {
    const writing = await client().transaction('write')
    await writing.execute('INSERT INTO probe VALUES (1)')
    const reading = await client().transaction('read')
    expect(await count(reading)).toBe(0)
    expect(await count(client())).toBe(0)
    await reading.commit()
    await writing.rollback()
    expect(await count(client())).toBe(0)
    const next = await client().transaction('write')
    await next.execute('INSERT INTO probe VALUES (2)')
    await next.commit()
    expect(await count(client())).toBe(1)
  })

  it('the next transaction takes the connection the last one gave back, with its settings', async () => {
    const first = await client().transaction('write')
    // A temporary table lives only on the connection that made it.
    await first.execute('CREATE TEMP TABLE connection_marker (n INTEGER)')
    await first.commit()
    const second = await client().transaction('write')
    expect(Number((await second.execute('SELECT count(*) AS n FROM connection_marker')).rows[0]?.n)).toBe(0)
    expect(Number((await second.execute('PRAGMA secure_delete')).rows[0]?.secure_delete)).toBe(1)
    expect(Number((await second.execute('PRAGMA busy_timeout')).rows[0]?.timeout)).toBe(5000)
    expect(Number((await second.execute('PRAGMA mmap_size')).rows[0]?.mmap_size)).toBe(1024 ** 3)
    await second.execute('DROP TABLE connection_marker')
    await second.commit()
  })

  it('a finished transaction refuses further work, since its connection may be another’s now', async () => {
    const done = await client().transaction('write')
    await done.commit()
    const current = await client().transaction('write')
    await expect(done.execute('INSERT INTO probe VALUES (3)')).rejects.toThrow()
    await current.rollback()
    expect(await count(client())).toBe(1)
  })

  it('waits for another process writing without holding up this one, then writes', async () => {
    // Another connection, as the job worker's, holds the write lock.
    const other = new Database(String(process.env.DATABASE_URI).replace(/^file:/, ''))
    other.exec('BEGIN IMMEDIATE')
    const writing = client().transaction('write')
    const first = await Promise.race([
      writing.then(() => 'began'),
      new Promise((resolve) => setImmediate(() => resolve('this process answered meanwhile'))),
    ])
    expect(first).toBe('this process answered meanwhile')
    other.exec('COMMIT')
    other.close()
    const transaction = await writing
    await transaction.execute('INSERT INTO probe VALUES (4)')
    await transaction.commit()
    expect(await count(client())).toBe(2)
  })
})
