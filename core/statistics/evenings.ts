import { MAIN_LINE } from '../domain/pipeline'
import { earliest } from './calendar'
import type { BookingFact, EveningFact, HistoryFact } from './facts'
import type { TeamReport } from './report'

/** Days after an evening within which an attendee reaching assessment counts for it. */
export const ASSESSMENT_WITHIN_DAYS = 60
/** Assessment and the steps after it. */
export const FROM_ASSESSMENT = MAIN_LINE.interest.slice(MAIN_LINE.interest.indexOf('assessment'))

/** An evening that took or takes place: published and not cancelled. */
export const wasHeld = (evening: Pick<EveningFact, 'published' | 'status'>) =>
  evening.published && evening.status !== 'cancelled'

/** When a registration's history first reached assessment or a later step; null if it never did. */
export function reachedAssessmentAt(history: Pick<HistoryFact, 'status' | 'at'>[]): string | null {
  return earliest(history.filter((entry) => FROM_ASSESSMENT.includes(entry.status)).map((entry) => entry.at))
}

/** Whether a registration's history reached assessment (or later) within 60 days after `startsAt`. */
export function reachedAssessmentAfter(history: HistoryFact[], startsAt: string) {
  const reached = reachedAssessmentAt(history)
  return (
    reached !== null &&
    new Date(reached).getTime() <= new Date(startsAt).getTime() + ASSESSMENT_WITHIN_DAYS * 86_400_000
  )
}

/** An evening's row of the report, before its name is looked up. */
export type EveningCounts = Omit<Required<TeamReport>['evenings'][number], 'name'>

/**
 * Per evening, earliest first: bookings not cancelled, seats confirmed, bookings on the waitlist,
 * bookings marked attended and no-show, and attended bookings whose registration (one the asking
 * staff may see: `registrationHistory` answers only for those) reached assessment within 60 days.
 */
export function eveningCounts(
  evenings: EveningFact[],
  bookings: BookingFact[],
  registrationHistory: (id: string) => HistoryFact[] | undefined,
): EveningCounts[] {
  return [...evenings]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))
    .map((evening) => {
      const own = bookings.filter(
        (booking) => booking.evening === evening.id && booking.status !== 'cancelled',
      )
      const attended = own.filter((booking) => booking.attendance === 'attended')
      return {
        evening: evening.id,
        startsAt: evening.startsAt,
        bookings: own.length,
        confirmedSeats: own.filter((b) => b.status === 'confirmed').reduce((sum, b) => sum + b.seats, 0),
        waitlisted: own.filter((booking) => booking.status === 'waitlisted').length,
        attended: attended.length,
        noShows: own.filter((booking) => booking.attendance === 'no-show').length,
        reachedAssessment: attended.filter((booking) => {
          const history = booking.interestRegistration && registrationHistory(booking.interestRegistration)
          return Boolean(history && reachedAssessmentAfter(history, evening.startsAt))
        }).length,
      }
    })
}
