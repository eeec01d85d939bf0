import { stockholmDatePlus, stockholmWallTime } from '../domain/stockholmTime'
import { isWorkingDay } from '../domain/workingDays'
import type { Period } from './report'

const DAY_MS = 86_400_000
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The day an instant falls on in Stockholm (YYYY-MM-DD). */
export const stockholmDay = (instant: string | Date): string => stockholmDatePlus(new Date(instant), 0)

/** The period as instants: from Stockholm's midnight starting `from` up to the one starting `to`. */
export const periodInstants = (period: Period) => ({
  from: stockholmWallTime(period.from, '00:00').toISOString(),
  to: stockholmWallTime(period.to, '00:00').toISOString(),
})

/** The earliest of some ISO instants, null for none. */
export const earliest = (instants: string[]): string | null =>
  instants.length ? instants.reduce((first, at) => (new Date(at) < new Date(first) ? at : first)) : null

export const inPeriod = (instant: string, bounds: { from: string; to: string }) =>
  new Date(instant) >= new Date(bounds.from) && new Date(instant) < new Date(bounds.to)

/** Monday of the ISO week a date belongs to. */
export const mondayOf = (date: string): string =>
  addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7))

/** The Monday of every week the period touches, oldest first. */
export function weeksOf(period: Period): string[] {
  const weeks: string[] = []
  for (let week = mondayOf(period.from); week < period.to; week = addDays(week, 7)) weeks.push(week)
  return weeks
}

/** Every month (YYYY-MM) the period touches, oldest first. */
export function monthsOf(period: Period): string[] {
  const months: string[] = []
  const last = addDays(period.to, -1).slice(0, 7)
  for (let month = period.from.slice(0, 7); month <= last;) {
    months.push(month)
    const [year, number] = month.split('-').map(Number)
    month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
  }
  return months
}

/** The quarter (`2026-Q3`) of a date. */
export const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`

/** The `count` quarters up to and including the one `today` falls in, oldest first, with their first days. */
export function lastQuarters(today: string, count: number): { quarter: string; from: string; to: string }[] {
  const index = Number(today.slice(0, 4)) * 4 + Math.ceil(Number(today.slice(5, 7)) / 3) - 1
  const start = (at: number) => `${Math.floor(at / 4)}-${String((at % 4) * 3 + 1).padStart(2, '0')}-01`
  return Array.from({ length: count }, (_, offset) => {
    const at = index - count + 1 + offset
    return { quarter: quarterOf(start(at)), from: start(at), to: start(at + 1) }
  })
}

/**
 * For each day from `from` to `to` (inclusive), how many working days there are after `from` up to
 * and including it: the difference of two entries counts the working days between two dates.
 */
export function workingDayCalendar(from: string, to: string): [string, number][] {
  const days: [string, number][] = []
  let counted = 0
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (date > from && isWorkingDay(date)) counted += 1
    days.push([date, counted])
  }
  return days
}

/**
 * Working days from one Stockholm day to a later one: the working days after `start`, up to and
 * including `end` (the same day is 0; Friday to Monday is 1; Saturday to Monday is 1).
 */
export function workingDaysBetween(start: string, end: string): number {
  let counted = 0
  for (let date = addDays(start, 1); date <= end; date = addDays(date, 1))
    if (isWorkingDay(date)) counted += 1
  return counted
}
