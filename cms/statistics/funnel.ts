import { MAIN_LINE } from '../../core/domain/pipeline'
import { type FunnelGroup, funnelFromGroups } from '../../core/statistics/funnel'
import type { Funnel } from '../../core/statistics/report'
import { type DatabaseMetric, boundsOf, arrivedInPeriod, heldBySql, list } from './query'

/** The period's registrations grouped by campaign, furthest main-line step in their history, and status now. */
export type FunnelRow = FunnelGroup & { campaign: string | null }

const LINE = MAIN_LINE.interest

/** The funnel of the period's registrations (core/statistics/funnel), overall and per campaign. */
export const funnels: DatabaseMetric<FunnelRow, { all: Funnel; perCampaign: Map<string, Funnel> }> = {
  sql(query) {
    const held = heldBySql('interest_registrations', query.scope.registrations, query.scope.municipality)
    const step = LINE.map((status, index) => `WHEN '${status}' THEN ${index}`).join(' ')
    return {
      sql: `WITH reg AS (
          SELECT r.id, r.campaign_id, r.status FROM interest_registrations r
          WHERE ${held.where} AND r.created_at >= :from AND r.created_at < :to),
        steps AS (
          SELECT reg.id, reg.campaign_id, reg.status, COALESCE(MAX(CASE h.status ${step} END), 0) AS step
          FROM reg LEFT JOIN interest_registrations_history h ON h._parent_id = reg.id GROUP BY reg.id)
        SELECT campaign_id AS campaign, step, status, COUNT(*) AS count FROM steps GROUP BY 1, 2, 3`,
      args: { ...held.args, ...boundsOf(query) },
    }
  },
  pipeline(query, ids) {
    const furthest = {
      $max: { $map: { input: list('history'), in: { $indexOfArray: [LINE, '$$this.status'] } } },
    }
    return {
      collection: 'interest-registrations',
      pipeline: [
        arrivedInPeriod(query, query.scope.registrations, ids),
        {
          $group: {
            _id: {
              campaign: { $ifNull: [{ $toString: '$campaign' }, null] },
              step: { $max: [{ $ifNull: [furthest, 0] }, 0] },
              status: '$status',
            },
            count: { $sum: 1 },
          },
        },
        {
          $project: { _id: 0, campaign: '$_id.campaign', step: '$_id.step', status: '$_id.status', count: 1 },
        },
      ],
    }
  },
  result(rows) {
    const groups = (keep: (row: FunnelRow) => boolean) =>
      rows
        .filter(keep)
        .map((row) => ({ step: Number(row.step), status: String(row.status), count: Number(row.count) }))
    const campaigns = [...new Set(rows.flatMap((row) => (row.campaign ? [String(row.campaign)] : [])))]
    return {
      all: funnelFromGroups(groups(() => true)),
      perCampaign: new Map(
        campaigns.map((campaign) => [campaign, funnelFromGroups(groups((row) => row.campaign === campaign))]),
      ),
    }
  },
}
