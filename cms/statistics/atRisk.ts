import { FINISHED_STATUSES } from '../../core/domain/followUp'
import { monthsOf } from '../../core/statistics/calendar'
import type { TeamReport } from '../../core/statistics/report'
import { type DatabaseMetric, boundsOf, heldByMatch, heldBySql, list } from './query'

export type AtRiskRow = { kind: 'now' | 'month'; key: string; count: number }

const MOMENTS = 'interest_registrations_facts_at_risk_moments'
const FINISHED = [...FINISHED_STATUSES]
const finishedSql = FINISHED.map((status) => `'${status}'`).join(', ')

/**
 * At risk now (the follow-up job's flag on open registrations) and, per month of the period, the
 * registrations that fell at risk in it: 30 days after arrival or a staff act with none since,
 * while not finished (core/statistics/atRisk). Every moment a registration falls at risk is stored
 * on it with its Stockholm month (fields/registrationFacts); those due by `now` count.
 */
export const atRisk: DatabaseMetric<AtRiskRow, Required<TeamReport>['atRisk']> = {
  sql(query) {
    const { registrations: filter, municipality } = query.scope
    const held = heldBySql('interest_registrations', filter, municipality)
    const months = monthsOf(query.period)
    const everyone = 'all' in filter && municipality === null
    return {
      // The moments by (month, registration, time): one index range, in month order, counted distinct.
      sql: `SELECT 'now' AS kind, '' AS key, COUNT(*) AS count FROM interest_registrations r
          WHERE ${held.where} AND r.at_risk = 1 AND r.status NOT IN (${finishedSql})
        UNION ALL SELECT 'month', m.month, COUNT(DISTINCT m._parent_id) FROM ${MOMENTS} m
          WHERE m.month >= :firstMonth AND m.month <= :lastMonth AND m.at >= :from AND m.at < :to AND m.at <= :now
          ${everyone ? '' : `AND m._parent_id IN (SELECT r.id FROM interest_registrations r WHERE ${held.where})`}
          GROUP BY m.month`,
      args: {
        ...held.args,
        ...boundsOf(query),
        now: query.now.toISOString(),
        firstMonth: months[0] ?? '',
        lastMonth: months.at(-1) ?? '',
      },
    }
  },
  pipeline(query, ids) {
    const { from, to } = boundsOf(query)
    const due = {
      $and: [
        { $gte: ['$$this.at', new Date(from)] },
        { $lt: ['$$this.at', new Date(to)] },
        { $lte: ['$$this.at', query.now] },
      ],
    }
    return {
      collection: 'interest-registrations',
      pipeline: [
        { $match: heldByMatch(query.scope.registrations, query.scope.municipality, ids) },
        {
          $facet: {
            now: [
              { $match: { atRisk: true, status: { $nin: FINISHED } } },
              { $count: 'count' },
              { $set: { kind: { $literal: 'now' }, key: { $literal: '' } } },
            ],
            month: [
              { $project: { moment: { $filter: { input: list('facts.atRiskMoments'), cond: due } } } },
              { $unwind: '$moment' },
              { $group: { _id: { month: '$moment.month', id: '$_id' } } },
              { $group: { _id: '$_id.month', count: { $sum: 1 } } },
              { $project: { _id: 0, kind: { $literal: 'month' }, key: '$_id', count: 1 } },
            ],
          },
        },
        { $project: { rows: { $concatArrays: ['$now', '$month'] } } },
        { $unwind: '$rows' },
        { $replaceRoot: { newRoot: '$rows' } },
      ],
    }
  },
  result(rows, query) {
    const perMonth = new Map(monthsOf(query.period).map((month) => [month, 0]))
    for (const row of rows)
      if (row.kind === 'month' && perMonth.has(row.key)) perMonth.set(row.key, Number(row.count))
    return {
      now: Number(rows.find((row) => row.kind === 'now')?.count ?? 0),
      perMonth: [...perMonth].map(([month, count]) => ({ month, atRisk: count })),
    }
  },
}
