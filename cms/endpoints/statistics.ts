import type { Endpoint } from 'payload'

import type { Period } from '../../core/statistics/report'
import { statisticsScope } from '../statistics/scope'
import { publicStatistics } from '../useCases/publicStatistics'
import { teamStatistics } from '../useCases/teamStatistics'

/** The longest period asked for at once: a little over two years. */
export const MAX_PERIOD_DAYS = 800

const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)

/** A period from query parameters: two real dates, `from` before `to`, at most MAX_PERIOD_DAYS apart. */
export function periodOf(from: unknown, to: unknown): Period | null {
  if (!isDate(from) || !isDate(to) || from >= to) return null
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000
  return days <= MAX_PERIOD_DAYS ? { from, to } : null
}

/**
 * GET /api/statistics/team?from=YYYY-MM-DD&to=YYYY-MM-DD[&municipality=<id>]: the signed-in staff
 * member's TeamReport (cms/useCases/teamStatistics). 401 when not signed in, 403 for staff without
 * statistics, 400 for a missing or impossible period.
 */
export const teamStatisticsEndpoint: Endpoint = {
  path: '/statistics/team',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'sign in' }, { status: 401 })
    if (!statisticsScope(req.user, null))
      return Response.json({ error: 'no statistics for your role' }, { status: 403 })
    const period = periodOf(req.query?.from, req.query?.to)
    if (!period)
      return Response.json({ error: 'give from and to as YYYY-MM-DD, from before to' }, { status: 400 })
    const chosen = req.query?.municipality
    const municipality = typeof chosen === 'string' && chosen ? chosen : null
    const report = await teamStatistics(req, { period, municipality })
    return Response.json(report, { headers: { 'cache-control': 'no-store' } })
  },
}

/** GET /api/statistics/public: the suppressed public aggregates (cms/useCases/publicStatistics), for anyone. */
export const publicStatisticsEndpoint: Endpoint = {
  path: '/statistics/public',
  method: 'get',
  handler: async (req) =>
    Response.json(await publicStatistics(req.payload), { headers: { 'cache-control': 'no-store' } }),
}
