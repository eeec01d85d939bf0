import fs from 'node:fs'

import type { Client } from '@libsql/client'
import Database from 'libsql'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { BACKSTOP_CHECKPOINT_PAGES } from '../../cms/config/checkpointer'
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

describe('statements kept by a transaction’s connection', () => {
  const columnsOf = async (mode: 'write' | 'read') => {
    const transaction = await client().transaction(mode)
    const { columns, rows } = await transaction.execute('SELECT * FROM kept')
    await transaction.commit()
    return { columns, row: rows[0] }
  }

  it('follow a schema change made on another connection', async () => {
    await client().execute('CREATE TABLE kept (a INTEGER)')
    await client().execute('INSERT INTO kept VALUES (1)')
    expect((await columnsOf('read')).columns).toEqual(['a'])
    await client().execute("ALTER TABLE kept ADD b TEXT DEFAULT 'x'")
    expect(await columnsOf('read')).toMatchObject({ columns: ['a', 'b'], row: { a: 1, b: 'x' } })
  })

  it('follow a schema change made in a transaction, also on the same connection', async () => {
    const migrating = await client().transaction('write')
    expect((await migrating.execute('SELECT * FROM kept')).columns).toEqual(['a', 'b'])
    await migrating.execute('ALTER TABLE kept ADD c INTEGER DEFAULT 3')
    expect((await migrating.execute('SELECT * FROM kept')).columns).toEqual(['a', 'b', 'c'])
    await migrating.rollback()
    expect(await columnsOf('write')).toMatchObject({ columns: ['a', 'b'], row: { a: 1, b: 'x' } })
  })

  it('still work after one of them failed, and answer with the same values as a fresh one', async () => {
    await client().execute('CREATE TABLE unique_probe (n INTEGER UNIQUE, at TEXT)')
    const insert = 'INSERT INTO unique_probe VALUES (?, ?) RETURNING n, at'
    for (const [n, ok] of [
      [1, true],
      [1, false],
      [2, true],
    ] as const) {
      const transaction = await client().transaction('write')
      const inserted = transaction.execute({ sql: insert, args: [n, 'now'] })
      if (ok) expect((await inserted).rows[0]).toMatchObject({ n, at: 'now' })
      else await expect(inserted).rejects.toThrow(/UNIQUE/)
      await transaction.commit()
    }
    const { rows } = await client().execute('SELECT n FROM unique_probe ORDER BY n')
    expect(rows.map((row) => row.n)).toEqual([1, 2])
    // A statement that returns no rows, twice on the same connection, answers as libsql's own does.
    const first = await client().transaction('write')
    const counted = await first.execute({
      sql: 'UPDATE unique_probe SET at = ? WHERE n > 0',
      args: ['later'],
    })
    await first.commit()
    const second = await client().transaction('write')
    const again = await second.execute({ sql: 'UPDATE unique_probe SET at = ? WHERE n > 0', args: ['later'] })
    await second.commit()
    expect([counted.rowsAffected, again.rowsAffected]).toEqual([2, 2])
  })
})

describe('the write-ahead log', () => {
  it('is copied into the database file by the checkpoint thread, not by a commit', async () => {
    const file = String(process.env.DATABASE_URI).replace(/^file:/, '')
    const before = fs.statSync(file).size
    // About 1 MB: far below the pages after which a commit would checkpoint by itself.
    await client().execute('CREATE TABLE bulky (payload BLOB)')
    const writing = await client().transaction('write')
    await writing.execute('INSERT INTO bulky VALUES (zeroblob(1000000))')
    await writing.commit()
    expect(Number((await client().execute('PRAGMA wal_autocheckpoint')).rows[0]?.wal_autocheckpoint)).toBe(
      BACKSTOP_CHECKPOINT_PAGES,
    )
    await expect.poll(() => fs.statSync(file).size, { timeout: 10_000 }).toBeGreaterThan(before + 1_000_000)
  })
})
