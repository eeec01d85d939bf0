import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { bin, root } from '../../scripts/lib/tools'

describe('building the site when the CMS is down', () => {
  it('fails with a message that says what to do, and writes no site', () => {
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kp-nocms-')), 'dist')
    const result = spawnSync(process.execPath, [bin.astro, 'build', '--outDir', outDir], {
      cwd: root,
      // Port 9 (discard) is closed here: nothing answers.
      env: { ...process.env, CMS_URL: 'http://127.0.0.1:9', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    })
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('Cannot reach the CMS at http://127.0.0.1:9')
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false)
  })
})
