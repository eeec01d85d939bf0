import { stockholmDatePlus } from '../domain/stockholmTime'
import type { Period } from './report'

/** The spans staff pick from: the last 30, 90 or 365 days (today included), a quarter, or their own dates. */
export const LAST_DAYS = [30, 90, 365] as const
export type LastDays = (typeof LAST_DAYS)[number]

/** A period as staff chose it; `through` is the last day they want counted (inclusive, as people read dates). */
export type PeriodChoice =
  | { kind: 'last'; days: LastDays }
  | { kind: 'quarter'; quarter: string }
  | { kind: 'custom'; from: string; through: string }

export const DEFAULT_CHOICE: PeriodChoice = { kind: 'last', days: 90 }

/** How many quarters the picker offers, the current one first. */
const OFFERED_QUARTERS = 8

const DATE = /^\d{4}-\d{2}-\d{2}$/
const QUARTER = /^(\d{4})-Q([1-4])$/

/** A real calendar day as YYYY-MM-DD (not 2026-02-30). */
const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  DATE.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)

export const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** `2026-Q3` for any day of July to September 2026. */
export const quarterOf = (date: string): string =>
  `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`

/** A quarter's days: from its first day to the first day of the next. */
export function quarterPeriod(quarter: string): Period {
  const [, year, q] = QUARTER.exec(quarter) as RegExpExecArray
  const month = (Number(q) - 1) * 3 + 1
  const from = `${year}-${String(month).padStart(2, '0')}-01`
  const next =
    month + 3 > 12 ? `${Number(year) + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`
  return { from, to: next }
}

/** The days a choice covers on Stockholm's calendar, `to` exclusive as the report's Period is. */
export function periodOf(choice: PeriodChoice, now: Date): Period {
  switch (choice.kind) {
    case 'last':
      return { from: stockholmDatePlus(now, 1 - choice.days), to: stockholmDatePlus(now, 1) }
    case 'quarter':
      return quarterPeriod(choice.quarter)
    case 'custom':
      return { from: choice.from, to: plusDays(choice.through, 1) }
  }
}

/** The last day a period counts, for showing it as people read it. */
export const lastDayOf = (period: Period): string => plusDays(period.to, -1)

/** The current quarter and the ones before it, newest first: what the picker offers. */
export function offeredQuarters(now: Date): string[] {
  const [year, q] = quarterOf(stockholmDatePlus(now, 0)).split('-Q').map(Number)
  return Array.from({ length: OFFERED_QUARTERS }, (_, back) => {
    const index = year * 4 + (q - 1) - back
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
  })
}

type Params = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The choice in a URL's search params (`period=30|90|365|quarter|custom`, with `quarter` or `from`
 * and `through`). Anything missing or malformed, or a custom span ending before it starts, falls
 * back to the default: a hand-edited link shows a report, never an error.
 */
export function choiceFromParams(params: Params): PeriodChoice {
  const period = one(params.period)
  const days = Number(period)
  if (LAST_DAYS.includes(days as LastDays)) return { kind: 'last', days: days as LastDays }
  if (period === 'quarter') {
    const quarter = one(params.quarter)
    if (quarter && QUARTER.test(quarter)) return { kind: 'quarter', quarter }
  }
  if (period === 'custom') {
    const from = one(params.from)
    const through = one(params.through)
    if (isDate(from) && isDate(through) && from <= through) return { kind: 'custom', from, through }
  }
  return DEFAULT_CHOICE
}
