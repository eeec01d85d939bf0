import { lastQuarters, stockholmDay } from '../../core/statistics/calendar'
import { type PublicCounts, type PublicMeasure, PUBLIC_QUARTERS } from '../../core/statistics/public'
import { stockholmWallTime } from '../../core/domain/stockholmTime'
import { type DatabaseMetric, stockholmDayExpr } from './query'

export type PublicCountRow = { measure: PublicMeasure; municipality: string; quarter: string; count: number }

/** Since the first day of the first quarter the public page shows (Stockholm midnight). */
export const publicSince = (now: Date) =>
  stockholmWallTime(lastQuarters(stockholmDay(now), PUBLIC_QUARTERS)[0].from, '00:00').toISOString()

/** The quarters shown as instant ranges `[quarter, from, to)`, the current one up to `now`. */
const quarterRanges = (now: Date) =>
  lastQuarters(stockholmDay(now), PUBLIC_QUARTERS).map(({ quarter, from, to }) => {
    const end = stockholmWallTime(to, '00:00')
    return [quarter, stockholmWallTime(from, '00:00').toISOString(), (end < now ? end : now).toISOString()]
  })

const QUARTER = "json_extract(q.value, '$[0]')"
/** Whether an instant column falls in quarter `q` (a row of `json_each(:quarters)`). */
const inQuarter = (column: string) =>
  `${column} >= json_extract(q.value, '$[1]') AND ${column} < json_extract(q.value, '$[2]')`
const quarterExpr = (date: unknown) => {
  const day = stockholmDayExpr(date)
  return {
    $concat: [
      { $substrCP: [day, 0, 4] },
      '-Q',
      { $toString: { $toInt: { $ceil: { $divide: [{ $toInt: { $substrCP: [day, 5, 2] } }, 3] } } } },
    ],
  }
}

const HELD_SQL =
  "e._status = 'published' AND e.status <> 'cancelled' AND e.starts_at >= :since AND e.starts_at < :now"

/**
 * The public counts per municipality and quarter (core/statistics/public: registrations,
 * evenings held, their attendees, approvals), over every record: the whole portal is their sum.
 */
export const publicCounts: DatabaseMetric<PublicCountRow, PublicCounts, { now: Date }> = {
  sql: ({ now }) => ({
    // Each quarter is an instant range, so no row's quarter is worked out: registrations count
    // ranges of the (municipality, created_at) index, approvals of the history's (status, at) one,
    // and find their municipality in the id index that covers it (the planner prefers the unique one).
    sql: `WITH registered AS MATERIALIZED (
        SELECT m.municipality_id AS municipality, ${QUARTER} AS quarter, (SELECT COUNT(*) FROM interest_registrations r
          WHERE r.municipality_id = m.municipality_id AND ${inQuarter('r.created_at')}) AS count
        FROM (SELECT DISTINCT municipality_id FROM interest_registrations) m, json_each(:quarters) q),
      attendees AS MATERIALIZED (
        SELECT e.municipality_id AS municipality, ${QUARTER} AS quarter, (SELECT COUNT(*) FROM bookings b
          WHERE b.evening_id = e.id AND b.status <> 'cancelled' AND b.attendance = 'attended') AS count
        FROM json_each(:quarters) q JOIN info_evenings e ON ${inQuarter('e.starts_at')} WHERE ${HELD_SQL})
      SELECT 'interestRegistrations' AS measure, municipality, quarter, count FROM registered WHERE count > 0
      UNION ALL SELECT 'eveningsHeld', e.municipality_id, ${QUARTER}, COUNT(*)
        FROM json_each(:quarters) q JOIN info_evenings e ON ${inQuarter('e.starts_at')}
        WHERE ${HELD_SQL} GROUP BY 2, 3
      UNION ALL SELECT 'eveningAttendees', municipality, quarter, SUM(count) FROM attendees GROUP BY 2, 3 HAVING SUM(count) > 0
      UNION ALL SELECT 'approvals', r.municipality_id, ${QUARTER}, COUNT(DISTINCT r.id)
        FROM json_each(:quarters) q JOIN interest_registrations_history h ON h.status = 'approved' AND ${inQuarter('h.at')}
        JOIN interest_registrations r INDEXED BY interest_registrations_id_grouped_idx ON r.id = h._parent_id
        GROUP BY 2, 3`,
    args: { since: publicSince(now), now: now.toISOString(), quarters: JSON.stringify(quarterRanges(now)) },
  }),
  pipeline({ now }) {
    const since = new Date(publicSince(now))
    const tally = (measure: PublicMeasure, municipality: string, date: string, distinct?: string) => [
      ...(distinct ? [{ $group: { _id: { municipality, quarter: quarterExpr(date), id: distinct } } }] : []),
      {
        $group: {
          _id: distinct
            ? { municipality: '$_id.municipality', quarter: '$_id.quarter' }
            : { municipality, quarter: quarterExpr(date) },
          count: { $sum: 1 },
        },
      },
      {
        $project: {
          _id: 0,
          measure: { $literal: measure },
          municipality: { $toString: '$_id.municipality' },
          quarter: '$_id.quarter',
          count: 1,
        },
      },
    ]
    const held = (prefix: string) => ({
      [`${prefix}_status`]: 'published',
      [`${prefix}status`]: { $ne: 'cancelled' },
      [`${prefix}startsAt`]: { $gte: since, $lt: now },
    })
    return {
      collection: 'interest-registrations',
      pipeline: [
        { $match: { createdAt: { $gte: since, $lt: now } } },
        ...tally('interestRegistrations', '$municipality', '$createdAt'),
        {
          $unionWith: {
            coll: 'interest-registrations',
            pipeline: [
              { $unwind: '$history' },
              { $match: { 'history.status': 'approved', 'history.at': { $gte: since, $lt: now } } },
              ...tally('approvals', '$municipality', '$history.at', '$_id'),
            ],
          },
        },
        {
          $unionWith: {
            coll: 'info-evenings',
            pipeline: [{ $match: held('') }, ...tally('eveningsHeld', '$municipality', '$startsAt')],
          },
        },
        {
          $unionWith: {
            coll: 'bookings',
            pipeline: [
              { $match: { status: { $ne: 'cancelled' }, attendance: 'attended' } },
              {
                $lookup: { from: 'info-evenings', localField: 'evening', foreignField: '_id', as: 'evening' },
              },
              { $unwind: '$evening' },
              { $match: held('evening.') },
              ...tally('eveningAttendees', '$evening.municipality', '$evening.startsAt'),
            ],
          },
        },
      ],
    }
  },
  result(rows) {
    const of = (measure: PublicMeasure) =>
      rows
        .filter((row) => row.measure === measure)
        .map((row) => ({
          municipality: String(row.municipality),
          quarter: String(row.quarter),
          count: Number(row.count),
        }))
    return {
      interestRegistrations: of('interestRegistrations'),
      eveningsHeld: of('eveningsHeld'),
      eveningAttendees: of('eveningAttendees'),
      approvals: of('approvals'),
    }
  },
}
