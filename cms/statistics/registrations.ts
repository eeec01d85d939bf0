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
  weekRanges,
} from './query'

/** `pair` counts a (campaign, channel) pair: totals by channel and by campaign are folded from them. */
type Kind = 'week' | 'service' | 'district' | 'pair'
/** One grouped count: `sub` is the pair's channel. */
export type RegistrationRow = { kind: Kind; key: string | null; sub: string | null; count: number }

export type RegistrationCounts = Required<TeamReport>['registrations'] & {
  campaignChannels: Map<string, Count[]>
}

const given = (column: string) => `${column} IS NOT NULL AND ${column} <> ''`

/** Each (campaign, channel) pair and each district among `source` (a FROM clause with its WHERE). */
const pairsAndDistricts = (
  source: string,
) => `SELECT 'pair' AS kind, campaign_id AS key, channel AS sub, COUNT(*) AS count
        FROM ${source} GROUP BY campaign_id, channel
      UNION ALL SELECT 'district', municipality_id || ':' || district, NULL, COUNT(*)
        FROM ${source} AND ${given('district')} GROUP BY municipality_id, district`

const inPeriod = 'r.created_at >= :from AND r.created_at < :to'

/**
 * Services of every team's registrations, joined by id from whichever side of the period holds
 * fewer registrations: the period's own, or (over the whole portal, when `few` is false) all
 * services less those of registrations outside it. A LIMIT of 0 leaves the unused id list empty.
 */
function everyServiceSql(held: string, municipality: string | null): { cte: string; sql: string } {
  const services = (
    ids: string,
    limit = '',
  ) => `SELECT s.value, COUNT(*) AS count FROM interest_registrations_services s
        WHERE s.parent_id IN (SELECT r.id FROM interest_registrations r WHERE ${ids}${limit}) GROUP BY 1`
  if (municipality !== null)
    return {
      cte: '',
      sql: `SELECT 'service', value, NULL, count FROM (${services(`${held} AND ${inPeriod}`)})`,
    }
  return {
    cte: `WITH split AS MATERIALIZED (SELECT 2 * (SELECT COUNT(*) FROM interest_registrations r WHERE ${inPeriod})
        <= (SELECT COUNT(*) FROM interest_registrations) AS few)`,
    sql: `SELECT 'service', value, NULL, SUM(count) FROM (
        ${services(inPeriod, ' LIMIT -(SELECT few FROM split)')}
        UNION ALL SELECT s.value, COUNT(*) * (1 - (SELECT few FROM split)) FROM interest_registrations_services s GROUP BY 1
        UNION ALL SELECT value, -count FROM (${services('r.created_at < :from OR r.created_at >= :to', ' LIMIT (SELECT few FROM split) - 1')}))
      GROUP BY 2 HAVING SUM(count) > 0`,
  }
}

/**
 * Every team's registrations (an admin's) are read from covering indexes in GROUP BY order (a
 * unary `+` keeps the planner off the created_at index, which would need a sorter), each week as
 * an index range.
 */
function everyTeamSql(query: StatisticsQuery, held: ReturnType<typeof heldBySql>) {
  const services = everyServiceSql(held.where, query.scope.municipality)
  return {
    sql: `${services.cte}
      ${pairsAndDistricts(`interest_registrations r WHERE ${held.where} AND +r.created_at >= :from AND +r.created_at < :to`)}
      UNION ALL SELECT 'week', json_extract(w.value, '$[0]'), NULL, (SELECT COUNT(*) FROM interest_registrations r
          WHERE ${held.where} AND r.created_at >= json_extract(w.value, '$[1]') AND r.created_at < json_extract(w.value, '$[2]'))
        FROM json_each(:weeks) w
      UNION ALL ${services.sql}`,
    args: { ...held.args, ...boundsOf(query), weeks: JSON.stringify(weekRanges(query.period)) },
  }
}

/** A team's registrations are first gathered through the teams index, then grouped from there. */
function teamSql(query: StatisticsQuery, held: ReturnType<typeof heldBySql>) {
  const monday = `date(${stockholmDaySql('hour')}, '-6 days', 'weekday 1')`
  return {
    sql: `WITH reg AS MATERIALIZED (
        SELECT r.id, r.created_at, r.channel, r.campaign_id, r.municipality_id, r.district FROM interest_registrations r
        WHERE ${held.where} AND ${inPeriod})
      ${pairsAndDistricts('reg WHERE 1 = 1')}
      UNION ALL SELECT 'week', ${monday}, NULL, SUM(count)
        FROM (SELECT ${hourSql('created_at')} AS hour, COUNT(*) AS count FROM reg GROUP BY 1) GROUP BY 2
      UNION ALL SELECT 'service', s.value, NULL, COUNT(*) FROM reg CROSS JOIN interest_registrations_services s ON s.parent_id = reg.id GROUP BY 2`,
    args: { ...held.args, ...boundsOf(query) },
  }
}

const sql = (query: StatisticsQuery) => {
  const { registrations, municipality } = query.scope
  const held = heldBySql('interest_registrations', registrations, municipality)
  return 'all' in registrations ? everyTeamSql(query, held) : teamSql(query, held)
}

const pipeline: DatabaseMetric<RegistrationRow, RegistrationCounts>['pipeline'] = (query, ids) => {
  const group = (kind: Kind, key: unknown, sub: unknown = null, match: object = {}) => [
    ...(Object.keys(match).length ? [{ $match: match }] : []),
    { $group: { _id: { key, sub }, count: { $sum: 1 } } },
    { $project: { _id: 0, kind: { $literal: kind }, key: '$_id.key', sub: '$_id.sub', count: 1 } },
  ]
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
          week: group('week', monday),
          service: [{ $unwind: '$services' }, ...group('service', '$services')],
          district: group('district', { $concat: [asString('municipality'), ':', '$district'] }, null, {
            district: { $nin: [null, ''] },
          }),
          pair: group('pair', asString('campaign'), '$channel'),
        },
      },
      { $project: { rows: { $concatArrays: ['$week', '$service', '$district', '$pair'] } } },
      { $unwind: '$rows' },
      { $replaceRoot: { newRoot: '$rows' } },
    ],
  }
}

/** Adds `count` to `key`'s tally. */
const tally = (counts: Map<string, number>, key: string, count: number) =>
  counts.set(key, (counts.get(key) ?? 0) + count)
const sorted = (counts: Map<string, number>): Count[] =>
  [...counts].map(([key, count]) => ({ key, count })).sort(byCount)
const isGiven = (value: unknown): value is string => typeof value === 'string' && value !== ''

/**
 * The period's registrations per week, service, channel, campaign and district (see
 * core/statistics/registrations), and each campaign's channel mix.
 */
export const registrationCounts: DatabaseMetric<RegistrationRow, RegistrationCounts> = {
  sql,
  pipeline,
  result(rows, query) {
    const of = (kind: Kind) => rows.filter((row) => row.kind === kind)
    const perWeek = new Map(weeksOf(query.period).map((week) => [week, 0]))
    for (const row of of('week')) perWeek.set(String(row.key), Number(row.count))
    const byService = new Map<string, number>()
    for (const row of of('service')) tally(byService, String(row.key), Number(row.count))
    const byDistrict = new Map<string, number>()
    for (const row of of('district')) tally(byDistrict, String(row.key), Number(row.count))
    let total = 0
    const byChannel = new Map<string, number>()
    const byCampaign = new Map<string, number>()
    const campaignChannels = new Map<string, Map<string, number>>()
    for (const { key: campaign, sub: channel, count } of of('pair')) {
      total += Number(count)
      if (isGiven(channel)) tally(byChannel, channel, Number(count))
      if (campaign === null || campaign === undefined) continue
      tally(byCampaign, String(campaign), Number(count))
      if (!isGiven(channel)) continue
      const channels = campaignChannels.get(String(campaign)) ?? new Map<string, number>()
      campaignChannels.set(String(campaign), tally(channels, channel, Number(count)))
    }
    return {
      total,
      perWeek: [...perWeek].map(([week, count]) => ({ week, count })),
      byService: sorted(byService),
      byChannel: sorted(byChannel),
      byCampaign: sorted(byCampaign),
      byDistrict: sorted(byDistrict),
      campaignChannels: new Map([...campaignChannels].map(([key, channels]) => [key, sorted(channels)])),
    }
  },
}
