import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../../../cms/config/adapter'
import { selectDatabase } from '../../../../cms/config/database'

const dataDir = '/srv/portal/.data'

describe('selectDatabase', () => {
  it.each([
    [undefined, { kind: 'sqlite', file: '/srv/portal/.data/portal.db' }],
    ['', { kind: 'sqlite', file: '/srv/portal/.data/portal.db' }],
    ['file:custom.db', { kind: 'sqlite', file: '/srv/portal/.data/custom.db' }],
    ['file:/var/lib/kp/portal.db', { kind: 'sqlite', file: '/var/lib/kp/portal.db' }],
    ['file:///var/lib/kp/portal.db', { kind: 'sqlite', file: '/var/lib/kp/portal.db' }],
  ])('%s → embedded SQLite at an absolute path', (uri, expected) => {
    const choice = selectDatabase(uri, dataDir)
    expect(choice).toMatchObject(expected)
    expect(choice.url).toBe(`file:${expected.file}`)
  })

  it.each(['mongodb://db.example.org:27017/portal', 'mongodb+srv://user:pw@cluster.example.org/portal'])(
    '%s → MongoDB',
    (uri) => {
      expect(selectDatabase(uri, dataDir)).toEqual({ kind: 'mongodb', url: uri })
    },
  )

  it.each(['postgres://localhost/portal', 'mysql://x', 'portal.db'])(
    'refuses %s with a clear message',
    (uri) => {
      expect(() => selectDatabase(uri, dataDir)).toThrow(/DATABASE_URI has an unsupported scheme/)
    },
  )

  it('does not echo the URI (it may hold a password) in the error', () => {
    expect(() => selectDatabase('redis://user:hunter2@host', dataDir)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    )
  })
})

describe('databaseAdapter', () => {
  it('builds the MongoDB adapter for a mongodb:// URI without connecting', () => {
    const adapter = databaseAdapter(selectDatabase('mongodb://127.0.0.1:1/portal', dataDir))
    expect(adapter.name).toBe('mongoose')
  })

  it('builds the SQLite adapter with string (uuid) ids by default', () => {
    const adapter = databaseAdapter(selectDatabase(undefined, dataDir))
    expect(adapter.name).toBe('sqlite')
    expect(adapter.defaultIDType).toBe('text')
  })
})
