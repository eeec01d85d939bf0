import { ASSESSMENT_WITHIN_DAYS, type EveningCounts, FROM_ASSESSMENT } from '../../core/statistics/evenings'
import type { TeamFilter } from '../../core/statistics/facts'
import { type DatabaseMetric, type MongoIds, boundsOf, heldBySql } from './query'

export type EveningRow = EveningCounts

const WITHIN_MS = ASSESSMENT_WITHIN_DAYS * 86_400_000
const quoted = (statuses: readonly string[]) => statuses.map((status) => `'${status}'`).join(', ')

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
 * The period's evenings the scope's teams organised (published, not cancelled), each with its
 * bookings, seats, waitlist, attendance and attendees reaching assessment (core/statistics/evenings).
 */
export const eveningCounts: DatabaseMetric<EveningRow, EveningCounts[]> = {
  sql(query) {
    const { evenings, registrations, municipality } = query.scope
    const registration = heldBySql('interest_registrations', registrations, null)
    const conditions = [
      "e._status = 'published'",
      "e.status <> 'cancelled'",
      'e.starts_at >= :from',
      'e.starts_at < :to',
      ...('all' in evenings ? [] : ['e.organizing_team_id IN (SELECT value FROM json_each(:eveningTeams))']),
      ...(municipality === null ? [] : ['e.municipality_id = :municipality']),
    ]
    // A registration is looked up only when the scope limits which count (history has a parent).
    const mayCount =
      'all' in registrations
        ? ''
        : `AND EXISTS (SELECT 1 FROM interest_registrations r WHERE r.id = b.interest_registration_id AND ${registration.where})`
    // Attendees reaching assessment are counted apart: inside the grouped join SQLite ran that
    // lookup for every booking. With table statistics the planner built a throwaway index over all
    // bookings per request instead of taking the covering one (declared on Bookings).
    return {
      sql: `WITH ev AS MATERIALIZED (SELECT e.id, e.starts_at FROM info_evenings e WHERE ${conditions.join(' AND ')}),
        reached AS MATERIALIZED (SELECT b.evening_id, COUNT(*) AS count FROM ev
          CROSS JOIN bookings b INDEXED BY evening_status_attendance_seats_interestRegistration_idx ON b.evening_id = ev.id
          WHERE b.status <> 'cancelled' AND b.attendance = 'attended' ${mayCount} AND EXISTS (
            SELECT 1 FROM interest_registrations_history h WHERE h._parent_id = b.interest_registration_id
              AND h.status IN (${quoted(FROM_ASSESSMENT)})
              AND h.at <= strftime('%Y-%m-%dT%H:%M:%fZ', ev.starts_at, '+${ASSESSMENT_WITHIN_DAYS} days'))
          GROUP BY b.evening_id),
        counted AS (SELECT ev.id, ev.starts_at, COUNT(b.evening_id) AS bookings,
          COALESCE(SUM(CASE WHEN b.status = 'confirmed' THEN b.seats END), 0) AS confirmedSeats,
          COALESCE(SUM(b.status = 'waitlisted'), 0) AS waitlisted,
          COALESCE(SUM(b.attendance = 'attended'), 0) AS attended,
          COALESCE(SUM(b.attendance = 'no-show'), 0) AS noShows
          FROM ev LEFT JOIN bookings b ON b.evening_id = ev.id AND b.status <> 'cancelled' GROUP BY ev.id)
        SELECT c.id AS evening, c.starts_at AS startsAt, c.bookings, c.confirmedSeats, c.waitlisted, c.attended,
          c.noShows, COALESCE(reached.count, 0) AS reachedAssessment
        FROM counted c LEFT JOIN reached ON reached.evening_id = c.id ORDER BY c.starts_at, c.id`,
      args: {
        ...registration.args,
        ...boundsOf(query),
        ...('all' in evenings ? {} : { eveningTeams: JSON.stringify(evenings.teams) }),
        ...(municipality === null ? {} : { municipality }),
      },
    }
  },
  pipeline(query, ids) {
    const { evenings, registrations, municipality } = query.scope
    const { from, to } = boundsOf(query)
    const count = (cond: object) => ({ $size: { $filter: { input: '$bookings', as: 'b', cond } } })
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
                mayCount(registrations, ids),
                {
                  $anyElementTrue: [
                    {
                      $map: {
                        input: { $ifNull: ['$$r.history', []] },
                        as: 'h',
                        in: {
                          $and: [
                            { $in: ['$$h.status', FROM_ASSESSMENT] },
                            { $lte: ['$$h.at', { $add: ['$startsAt', WITHIN_MS] }] },
                          ],
                        },
                      },
                    },
                  ],
                },
              ],
            },
          },
        },
      ],
    }
    return {
      collection: 'info-evenings',
      pipeline: [
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
            bookings: {
              $filter: { input: '$bookings', as: 'b', cond: { $ne: ['$$b.status', 'cancelled'] } },
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
            reachedAssessment: count({ $and: [{ $eq: ['$$b.attendance', 'attended'] }, reached] }),
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
      reachedAssessment: Number(row.reachedAssessment),
    })),
}
