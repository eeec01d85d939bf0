import fs from 'node:fs'
import path from 'node:path'

import { completion, runNode } from './processes'
import { bin, root } from './tools'

/** Runs `astro build` against a CMS into a fresh folder. */
export async function buildSite(cmsUrl: string, outDir: string, env: NodeJS.ProcessEnv = process.env) {
  await completion(
    runNode(bin.astro, ['build', '--outDir', outDir], {
      cwd: root,
      env: { ...env, CMS_URL: cmsUrl, ASTRO_TELEMETRY_DISABLED: '1' },
      quiet: true,
    }),
    'astro build',
  )
}

/**
 * Keeps one current build of the site and rebuilds on request. Requests that arrive during a build
 * are coalesced into one follow-up build; a request made before the current build started is
 * already contained in it and is dropped.
 */
export class SiteBuilder {
  private generation = 0
  private currentDir: string | null = null
  private running: Promise<void> | null = null
  private pending = false
  private lastStartedAt = 0

  constructor(
    private readonly buildInto: (outDir: string) => Promise<void>,
    private readonly buildsDir: string,
    private readonly log: (line: string) => void,
  ) {}

  get dir(): string {
    if (!this.currentDir) throw new Error('The site has not been built yet')
    return this.currentDir
  }

  async build(): Promise<void> {
    const started = Date.now()
    this.lastStartedAt = started
    const outDir = path.join(this.buildsDir, `build-${started}-${++this.generation}`)
    await this.buildInto(outDir)
    const previous = this.currentDir
    this.currentDir = outDir
    if (previous) fs.rmSync(previous, { recursive: true, force: true })
    this.log(`site: built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }

  /**
   * A build was asked for at `requestedAt` (ms), after the changes it stands for were committed;
   * make sure a build that started no earlier follows.
   */
  request(requestedAt: number = Date.now()): void {
    if (requestedAt < this.lastStartedAt) return
    if (this.running) {
      this.pending = true
      return
    }
    this.running = this.build()
      .catch((error: Error) => this.log(`site: rebuild failed, keeping the previous build: ${error.message}`))
      .finally(() => {
        this.running = null
        if (this.pending) {
          this.pending = false
          this.request()
        }
      })
  }
}
