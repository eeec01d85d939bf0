import { lastQuarters, stockholmDay } from '../../core/statistics/calendar'
import { type PublicCounts, type PublicMeasure, PUBLIC_QUARTERS } from '../../core/statistics/public'
import { stockholmWallTime } from '../../core/domain/stockholmTime'
import { type DatabaseMetric, hourSql, stockholmDayExpr, stockholmDaySql } from './query'

export type PublicCountRow = { measure: PublicMeasure; municipality: string; quarter: string; count: number }

/** Since the first day of the first quarter the public page shows (Stockholm midnight). */
export const publicSince = (now: Date) =>
  stockholmWallTime(lastQuarters(stockholmDay(now), PUBLIC_QUARTERS)[0].from, '00:00').toISOString()

const quarterSql = (column: string) => {
  const day = stockholmDaySql(column)
  return `substr(${day}, 1, 4) || '-Q' || ((CAST(substr(${day}, 6, 2) AS INTEGER) + 2) / 3)`
}
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
    // Registrations are counted per hour first: the quarter is then worked out once per hour, not per row.
    sql: `SELECT 'interestRegistrations' AS measure, municipality, ${quarterSql('hour')} AS quarter, SUM(count) AS count
        FROM (SELECT municipality_id AS municipality, ${hourSql('created_at')} AS hour, COUNT(*) AS count
          FROM interest_registrations WHERE created_at >= :since AND created_at < :now GROUP BY 1, 2) GROUP BY 2, 3
      UNION ALL SELECT 'eveningsHeld', e.municipality_id, ${quarterSql('e.starts_at')}, COUNT(*) FROM info_evenings e
        WHERE ${HELD_SQL} GROUP BY 2, 3
      UNION ALL SELECT 'eveningAttendees', e.municipality_id, ${quarterSql('e.starts_at')}, COUNT(*)
        FROM bookings b JOIN info_evenings e ON e.id = b.evening_id
        WHERE ${HELD_SQL} AND b.status <> 'cancelled' AND b.attendance = 'attended' GROUP BY 2, 3
      UNION ALL SELECT 'approvals', r.municipality_id, ${quarterSql('h.at')}, COUNT(DISTINCT r.id)
        FROM interest_registrations_history h JOIN interest_registrations r ON r.id = h._parent_id
        WHERE h.status = 'approved' AND h.at >= :since AND h.at < :now GROUP BY 2, 3`,
    args: { since: publicSince(now), now: now.toISOString() },
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
