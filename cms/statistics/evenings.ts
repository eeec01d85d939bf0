import { ASSESSMENT_WITHIN_DAYS, type EveningCounts } from '../../core/statistics/evenings'
import type { TeamFilter } from '../../core/statistics/facts'
import { type DatabaseMetric, type MongoIds, type StatisticsQuery, boundsOf, heldBySql } from './query'

/** An evening's counts before its attendees reaching assessment are added. */
export type EveningRow = Omit<EveningCounts, 'reachedAssessment'>
/** How many of an evening's attendees reached assessment in time (evenings with none are left out). */
export type ReachedRow = { evening: string; count: number }

const WITHIN_MS = ASSESSMENT_WITHIN_DAYS * 86_400_000

/** The period's evenings the scope's teams organised (published, not cancelled), as a materialized CTE `ev`. */
function heldEveningsSql(query: StatisticsQuery) {
  const { evenings, municipality } = query.scope
  const conditions = [
    "e._status = 'published'",
    "e.status <> 'cancelled'",
    'e.starts_at >= :from',
    'e.starts_at < :to',
    ...('all' in evenings ? [] : ['e.organizing_team_id IN (SELECT value FROM json_each(:eveningTeams))']),
    ...(municipality === null ? [] : ['e.municipality_id = :municipality']),
  ]
  return {
    cte: `ev AS MATERIALIZED (SELECT e.id, e.starts_at,
        strftime('%Y-%m-%dT%H:%M:%fZ', e.starts_at, '+${ASSESSMENT_WITHIN_DAYS} days') AS until
      FROM info_evenings e WHERE ${conditions.join(' AND ')})`,
    args: {
      ...boundsOf(query),
      ...('all' in evenings ? {} : { eveningTeams: JSON.stringify(evenings.teams) }),
      ...(municipality === null ? {} : { municipality }),
    },
  }
}

/** The `$match` on the period's evenings the scope's teams organised, and their bookings not cancelled. */
function heldEveningsStages(query: StatisticsQuery, ids: MongoIds) {
  const { evenings, municipality } = query.scope
  const { from, to } = boundsOf(query)
  return [
    {
      $match: {
        _status: 'published',
        status: { $ne: 'cancelled' },
        startsAt: { $gte: new Date(from), $lt: new Date(to) },
        ...('all' in evenings ? {} : { organizingTeam: { $in: evenings.teams.map(ids.id) } }),
        ...(municipality === null ? {} : { municipality: ids.id(municipality) }),
      },
    },
    { $lookup: { from: 'bookings', localField: '_id', foreignField: 'evening', as: 'bookings' } },
    {
      $set: {
        bookings: { $filter: { input: '$bookings', as: 'b', cond: { $ne: ['$$b.status', 'cancelled'] } } },
      },
    },
  ]
}

/**
 * Per evening of the period (core/statistics/evenings), earliest first: bookings, seats, waitlist
 * and attendance. The bookings are read through the covering index in evening order (an IN list),
 * so they are grouped as they come instead of sorted.
 */
export const eveningCounts: DatabaseMetric<EveningRow, EveningRow[]> = {
  sql(query) {
    const held = heldEveningsSql(query)
    return {
      sql: `WITH ${held.cte},
        counted AS MATERIALIZED (SELECT b.evening_id, COUNT(*) AS bookings,
          SUM(CASE WHEN b.status = 'confirmed' THEN b.seats ELSE 0 END) AS confirmedSeats,
          SUM(b.status = 'waitlisted') AS waitlisted, SUM(b.attendance = 'attended') AS attended,
          SUM(b.attendance = 'no-show') AS noShows
          FROM bookings b WHERE b.evening_id IN (SELECT id FROM ev) AND b.status <> 'cancelled' GROUP BY b.evening_id)
        SELECT ev.id AS evening, ev.starts_at AS startsAt, COALESCE(c.bookings, 0) AS bookings,
          COALESCE(c.confirmedSeats, 0) AS confirmedSeats, COALESCE(c.waitlisted, 0) AS waitlisted,
          COALESCE(c.attended, 0) AS attended, COALESCE(c.noShows, 0) AS noShows
        FROM ev LEFT JOIN counted c ON c.evening_id = ev.id ORDER BY ev.starts_at, ev.id`,
      args: held.args,
    }
  },
  pipeline(query, ids) {
    const count = (cond: object) => ({ $size: { $filter: { input: '$bookings', as: 'b', cond } } })
    return {
      collection: 'info-evenings',
      pipeline: [
        ...heldEveningsStages(query, ids),
        {
          $project: {
            _id: 0,
            evening: { $toString: '$_id' },
            startsAt: 1,
            bookings: { $size: '$bookings' },
            confirmedSeats: {
              $sum: {
                $map: {
                  input: '$bookings',
                  as: 'b',
                  in: { $cond: [{ $eq: ['$$b.status', 'confirmed'] }, '$$b.seats', 0] },
                },
              },
            },
            waitlisted: count({ $eq: ['$$b.status', 'waitlisted'] }),
            attended: count({ $eq: ['$$b.attendance', 'attended'] }),
            noShows: count({ $eq: ['$$b.attendance', 'no-show'] }),
          },
        },
        { $sort: { startsAt: 1, evening: 1 } },
      ],
    }
  },
  result: (rows) =>
    rows.map((row) => ({
      evening: String(row.evening),
      startsAt: new Date(row.startsAt).toISOString(),
      bookings: Number(row.bookings),
      confirmedSeats: Number(row.confirmedSeats),
      waitlisted: Number(row.waitlisted),
      attended: Number(row.attended),
      noShows: Number(row.noShows),
    })),
}

/** Whether a registration (`$$r`) is one the scope may count, as an aggregation expression. */
const mayCount = (filter: TeamFilter, ids: MongoIds) =>
  'all' in filter
    ? true
    : {
        $gt: [
          { $size: { $setIntersection: [{ $ifNull: ['$$r.routedTeams', []] }, filter.teams.map(ids.id)] } },
          0,
        ],
      }

/**
 * Per evening of the period, its attended bookings whose registration (one the scope may count)
 * reached assessment within 60 days (core/statistics/evenings): each attendee one seek in the
 * index of registrations' stored assessment time (fields/registrationFacts). Its own statement,
 * so that it runs beside the counts on another reader thread (statistics/teamReport).
 */
export const eveningsReached: DatabaseMetric<ReachedRow, Map<string, number>> = {
  sql(query) {
    const held = heldEveningsSql(query)
    const registration = heldBySql('interest_registrations', query.scope.registrations, null)
    return {
      sql: `WITH ${held.cte}
        SELECT b.evening_id AS evening, COUNT(*) AS count FROM ev
          CROSS JOIN bookings b INDEXED BY evening_status_attendance_seats_interestRegistration_idx ON b.evening_id = ev.id
          CROSS JOIN interest_registrations r ON r.id = b.interest_registration_id
          WHERE b.status <> 'cancelled' AND b.attendance = 'attended' AND ${registration.where}
            AND r.facts_reached_assessment_at <= ev.until
          GROUP BY b.evening_id`,
      args: { ...held.args, ...registration.args },
    }
  },
  pipeline(query, ids) {
    const reachedAt = { $ifNull: ['$$r.facts.reachedAssessmentAt', null] }
    const reached = {
      $anyElementTrue: [
        {
          $map: {
            input: {
              $filter: {
                input: '$registrations',
                as: 'r',
                cond: { $eq: ['$$r._id', '$$b.interestRegistration'] },
              },
            },
            as: 'r',
            in: {
              $and: [
                mayCount(query.scope.registrations, ids),
                // The stored time; null sorts before any date, so it is asked apart.
                { $ne: [reachedAt, null] },
                { $lte: [reachedAt, { $add: ['$startsAt', WITHIN_MS] }] },
              ],
            },
          },
        },
      ],
    }
    return {
      collection: 'info-evenings',
      pipeline: [
        ...heldEveningsStages(query, ids),
        {
          $set: {
            bookings: {
              $filter: { input: '$bookings', as: 'b', cond: { $eq: ['$$b.attendance', 'attended'] } },
            },
          },
        },
        {
          $lookup: {
            from: 'interest-registrations',
            localField: 'bookings.interestRegistration',
            foreignField: '_id',
            as: 'registrations',
          },
        },
        {
          $project: {
            _id: 0,
            evening: { $toString: '$_id' },
            count: { $size: { $filter: { input: '$bookings', as: 'b', cond: reached } } },
          },
        },
        { $match: { count: { $gt: 0 } } },
      ],
    }
  },
  result: (rows) => new Map(rows.map((row) => [String(row.evening), Number(row.count)])),
}
