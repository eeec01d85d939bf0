import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { recordBuild } from '../globals/SiteBuild'
import { backoff } from './taskConfig'

/** Quiet time after the last publish before the site is rebuilt, so a burst of edits builds once. */
export const rebuildDebounceMs = () => Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 3000)

/**
 * Asks for a new static build by calling the deploy hook: the `npm start` orchestrator in the demo,
 * the static host's build hook in production. A newer request supersedes a pending one.
 */
export const RebuildSiteTask: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  label: 'Rebuild the public site',
  retries: backoff(5, 2000),
  inputSchema: [{ name: 'at', type: 'date' }],
  // Debounced requests share one key, so a newer one replaces a pending one; a rebuild scheduled
  // for a set time (a campaign starting or ending) has its own key and is never replaced.
  concurrency: {
    key: ({ input }) => (input.at ? `site-rebuild-at-${input.at}` : 'site-rebuild'),
    exclusive: true,
    supersedes: true,
  },
  handler: async ({ req }) => {
    const url = process.env.SITE_REBUILD_HOOK_URL
    if (!url) {
      req.payload.logger.info('rebuildSite: SITE_REBUILD_HOOK_URL is not set; nothing to call')
      return { output: {} }
    }
    const token = process.env.SITE_REBUILD_HOOK_TOKEN
    // Every attempt is recorded, so a build that keeps failing shows on staff's Today view.
    try {
      // Lets the receiver skip a build that started after this call. The time of the call, not
      // the job's: the job was queued before its change was committed (and a campaign's switch
      // days before its moment), so a build that started after that may still lack the change.
      const response = await fetch(url, {
        // A hook that never answers would hold the default queue, which runs one job at a time.
        signal: AbortSignal.timeout(30_000),
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ requestedAt: new Date().toISOString() }),
      })
      if (!response.ok) throw new Error(`rebuildSite: deploy hook answered ${response.status}`)
    } catch (error) {
      await recordBuild(req.payload, 'failed', (error as Error).message)
      throw error
    }
    await recordBuild(req.payload, 'requested')
    return { output: {} }
  },
}

/** Queues (or re-times) the rebuild. The seeder queues once at its end instead of once per page. */
export async function queueSiteRebuild(req: PayloadRequest): Promise<void> {
  if (req.context.seeding) return
  await queueRebuild(req.payload, req)
}

export async function queueRebuild(payload: Payload, req?: PayloadRequest, at?: Date): Promise<void> {
  await payload.jobs.queue({
    task: 'rebuildSite',
    input: at ? { at: at.toISOString() } : {},
    waitUntil: at ?? new Date(Date.now() + rebuildDebounceMs()),
    req,
  })
}
