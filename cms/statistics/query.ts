import { TIME_ZONE, stockholmWallTime } from '../../core/domain/stockholmTime'
import { periodInstants, weeksOf } from '../../core/statistics/calendar'
import type { StatisticsScope, TeamFilter } from '../../core/statistics/facts'
import type { Period } from '../../core/statistics/report'

/** What every statistics query is asked: whose records, which period, as of when. */
export type StatisticsQuery = { scope: StatisticsScope; period: Period; now: Date }

/** One SQL statement with named arguments (`:name`), for the libsql client. */
export type SqlStatement = { sql: string; args: Record<string, string | number | null> }

/** One aggregation on a MongoDB collection. `id` turns an id string into what the database stores. */
export type Aggregation = { collection: string; pipeline: object[] }
export type MongoIds = { id: (value: string) => unknown }

/** A statistic computed in the database: the same rows from SQL (SQLite) or an aggregation (MongoDB). */
export type DatabaseMetric<Row, Result, Query = StatisticsQuery> = {
  sql: (query: Query) => SqlStatement
  pipeline: (query: Query, ids: MongoIds) => Aggregation
  result: (rows: Row[], query: Query) => Result
}

export const boundsOf = (query: StatisticsQuery) => periodInstants(query.period)

// ---- SQLite ----

/**
 * The Stockholm day of an ISO instant column, in SQL: Europe's summer time runs from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October (+2 h), otherwise +1 h.
 */
export const stockholmDaySql = (column: string) => {
  const year = `substr(${column}, 1, 4)`
  const switchAt = (month: string) => `date(${year} || '-${month}-25', 'weekday 0') || 'T01:00'`
  return `date(${column}, CASE WHEN ${column} >= ${switchAt('03')} AND ${column} < ${switchAt('10')} THEN '+2 hours' ELSE '+1 hour' END)`
}

/**
 * An ISO instant column cut to the start of its UTC hour. Stockholm's offset only changes on the
 * hour, so every instant of an hour has the same Stockholm day: grouping by this first computes a
 * day per hour instead of per row.
 */
export const hourSql = (column: string) => `substr(${column}, 1, 13) || ':00:00.000Z'`

/**
 * The records of `table` a scope counts, as a condition on alias `r`: held now by one of its
 * teams (unless it counts all), in its municipality when one is chosen.
 */
export function heldBySql(
  table: string,
  filter: TeamFilter,
  municipality: string | null,
  field = 'routedTeams',
) {
  const conditions = []
  if (!('all' in filter))
    conditions.push(
      // An uncorrelated IN list: SQLite builds it once from the teams index instead of probing per record.
      `r.id IN (SELECT x.parent_id FROM ${table}_rels x WHERE x.teams_id IN (SELECT value FROM json_each(:teams_${table})) AND x.path = '${field}')`,
    )
  if (municipality !== null) conditions.push('r.municipality_id = :municipality')
  return {
    where: conditions.length ? conditions.join(' AND ') : '1 = 1',
    args: {
      ...('all' in filter ? {} : { [`teams_${table}`]: JSON.stringify(filter.teams) }),
      ...(municipality === null ? {} : { municipality }),
    },
  }
}

/**
 * The period's weeks (their Mondays) as instant ranges `[week, from, to)`, the first and last cut to
 * the period: counting each by an index range reads the index in order, where grouping by a
 * computed day sorts every row.
 */
export function weekRanges(period: Period): [string, string, string][] {
  const { from, to } = periodInstants(period)
  const weeks = weeksOf(period)
  return weeks.map((week, i) => [
    week,
    i === 0 ? from : stockholmWallTime(week, '00:00').toISOString(),
    i === weeks.length - 1 ? to : stockholmWallTime(weeks[i + 1], '00:00').toISOString(),
  ])
}

// ---- MongoDB ----

/** The Stockholm day of a date expression. */
export const stockholmDayExpr = (date: unknown) => ({
  $dateToString: { date, format: '%Y-%m-%d', timezone: TIME_ZONE },
})

/** A `$match` on records held by the scope's teams (or all), in its municipality when chosen. */
export function heldByMatch(
  filter: TeamFilter,
  municipality: string | null,
  ids: MongoIds,
  field = 'routedTeams',
) {
  return {
    ...('all' in filter ? {} : { [field]: { $in: filter.teams.map(ids.id) } }),
    ...(municipality === null ? {} : { municipality: ids.id(municipality) }),
  }
}

/** The `$match` on a submission collection: the records of the scope's `filter` that arrived in the period. */
export const arrivedInPeriod = (query: StatisticsQuery, filter: TeamFilter, ids: MongoIds) => {
  const { from, to } = boundsOf(query)
  return {
    $match: {
      ...heldByMatch(filter, query.scope.municipality, ids),
      createdAt: { $gte: new Date(from), $lt: new Date(to) },
    },
  }
}

/** An array field that may be missing. */
export const list = (field: string) => ({ $ifNull: [`$${field}`, []] })
