import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { resolveSecret } from '../../../../cms/config/secret'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kp-secret-'))

describe('resolveSecret', () => {
  it('uses PAYLOAD_SECRET when it is long enough', () => {
    const secret = 'a'.repeat(32)
    expect(resolveSecret({ secret, demo: false, dataDir: tempDir() })).toBe(secret)
  })

  it('refuses a short secret, in demo mode too', () => {
    for (const demo of [false, true]) {
      expect(() => resolveSecret({ secret: 'short', demo, dataDir: tempDir() })).toThrow(/too short/)
    }
  })

  it('refuses a missing secret outside demo mode', () => {
    expect(() => resolveSecret({ demo: false, dataDir: tempDir() })).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('generates a demo secret once and keeps it in the data folder', () => {
    const dataDir = tempDir()
    const first = resolveSecret({ demo: true, dataDir })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret({ demo: true, dataDir })).toBe(first)
    expect(fs.statSync(path.join(dataDir, 'payload-secret')).mode & 0o077).toBe(0)
  })
})
