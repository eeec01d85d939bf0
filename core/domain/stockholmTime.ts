export const TIME_ZONE = 'Europe/Stockholm'

// Built once: constructing a formatter costs about 25 times as much as using it.
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

// Summer time starts and ends on a whole UTC hour, so one answer holds for the whole hour.
const offsetByHour = new Map<number, number>()

/** Minutes Stockholm is ahead of UTC at a given instant (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / 3_600_000)
  const known = offsetByHour.get(hour)
  if (known !== undefined) return known
  if (offsetByHour.size > 100_000) offsetByHour.clear()
  const offset = offsetAt(instant)
  offsetByHour.set(hour, offset)
  return offset
}

function offsetAt(instant: Date): number {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]))
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute)
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000)
}

/** The instant at which the wall clock in Stockholm shows `date` (YYYY-MM-DD) and `time` (HH:mm). */
export function stockholmWallTime(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  const guess = Date.UTC(year, month - 1, day, hour, minute)
  // Correct by the offset at the guess, then once more in case the guess fell across a DST change.
  const first = guess - stockholmOffsetMinutes(new Date(guess)) * 60_000
  return new Date(guess - stockholmOffsetMinutes(new Date(first)) * 60_000)
}

/** Today's date in Stockholm plus `days`, as YYYY-MM-DD. */
export function stockholmDatePlus(now: Date, days: number): string {
  const local = new Date(now.getTime() + stockholmOffsetMinutes(now) * 60_000)
  local.setUTCDate(local.getUTCDate() + days)
  return local.toISOString().slice(0, 10)
}
