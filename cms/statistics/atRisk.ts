import { AT_RISK_AFTER_DAYS, FINISHED_STATUSES } from '../../core/domain/followUp'
import { monthsOf } from '../../core/statistics/calendar'
import type { TeamReport } from '../../core/statistics/report'
import {
  type DatabaseMetric,
  boundsOf,
  heldByMatch,
  heldBySql,
  list,
  stockholmDayExpr,
  stockholmDaySql,
} from './query'

export type AtRiskRow = { kind: 'now' | 'month'; key: string; count: number }

const AFTER_MS = AT_RISK_AFTER_DAYS * 86_400_000
const FINISHED = [...FINISHED_STATUSES]
const finishedSql = FINISHED.map((status) => `'${status}'`).join(', ')

/**
 * At risk now (the follow-up job's flag on open registrations) and, per month of the period, the
 * registrations that fell at risk in it: 30 days after arrival or a staff act with none since,
 * while not finished (core/statistics/atRisk).
 */
export const atRisk: DatabaseMetric<AtRiskRow, Required<TeamReport>['atRisk']> = {
  sql(query) {
    const held = heldBySql('interest_registrations', query.scope.registrations, query.scope.municipality)
    const { from, to } = boundsOf(query)
    return {
      sql: `WITH reg AS MATERIALIZED (SELECT r.id, r.created_at, r.status, r.at_risk FROM interest_registrations r WHERE ${held.where}),
        changes AS (
          SELECT id AS rid, created_at AS at FROM reg WHERE created_at >= :windowStart
          UNION ALL SELECT h._parent_id, h.at FROM interest_registrations_history h
            WHERE h.by_id IS NOT NULL AND h.at >= :windowStart AND h._parent_id IN (SELECT id FROM reg)
          UNION ALL SELECT c._parent_id, c.at FROM interest_registrations_contact_log c
            WHERE c.at >= :windowStart AND c._parent_id IN (SELECT id FROM reg)),
        gaps AS MATERIALIZED (
          SELECT rid, due FROM (
            SELECT rid, at, strftime('%Y-%m-%dT%H:%M:%fZ', at, '+${AT_RISK_AFTER_DAYS} days') AS due,
              LEAD(at) OVER (PARTITION BY rid ORDER BY at) AS next
            FROM changes)
          -- The cheap bound on the change itself first: the due time is worked out for fewer rows.
          WHERE at < :lastChange AND (next IS NULL OR next >= due) AND due <= :now AND due >= :from AND due < :to),
        moments AS (
          SELECT rid, due FROM gaps
          WHERE COALESCE((SELECT h.status FROM interest_registrations_history h
              WHERE h._parent_id = gaps.rid AND h.at <= gaps.due ORDER BY h._order DESC LIMIT 1), '') NOT IN (${finishedSql}))
        SELECT 'now' AS kind, '' AS key, COUNT(*) AS count FROM reg WHERE at_risk = 1 AND status NOT IN (${finishedSql})
        UNION ALL SELECT 'month', substr(${stockholmDaySql('due')}, 1, 7), COUNT(DISTINCT rid) FROM moments GROUP BY 2`,
      args: {
        ...held.args,
        from,
        to,
        now: query.now.toISOString(),
        // A change after this cannot fall due in the period by now (`due <= now`, `due < to`).
        lastChange: new Date(
          Math.min(query.now.getTime() + 1, new Date(to).getTime()) - AFTER_MS,
        ).toISOString(),
        windowStart: new Date(new Date(from).getTime() - AFTER_MS).toISOString(),
      },
    }
  },
  pipeline(query, ids) {
    const { from, to } = boundsOf(query)
    const at = (input: unknown, keep: object) => ({
      $map: { input: { $filter: { input, cond: keep } }, in: '$$this.at' },
    })
    const present = (field: string) => ({ $ne: [{ $ifNull: [field, null] }, null] })
    const times = {
      $sortArray: {
        input: {
          $concatArrays: [
            ['$createdAt'],
            at(list('history'), present('$$this.by')),
            at(list('contactLog'), present('$$this.at')),
          ],
        },
        sortBy: 1,
      },
    }
    const gap = {
      due: { $add: [{ $arrayElemAt: ['$times', '$$i'] }, AFTER_MS] },
      next: { $ifNull: [{ $arrayElemAt: ['$times', { $add: ['$$i', 1] }] }, null] },
    }
    const statusThen = {
      $let: {
        vars: { before: { $filter: { input: list('history'), cond: { $lte: ['$$this.at', '$gap.due'] } } } },
        in: { $arrayElemAt: ['$$before.status', -1] },
      },
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
              { $project: { history: 1, times } },
              {
                $project: {
                  history: 1,
                  gap: { $map: { input: { $range: [0, { $size: '$times' }] }, as: 'i', in: gap } },
                },
              },
              { $unwind: '$gap' },
              {
                $match: {
                  $expr: {
                    $and: [
                      { $or: [{ $eq: ['$gap.next', null] }, { $gte: ['$gap.next', '$gap.due'] }] },
                      { $lte: ['$gap.due', query.now] },
                      { $gte: ['$gap.due', new Date(from)] },
                      { $lt: ['$gap.due', new Date(to)] },
                    ],
                  },
                },
              },
              { $project: { month: { $substrCP: [stockholmDayExpr('$gap.due'), 0, 7] }, statusThen } },
              { $match: { statusThen: { $nin: FINISHED } } },
              { $group: { _id: { month: '$month', id: '$_id' } } },
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
