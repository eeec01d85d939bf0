import type { PayloadRequest } from 'payload'

import type { Period, TeamReport } from '../../core/statistics/report'

/** PLACEHOLDER on the stats-ui branch so the admin view typechecks; the stats-data branch replaces this file. */
export async function teamStatistics(
  _req: PayloadRequest,
  _q: { period: Period; municipality: string | null },
): Promise<TeamReport> {
  throw new Error('teamStatistics: lands with stats-data')
}
