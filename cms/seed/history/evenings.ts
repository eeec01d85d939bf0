import { stockholmDatePlus, stockholmWallTime } from '../../../core/domain/stockholmTime'
import { isWorkingDay } from '../../../core/domain/workingDays'
import type { GeneratedBooking, HistoryWorld, LedgerCounts } from './model'
import { DAY_MS } from './time'

/** A team that holds information evenings (`team` its id, `key` its seed key), how often and for how many. */
export type Organiser = {
  team: string
  key: string
  municipality: string
  everyDays: number
  capacity: number
}
export type EveningPlan = {
  key: string
  team: string
  municipality: string
  startsAt: string
  capacity: number
  online: boolean
}

/**
 * The past information evenings of the year before `now`: each organiser's, every `everyDays`
 * days, on a Tuesday to Thursday working day at 18:00 Stockholm time; every other one of a
 * large organiser (capacity 40 or more) online. One evening a day at most per organiser.
 */
export function planEvenings(now: Date, organisers: Organiser[], days = 365): EveningPlan[] {
  const plans: EveningPlan[] = []
  organisers.forEach((organiser, index) => {
    let count = 0
    for (let offset = days - (index % 7); offset > 1; offset -= organiser.everyDays) {
      let date = stockholmDatePlus(now, -offset)
      for (let shift = 1; !isEvening(date) && shift < 7; shift += 1)
        date = stockholmDatePlus(now, shift - offset)
      const startsAt = stockholmWallTime(date, '18:00')
      const key = `history-${organiser.key}-${date}`
      if (startsAt.getTime() > now.getTime() - DAY_MS || plans[plans.length - 1]?.key === key) continue
      const online = organiser.capacity >= 40 && count % 2 === 1
      plans.push({
        key,
        team: organiser.team,
        municipality: organiser.municipality,
        startsAt: startsAt.toISOString(),
        capacity: online ? organiser.capacity * 2 : organiser.capacity,
        online,
      })
      count += 1
    }
  })
  return plans.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
}

const isEvening = (date: string) =>
  [2, 3, 4].includes(new Date(`${date}T12:00:00Z`).getUTCDay()) && isWorkingDay(date)

/** Bookings of the past evenings as they are handed out: seats counted per evening as the ledger would. */
export class EveningBook {
  readonly bookings: GeneratedBooking[] = []
  readonly ledgers = new Map<string, LedgerCounts & { capacity: number }>()
  private readonly byTeam = new Map<string, HistoryWorld['evenings']>()

  constructor(evenings: HistoryWorld['evenings']) {
    for (const evening of evenings) {
      this.byTeam.set(evening.team, [...(this.byTeam.get(evening.team) ?? []), evening])
      this.ledgers.set(evening.id, {
        capacity: evening.capacity,
        seatsConfirmed: 0,
        waitlistCount: 0,
        sequence: 0,
      })
    }
  }

  /** The team's first evening at least `minDays` and at most `maxDays` after `after`, if any. */
  next(team: string, after: Date, minDays: number, maxDays: number) {
    const from = after.getTime() + minDays * DAY_MS
    const until = after.getTime() + maxDays * DAY_MS
    return (this.byTeam.get(team) ?? []).find((evening) => {
      const at = Date.parse(evening.startsAt)
      return at >= from && at <= until
    })
  }

  /** Claims seats as the ledger does: confirmed while they fit, else waitlisted. */
  claim(evening: string, seats: number): { status: 'confirmed' | 'waitlisted'; sequence: number } {
    const ledger = this.ledgers.get(evening) as LedgerCounts & { capacity: number }
    ledger.sequence += 1
    if (ledger.seatsConfirmed + seats <= ledger.capacity) {
      ledger.seatsConfirmed += seats
      return { status: 'confirmed', sequence: ledger.sequence }
    }
    ledger.waitlistCount += 1
    return { status: 'waitlisted', sequence: ledger.sequence }
  }

  /** A confirmed booking cancelled before the evening gives its seats back. */
  cancel(evening: string, seats: number) {
    const ledger = this.ledgers.get(evening) as LedgerCounts
    ledger.seatsConfirmed -= seats
  }
}
