import type { APIRoute } from 'astro'

import { publicStatistics, statisticsCsv } from '../../data/statistics'

export const GET: APIRoute = async () =>
  new Response(statisticsCsv('sv', await publicStatistics()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  })
