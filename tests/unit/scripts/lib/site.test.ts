import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { SiteBuilder } from '../../../../scripts/lib/site'

/** A build that takes until `release()` is called, so tests decide when it ends. */
function controllableBuilds() {
  const started: string[] = []
  const releases: (() => void)[] = []
  const buildInto = async (outDir: string) => {
    started.push(outDir)
    fs.mkdirSync(outDir, { recursive: true })
    await new Promise<void>((resolve) => releases.push(resolve))
  }
  const releaseNext = async () => {
    releases.shift()?.()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return { started, buildInto, releaseNext }
}

const buildsDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kp-builds-'))

describe('SiteBuilder', () => {
  it('coalesces requests made during a build into one follow-up build', async () => {
    const builds = controllableBuilds()
    const builder = new SiteBuilder(builds.buildInto, buildsDir(), () => {})
    builder.request()
    await new Promise((resolve) => setTimeout(resolve, 5))
    for (let i = 0; i < 5; i++) builder.request(Date.now() + 2000)
    await builds.releaseNext()
    expect(builds.started).toHaveLength(2)
    await builds.releaseNext()
    expect(builds.started).toHaveLength(2)
  })

  it('skips a request for a change the running build already contains', async () => {
    const builds = controllableBuilds()
    const builder = new SiteBuilder(builds.buildInto, buildsDir(), () => {})
    const changeAt = Date.now() - 60_000
    builder.request()
    builder.request(changeAt)
    await builds.releaseNext()
    expect(builds.started).toHaveLength(1)
  })

  it('swaps in the new build and removes the previous one', async () => {
    const builds = controllableBuilds()
    const builder = new SiteBuilder(builds.buildInto, buildsDir(), () => {})
    const first = builder.build()
    await builds.releaseNext()
    await first
    const firstDir = builder.dir
    const second = builder.build()
    await builds.releaseNext()
    await second
    expect(builder.dir).not.toBe(firstDir)
    expect(fs.existsSync(firstDir)).toBe(false)
  })

  it('keeps serving the previous build when a rebuild fails', async () => {
    const lines: string[] = []
    let fail = false
    const builder = new SiteBuilder(
      async (outDir) => {
        if (fail) throw new Error('CMS unreachable')
        fs.mkdirSync(outDir, { recursive: true })
      },
      buildsDir(),
      (line) => lines.push(line),
    )
    await builder.build()
    const good = builder.dir
    fail = true
    builder.request(Date.now() + 5000)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(builder.dir).toBe(good)
    expect(lines.at(-1)).toMatch(/rebuild failed, keeping the previous build: CMS unreachable/)
  })
})
