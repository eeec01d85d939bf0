import { stockholmOffsetMinutes, stockholmWallTime } from './stockholmTime'

const iso = (date: Date) => date.toISOString().slice(0, 10)
const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day))
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000)

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Date {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30
  const e = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - d - (c % 4)) % 7
  const f = d + e - 7 * Math.floor((a + 11 * d + 22 * e) / 451) + 114
  return utcDate(year, Math.floor(f / 31), (f % 31) + 1)
}

/**
 * Days Swedish municipal offices are closed besides weekends: the public holidays, plus the eves
 * (midsummer, Christmas, New Year) that are days off in practice.
 */
export function swedishHolidays(year: number): ReadonlySet<string> {
  const known = holidaysByYear.get(year)
  if (known) return known
  const holidays = holidaysOf(year)
  holidaysByYear.set(year, holidays)
  return holidays
}

// Working-day arithmetic asks for the same few years over and over.
const holidaysByYear = new Map<number, Set<string>>()

function holidaysOf(year: number): Set<string> {
  const sunday = easter(year)
  const midsummerEve = [19, 20, 21, 22, 23, 24, 25]
    .map((day) => utcDate(year, 6, day))
    .find((date) => date.getUTCDay() === 5) as Date
  const allSaintsDay = [31, 32, 33, 34, 35, 36, 37]
    .map((day) => utcDate(year, 10, day))
    .find((date) => date.getUTCDay() === 6) as Date
  return new Set(
    [
      utcDate(year, 1, 1),
      utcDate(year, 1, 6),
      plusDays(sunday, -2),
      plusDays(sunday, 1),
      utcDate(year, 5, 1),
      plusDays(sunday, 39),
      utcDate(year, 6, 6),
      midsummerEve,
      allSaintsDay,
      utcDate(year, 12, 24),
      utcDate(year, 12, 25),
      utcDate(year, 12, 26),
      utcDate(year, 12, 31),
    ].map(iso),
  )
}

export function isWorkingDay(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`)
  const weekday = day.getUTCDay()
  return weekday !== 0 && weekday !== 6 && !swedishHolidays(day.getUTCFullYear()).has(date)
}

/** The instant `days` working days after `start`, at the same time of day on Stockholm's clock. */
export function workingDaysAfter(start: Date, days: number): Date {
  const local = new Date(start.getTime() + stockholmOffsetMinutes(start) * 60_000)
  const time = local.toISOString().slice(11, 16)
  let date = new Date(`${iso(local)}T00:00:00Z`)
  for (let counted = 0; counted < days;) {
    date = plusDays(date, 1)
    if (isWorkingDay(iso(date))) counted += 1
  }
  return stockholmWallTime(iso(date), time)
}
