import { lateBefore } from '../../core/statistics/response'
import type { Spread } from '../../core/statistics/report'
import {
  type DatabaseMetric,
  type StatisticsQuery,
  boundsOf,
  calendarSql,
  arrivedInPeriod,
  heldBySql,
  list,
  stockholmDayExpr,
  stockholmDaySql,
  workingDaysExpr,
} from './query'

/** The spread the database computed: nearest-rank median and p90, and who was or is past `limit`. */
export type ResponseRow = {
  measured: number
  median: number | null
  p90: number | null
  within: number
  late: number
}
export type ResponseTimes = Spread & { within: number | null }

type Kind = {
  table: 'interest_registrations' | 'applications'
  collection: 'interest-registrations' | 'applications'
}
const filterOf = (query: StatisticsQuery, kind: Kind) =>
  kind.table === 'applications' ? query.scope.applications : query.scope.registrations

/**
 * Working days from arrival to the first staff action (core/statistics/response: the first
 * contact-log entry or authored status change that is no hand-over), for the period's records of
 * one kind; within `limit` among those acted on, late among those still waiting. Registrations
 * store theirs (fields/registrationFacts); applications are few and are worked out from their logs.
 */
export const responseTimes = (kind: Kind, limit: number): DatabaseMetric<ResponseRow, ResponseTimes> =>
  kind.table === 'interest_registrations'
    ? { ...storedFirstContact(limit), result }
    : liveResponse(kind, limit)

const liveResponse = (kind: Kind, limit: number): DatabaseMetric<ResponseRow, ResponseTimes> => ({
  sql(query) {
    const held = heldBySql(kind.table, filterOf(query, kind), query.scope.municipality)
    const calendar = calendarSql(query)
    const t = kind.table
    return {
      // Each step is materialized once. A record's first act is two index seeks (records by
      // parent and time, statistics_indexes migration), so a team's year reads only its own logs.
      sql: `WITH ${calendar.cte},
        rec AS MATERIALIZED (SELECT r.id, r.created_at FROM ${t} r WHERE ${held.where} AND r.created_at >= :from AND r.created_at < :to),
        firsts AS MATERIALIZED (
          SELECT created_at, MIN(COALESCE(logged, changed), COALESCE(changed, logged)) AS first_at FROM (
            SELECT created_at,
              (SELECT MIN(c.at) FROM ${t}_contact_log c WHERE c._parent_id = rec.id AND c.at IS NOT NULL) AS logged,
              (SELECT MIN(h.at) FROM ${t}_history h
                WHERE h._parent_id = rec.id AND h.by_id IS NOT NULL AND h.to_team_id IS NULL) AS changed
            FROM rec)),
        spans AS MATERIALIZED (
          SELECT first_at IS NOT NULL AS handled, ${stockholmDaySql('created_at')} AS start_day,
            COALESCE(${stockholmDaySql('first_at')}, :today) AS end_day FROM firsts),
        days AS MATERIALIZED (
          SELECT handled, upto.n - start.n AS days
          FROM spans JOIN cal start ON start.day = start_day JOIN cal upto ON upto.day = end_day),
        ranked AS (
          SELECT days, ROW_NUMBER() OVER (ORDER BY days) AS rank, COUNT(*) OVER () AS measured FROM days WHERE handled)
        SELECT (SELECT COUNT(*) FROM ranked) AS measured,
          (SELECT days FROM ranked WHERE rank = (measured + 1) / 2) AS median,
          (SELECT days FROM ranked WHERE rank = (9 * measured + 9) / 10) AS p90,
          (SELECT COUNT(*) FROM days WHERE handled AND days <= :limit) AS within,
          (SELECT COUNT(*) FROM days WHERE NOT handled AND days > :limit) AS late`,
      args: { ...held.args, ...calendar.args, ...boundsOf(query), limit },
    }
  },
  pipeline(query, ids) {
    const staffActs = {
      $filter: {
        input: list('history'),
        cond: {
          $and: [
            { $ne: [{ $ifNull: ['$$this.by', null] }, null] },
            { $eq: [{ $ifNull: ['$$this.toTeam', null] }, null] },
          ],
        },
      },
    }
    const first = {
      $min: {
        $concatArrays: [
          { $map: { input: list('contactLog'), in: '$$this.at' } },
          { $map: { input: staffActs, in: '$$this.at' } },
        ],
      },
    }
    return {
      collection: kind.collection,
      pipeline: [
        arrivedInPeriod(query, filterOf(query, kind), ids),
        { $project: { arrived: stockholmDayExpr('$createdAt'), first } },
        {
          $project: {
            acted: { $ne: [{ $ifNull: ['$first', null] }, null] },
            days: workingDaysExpr(query, '$arrived', stockholmDayExpr({ $ifNull: ['$first', query.now] })),
          },
        },
        { $group: { _id: null, all: { $push: { acted: '$acted', days: '$days' } } } },
        {
          $project: {
            handled: {
              $sortArray: {
                input: {
                  $map: { input: { $filter: { input: '$all', cond: '$$this.acted' } }, in: '$$this.days' },
                },
                sortBy: 1,
              },
            },
            late: {
              $size: {
                $filter: {
                  input: '$all',
                  cond: { $and: [{ $not: ['$$this.acted'] }, { $gt: ['$$this.days', limit] }] },
                },
              },
            },
          },
        },
        spreadStage(limit),
      ],
    }
  },
  result,
})

/** The spread from a record's rows: `handled` sorted days, `late` a count, as both databases answer. */
function result(rows: ResponseRow[]): ResponseTimes {
  const row = rows[0]
  const measured = Number(row?.measured ?? 0)
  const known = measured + Number(row?.late ?? 0)
  const value = (entry: number | null | undefined) =>
    entry === null || entry === undefined || !measured ? null : Number(entry)
  return {
    measured,
    medianWorkingDays: value(row?.median),
    p90WorkingDays: value(row?.p90),
    within: known ? Number(row?.within ?? 0) / known : null,
  }
}

const rank = (p: number) => ({
  $subtract: [{ $ceil: { $divide: [{ $multiply: [{ $size: '$handled' }, p] }, 100] } }, 1],
})

/** The row from sorted `handled` days and the `late` count (nearest rank, as core/statistics/spread). */
const spreadStage = (limit: number) => ({
  $project: {
    _id: 0,
    measured: { $size: '$handled' },
    median: { $ifNull: [{ $arrayElemAt: ['$handled', rank(50)] }, null] },
    p90: { $ifNull: [{ $arrayElemAt: ['$handled', rank(90)] }, null] },
    within: { $size: { $filter: { input: '$handled', cond: { $lte: ['$$this', limit] } } } },
    late: 1,
  },
})

/**
 * The registrations' first contact from their stored working days: one index-ordered grouping by
 * days, whose nearest ranks are read off the running totals; those nobody acted on are late when
 * they arrived before `lateBefore`.
 */
const storedFirstContact = (limit: number): Omit<DatabaseMetric<ResponseRow, ResponseTimes>, 'result'> => ({
  sql(query) {
    const held = heldBySql('interest_registrations', query.scope.registrations, query.scope.municipality)
    return {
      sql: `WITH spread AS MATERIALIZED (
          SELECT r.facts_first_contact_working_days AS days, COUNT(*) AS n, SUM(r.created_at < :lateBefore) AS late
          FROM interest_registrations r
          WHERE ${held.where} AND r.created_at >= :from AND r.created_at < :to GROUP BY 1),
        handled AS (SELECT days, n, SUM(n) OVER (ORDER BY days) AS upto FROM spread WHERE days IS NOT NULL),
        total AS (SELECT COALESCE(SUM(n), 0) AS measured FROM handled)
        SELECT measured,
          (SELECT MIN(days) FROM handled WHERE upto >= (measured + 1) / 2) AS median,
          (SELECT MIN(days) FROM handled WHERE upto >= (9 * measured + 9) / 10) AS p90,
          (SELECT COALESCE(SUM(n), 0) FROM handled WHERE days <= :limit) AS within,
          (SELECT COALESCE(SUM(late), 0) FROM spread WHERE days IS NULL) AS late
        FROM total`,
      args: { ...held.args, ...boundsOf(query), lateBefore: lateBefore(query.now, limit), limit },
    }
  },
  pipeline(query, ids) {
    const days = { $ifNull: ['$facts.firstContactWorkingDays', null] }
    const late = {
      $and: [{ $eq: [days, null] }, { $lt: ['$createdAt', new Date(lateBefore(query.now, limit))] }],
    }
    return {
      collection: 'interest-registrations',
      pipeline: [
        arrivedInPeriod(query, query.scope.registrations, ids),
        { $group: { _id: null, all: { $push: { days, late } } } },
        {
          $project: {
            handled: {
              $sortArray: {
                input: {
                  $map: {
                    input: { $filter: { input: '$all', cond: { $ne: ['$$this.days', null] } } },
                    in: '$$this.days',
                  },
                },
                sortBy: 1,
              },
            },
            late: { $size: { $filter: { input: '$all', cond: '$$this.late' } } },
          },
        },
        spreadStage(limit),
      ],
    }
  },
})
