import type { GlobalConfig, Payload } from 'payload'

import { label } from '../../../core/i18n/text'
import { isAdmin, signedIn } from '../../access/roles'

export const BUILD_OUTCOMES = ['requested', 'failed'] as const
export type BuildOutcome = (typeof BUILD_OUTCOMES)[number]

/**
 * How the static site's last build went, as far as the CMS can know: whether the deploy hook took
 * the request, or why not. Written by the rebuildSite job; staff read it on the Today view.
 */
export const SiteBuild: GlobalConfig = {
  slug: 'site-build',
  label: label('collections.siteBuild.label'),
  admin: { hidden: true },
  access: { read: signedIn, update: isAdmin },
  fields: [
    {
      name: 'outcome',
      type: 'select',
      options: [
        { value: 'requested', label: label('collections.siteBuild.outcomes.requested') },
        { value: 'failed', label: label('collections.siteBuild.outcomes.failed') },
      ],
      label: label('collections.siteBuild.fields.outcome'),
    },
    { name: 'at', type: 'date', label: label('collections.siteBuild.fields.at') },
    { name: 'failure', type: 'text', label: label('collections.siteBuild.fields.failure') },
    { name: 'lastRequestedAt', type: 'date', label: label('collections.siteBuild.fields.lastRequestedAt') },
  ],
}

/** Records one attempt; a success keeps its time so a later failure still shows when the site last built. */
export async function recordBuild(payload: Payload, outcome: BuildOutcome, failure?: string): Promise<void> {
  const at = new Date().toISOString()
  await payload.updateGlobal({
    slug: 'site-build',
    data: {
      outcome,
      at,
      failure: failure ?? null,
      ...(outcome === 'requested' ? { lastRequestedAt: at } : {}),
    },
    depth: 0,
  })
}
