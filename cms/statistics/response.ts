import { lateBefore } from '../../core/statistics/response'
import type { Spread } from '../../core/statistics/report'
import { type DatabaseMetric, type StatisticsQuery, boundsOf, arrivedInPeriod, heldBySql } from './query'

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
 * one kind; within `limit` among those acted on, late among those still waiting. Both kinds store
 * theirs (fields/registrationFacts, fields/applicationFacts): one index-ordered grouping by days,
 * whose nearest ranks are read off the running totals; those nobody acted on are late when they
 * arrived before `lateBefore`.
 */
export const responseTimes = (kind: Kind, limit: number): DatabaseMetric<ResponseRow, ResponseTimes> => ({
  sql(query) {
    const held = heldBySql(kind.table, filterOf(query, kind), query.scope.municipality)
    return {
      sql: `WITH spread AS MATERIALIZED (
          SELECT r.facts_first_contact_working_days AS days, COUNT(*) AS n, SUM(r.created_at < :lateBefore) AS late
          FROM ${kind.table} r
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
      collection: kind.collection,
      pipeline: [
        arrivedInPeriod(query, filterOf(query, kind), ids),
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
