import { Forbidden, type PayloadRequest } from 'payload'

import type { Period, TeamReport } from '../../core/statistics/report'
import { statisticsDatabase } from '../statistics/database'
import { namesFor } from '../statistics/names'
import { statisticsScope } from '../statistics/scope'
import { computeTeamReport } from '../statistics/teamReport'

/**
 * The team statistics for the signed-in staff member: only the records their own read access
 * reaches (cms/statistics/scope), computed in the database. Throws Forbidden for anyone without
 * statistics (not signed in, or in no role that works submissions).
 */
export async function teamStatistics(
  req: PayloadRequest,
  q: { period: Period; municipality: string | null },
): Promise<TeamReport> {
  const scope = statisticsScope(req.user, q.municipality)
  if (!scope) throw new Forbidden(req.t)
  return computeTeamReport(
    statisticsDatabase(req.payload),
    { scope, period: q.period, now: new Date() },
    (wanted) => namesFor(req.payload, wanted),
  )
}
