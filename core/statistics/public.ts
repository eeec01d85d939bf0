import { lastQuarters, quarterOf, stockholmDay } from './calendar'
import { wasHeld } from './evenings'
import type { BookingFact, EveningFact, RegistrationFact } from './facts'
import type { PublicRow, PublicStatistics } from './report'
import { suppressTable } from './suppression'

/** Quarters the public page covers: two years up to the current quarter. */
export const PUBLIC_QUARTERS = 8

export type PublicMeasure = Exclude<keyof PublicRow, 'quarter'>
/** One published number per municipality and quarter: counted where `municipality` and `quarter` say. */
export type PublicCounts = Record<PublicMeasure, { municipality: string; quarter: string; count: number }[]>

export type Area = { id: string; slug: string; name: string }

const quarterKey = (instant: string) => quarterOf(stockholmDay(instant))

/**
 * The public counts, defined over all facts: registrations by arrival, evenings held (published,
 * not cancelled, already started) by start, those evenings' attended bookings, and registrations
 * approved (by the history entry's time). Each in the municipality it belongs to.
 */
export function publicCountsOf(
  facts: { registrations: RegistrationFact[]; evenings: EveningFact[]; bookings: BookingFact[] },
  now: Date,
): PublicCounts {
  const tally = (entries: [string, string][]) => {
    const counts = new Map<string, number>()
    for (const [municipality, quarter] of entries)
      counts.set(`${municipality}|${quarter}`, (counts.get(`${municipality}|${quarter}`) ?? 0) + 1)
    return [...counts].map(([key, count]) => {
      const [municipality, quarter] = key.split('|')
      return { municipality, quarter, count }
    })
  }
  const held = facts.evenings.filter((evening) => wasHeld(evening) && new Date(evening.startsAt) < now)
  const eveningById = new Map(held.map((evening) => [evening.id, evening]))
  return {
    interestRegistrations: tally(
      facts.registrations.map((fact) => [fact.municipality, quarterKey(fact.createdAt)]),
    ),
    eveningsHeld: tally(held.map((evening) => [evening.municipality, quarterKey(evening.startsAt)])),
    eveningAttendees: tally(
      facts.bookings.flatMap((booking) => {
        const evening = eveningById.get(booking.evening)
        return evening && booking.status !== 'cancelled' && booking.attendance === 'attended'
          ? [[evening.municipality, quarterKey(evening.startsAt)] as [string, string]]
          : []
      }),
    ),
    approvals: tally(
      facts.registrations.flatMap((fact) =>
        [
          ...new Set(
            fact.history.filter((entry) => entry.status === 'approved').map((entry) => quarterKey(entry.at)),
          ),
        ].map((quarter) => [fact.municipality, quarter] as [string, string]),
      ),
    ),
  }
}

/**
 * The public statistics from the counts: per quarter, the whole portal (the sum over
 * municipalities) and each municipality, each measure's municipality × quarter grid suppressed
 * with the portal's row as its published column totals.
 */
export function publicStatisticsOf(
  counts: PublicCounts,
  areas: Area[],
  portalName: string,
  now: Date,
): PublicStatistics {
  const quarters = lastQuarters(stockholmDay(now), PUBLIC_QUARTERS).map((entry) => entry.quarter)
  const sorted = [...areas].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  const measures = Object.keys(counts) as PublicMeasure[]
  const tables = Object.fromEntries(
    measures.map((measure) => {
      const values = sorted.map((area) =>
        quarters.map(
          (quarter) =>
            counts[measure].find((entry) => entry.municipality === area.id && entry.quarter === quarter)
              ?.count ?? 0,
        ),
      )
      return [measure, suppressTable(values, { rowTotals: false, columnTotals: true })]
    }),
  ) as Record<PublicMeasure, ReturnType<typeof suppressTable>>
  const rowsOf = (
    cellAt: (measure: PublicMeasure, column: number) => PublicRow[PublicMeasure],
  ): PublicRow[] =>
    quarters.map((quarter, column) => ({
      quarter,
      ...(Object.fromEntries(measures.map((measure) => [measure, cellAt(measure, column)])) as Omit<
        PublicRow,
        'quarter'
      >),
    }))
  return {
    generatedAt: now.toISOString(),
    quarters,
    areas: [
      {
        slug: null,
        name: portalName,
        rows: rowsOf((measure, column) => tables[measure].columnTotals![column]),
      },
      ...sorted.map((area, row) => ({
        slug: area.slug,
        name: area.name,
        rows: rowsOf((measure, column) => tables[measure].cells[row][column]),
      })),
    ],
  }
}
