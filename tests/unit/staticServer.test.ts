import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { resolveStaticFile } from '../../scripts/lib/static-server'

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-site-'))
fs.mkdirSync(path.join(site, 'kontaktfamilj'))
fs.writeFileSync(path.join(site, 'index.html'), 'home')
fs.writeFileSync(path.join(site, 'kontaktfamilj', 'index.html'), 'kf')
fs.writeFileSync(path.join(os.tmpdir(), 'kp-secret.txt'), 'secret')

describe('resolveStaticFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/kontaktfamilj', 'kontaktfamilj/index.html'],
    ['/kontaktfamilj/', 'kontaktfamilj/index.html'],
    ['/kontaktfamilj/?utm=x', 'kontaktfamilj/index.html'],
  ])('%s → %s', (url, file) => {
    expect(resolveStaticFile(site, url)).toBe(path.join(site, file))
  })

  it.each(['/../kp-secret.txt', '/%2e%2e/kp-secret.txt', '/missing', '/%E0%A4%A'])('refuses %s', (url) => {
    expect(resolveStaticFile(site, url)).toBeNull()
  })
})
