import { stockholmDatePlus, stockholmWallTime } from './stockholmTime'
import { workingDaysAfter } from './workingDays'

/**
 * What the application's receipt promises: intake calls back "within a few working days". Three
 * is the number the follow-up job holds every team to, so the Today view counts against it too.
 */
export const CALL_BACK_WORKING_DAYS = 3

/** When intake should have called back someone who applied at `receivedAt`. */
export const callBackDue = (receivedAt: string | Date) =>
  workingDaysAfter(new Date(receivedAt), CALL_BACK_WORKING_DAYS)

/** The first instant of tomorrow in Stockholm: anything due before it is due today or overdue. */
export const startOfTomorrow = (now: Date) => stockholmWallTime(stockholmDatePlus(now, 1), '00:00')

/** A span of time as staff glance at it: "2 d 4 h", "5 h", "40 min" (never negative). */
export function shortDuration(ms: number): string {
  const minutes = Math.max(Math.floor(Math.abs(ms) / 60_000), 0)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`
  return hours ? `${hours} h` : `${minutes % 60} min`
}

/** How much of the promised call-back time is left (or how far past it), for one application. */
export function callBackClock(receivedAt: string, now: Date): { overdue: boolean; span: string } {
  const left = callBackDue(receivedAt).getTime() - now.getTime()
  return { overdue: left < 0, span: shortDuration(left) }
}
