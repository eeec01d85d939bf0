import type { APIRoute } from 'astro'

import { publicStatistics } from '../../data/statistics'

// The aggregates exactly as the CMS published them: codes, no labels, the same in every language.
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await publicStatistics(), null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  })
