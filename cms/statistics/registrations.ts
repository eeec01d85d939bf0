import { weeksOf } from '../../core/statistics/calendar'
import { byCount } from '../../core/statistics/counts'
import type { Count, TeamReport } from '../../core/statistics/report'
import {
  type DatabaseMetric,
  type StatisticsQuery,
  boundsOf,
  arrivedInPeriod,
  heldBySql,
  hourSql,
  stockholmDayExpr,
  stockholmDaySql,
} from './query'

type Kind = 'total' | 'week' | 'service' | 'channel' | 'campaign' | 'district' | 'campaign-channel'
/** One grouped count: `sub` is the channel within a campaign's mix. */
export type RegistrationRow = { kind: Kind; key: string; sub: string | null; count: number }

export type RegistrationCounts = Required<TeamReport>['registrations'] & {
  campaignChannels: Map<string, Count[]>
}

const sql = ({ scope, period, now }: StatisticsQuery) => {
  const held = heldBySql('interest_registrations', scope.registrations, scope.municipality)
  const monday = `date(${stockholmDaySql('hour')}, '-6 days', 'weekday 1')`
  const given = (column: string) => `${column} IS NOT NULL AND ${column} <> ''`
  return {
    sql: `WITH reg AS MATERIALIZED (
        SELECT r.id, r.created_at, r.channel, r.campaign_id, r.municipality_id, r.district FROM interest_registrations r
        WHERE ${held.where} AND r.created_at >= :from AND r.created_at < :to)
      SELECT 'total' AS kind, '' AS key, NULL AS sub, COUNT(*) AS count FROM reg
      UNION ALL SELECT 'week', ${monday}, NULL, SUM(count) FROM (SELECT ${hourSql('created_at')} AS hour, COUNT(*) AS count FROM reg GROUP BY 1) GROUP BY 2
      UNION ALL SELECT 'service', s.value, NULL, COUNT(*) FROM reg JOIN interest_registrations_services s ON s.parent_id = reg.id GROUP BY 2
      UNION ALL SELECT 'channel', channel, NULL, COUNT(*) FROM reg WHERE ${given('channel')} GROUP BY 2
      UNION ALL SELECT 'campaign', campaign_id, NULL, COUNT(*) FROM reg WHERE campaign_id IS NOT NULL GROUP BY 2
      UNION ALL SELECT 'district', municipality_id || ':' || district, NULL, COUNT(*) FROM reg WHERE ${given('district')} GROUP BY 2
      UNION ALL SELECT 'campaign-channel', campaign_id, channel, COUNT(*) FROM reg
        WHERE campaign_id IS NOT NULL AND ${given('channel')} GROUP BY 2, 3`,
    args: { ...held.args, ...boundsOf({ scope, period, now }) },
  }
}

const pipeline: DatabaseMetric<RegistrationRow, RegistrationCounts>['pipeline'] = (query, ids) => {
  const group = (kind: Kind, key: unknown, sub: unknown = null, match: object = {}) => [
    ...(Object.keys(match).length ? [{ $match: match }] : []),
    { $group: { _id: { key, sub }, count: { $sum: 1 } } },
    { $project: { _id: 0, kind: { $literal: kind }, key: '$_id.key', sub: '$_id.sub', count: 1 } },
  ]
  const given = (field: string) => ({ [field]: { $nin: [null, ''] } })
  const day = stockholmDayExpr('$createdAt')
  // Monday of the day's week, reckoned on the day itself (UTC midnight), so summer time cannot shift it.
  const midnight = { $dateFromString: { dateString: day } }
  const monday = {
    $dateToString: {
      format: '%Y-%m-%d',
      date: {
        $subtract: [midnight, { $multiply: [{ $subtract: [{ $isoDayOfWeek: midnight }, 1] }, 86_400_000] }],
      },
    },
  }
  const asString = (field: string) => ({ $toString: `$${field}` })
  return {
    collection: 'interest-registrations',
    pipeline: [
      arrivedInPeriod(query, query.scope.registrations, ids),
      {
        $facet: {
          total: group('total', ''),
          week: group('week', monday),
          service: [{ $unwind: '$services' }, ...group('service', '$services')],
          channel: group('channel', '$channel', null, given('channel')),
          campaign: group('campaign', asString('campaign'), null, { campaign: { $ne: null } }),
          district: group(
            'district',
            { $concat: [asString('municipality'), ':', '$district'] },
            null,
            given('district'),
          ),
          'campaign-channel': group('campaign-channel', asString('campaign'), '$channel', {
            campaign: { $ne: null },
            ...given('channel'),
          }),
        },
      },
      {
        $project: {
          rows: {
            $concatArrays: [
              '$total',
              '$week',
              '$service',
              '$channel',
              '$campaign',
              '$district',
              '$campaign-channel',
            ],
          },
        },
      },
      { $unwind: '$rows' },
      { $replaceRoot: { newRoot: '$rows' } },
    ],
  }
}

/**
 * The period's registrations per week, service, channel, campaign and district (see
 * core/statistics/registrations), and each campaign's channel mix.
 */
export const registrationCounts: DatabaseMetric<RegistrationRow, RegistrationCounts> = {
  sql,
  pipeline,
  result(rows, query) {
    const counts = (kind: Kind) =>
      rows
        .filter((row) => row.kind === kind)
        .map((row) => ({ key: String(row.key), count: Number(row.count) }))
        .sort(byCount)
    const perWeek = new Map(weeksOf(query.period).map((week) => [week, 0]))
    for (const row of rows.filter((entry) => entry.kind === 'week'))
      perWeek.set(String(row.key), Number(row.count))
    const campaignChannels = new Map<string, Count[]>()
    for (const row of rows.filter((entry) => entry.kind === 'campaign-channel'))
      campaignChannels.set(row.key, [
        ...(campaignChannels.get(row.key) ?? []),
        { key: String(row.sub), count: Number(row.count) },
      ])
    for (const [key, channels] of campaignChannels) campaignChannels.set(key, channels.sort(byCount))
    return {
      total: Number(rows.find((row) => row.kind === 'total')?.count ?? 0),
      perWeek: [...perWeek].map(([week, count]) => ({ week, count })),
      byService: counts('service'),
      byChannel: counts('channel'),
      byCampaign: counts('campaign'),
      byDistrict: counts('district'),
      campaignChannels,
    }
  },
}
