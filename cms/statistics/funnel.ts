import { type FunnelGroup, funnelFromGroups } from '../../core/statistics/funnel'
import type { Funnel } from '../../core/statistics/report'
import { type DatabaseMetric, boundsOf, arrivedInPeriod, heldBySql } from './query'

/** The period's registrations grouped by campaign, furthest main-line step in their history (stored), and status now. */
export type FunnelRow = FunnelGroup & { campaign: string | null }

/** The funnel of the period's registrations (core/statistics/funnel), overall and per campaign. */
export const funnels: DatabaseMetric<FunnelRow, { all: Funnel; perCampaign: Map<string, Funnel> }> = {
  sql(query) {
    const held = heldBySql('interest_registrations', query.scope.registrations, query.scope.municipality)
    return {
      // The furthest step is stored on the registration (fields/registrationFacts): one index-ordered
      // pass over (campaign, step, status, arrival).
      sql: `SELECT r.campaign_id AS campaign, r.facts_furthest_step AS step, r.status, COUNT(*) AS count
        FROM interest_registrations r
        WHERE ${held.where} AND r.created_at >= :from AND r.created_at < :to GROUP BY 1, 2, 3`,
      args: { ...held.args, ...boundsOf(query) },
    }
  },
  pipeline(query, ids) {
    return {
      collection: 'interest-registrations',
      pipeline: [
        arrivedInPeriod(query, query.scope.registrations, ids),
        {
          $group: {
            _id: {
              campaign: { $ifNull: [{ $toString: '$campaign' }, null] },
              step: { $ifNull: ['$facts.furthestStep', 0] },
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
