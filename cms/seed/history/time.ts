import { stockholmDatePlus, stockholmWallTime } from '../../../core/domain/stockholmTime'
import { isWorkingDay, workingDaysAfter } from '../../../core/domain/workingDays'
import type { Random } from './random'

export const DAY_MS = 86_400_000

export const plusDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS)

/** A moment in office hours (08:30–16:00, Stockholm) on a given date. */
export function officeTime(random: Random, date: string): Date {
  const minutes = random.int(8 * 60 + 30, 16 * 60)
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  return stockholmWallTime(date, time)
}

/**
 * When staff act `workingDays` working days after `after`, in office hours, never before it:
 * 0 means the same working day (or the next, when it arrived on a day off).
 */
export function staffActsAfter(random: Random, after: Date, workingDays: number): Date {
  const today = stockholmDatePlus(after, 0)
  const days = workingDays === 0 && !isWorkingDay(today) ? 1 : workingDays
  const day = days === 0 ? today : stockholmDatePlus(workingDaysAfter(after, days), 0)
  const at = officeTime(random, day)
  return at > after ? at : new Date(after.getTime() + random.int(20, 180) * 60_000)
}

/** A staff action some calendar days later, in office hours. */
export const staffActsDaysAfter = (random: Random, after: Date, minDays: number, maxDays: number) =>
  staffActsAfter(random, plusDays(after, random.int(minDays, maxDays)), 0)
