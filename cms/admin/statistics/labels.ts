import { serviceLabel } from '../../../core/i18n/format'
import { type Locale, localeTag } from '../../../core/i18n/locales'
import { lookup, text } from '../../../core/i18n/text'
import type { Count } from '../../../core/statistics/report'

// The report carries codes and ids with names; staff read labels and names, never either.

/** What a count is grouped by, which decides where its label comes from. */
export type Dimension = 'service' | 'channel' | 'status' | 'applicant' | 'named'

const unknown = (locale: Locale) => text(locale, 'cms.statistics.unknown')

export function countLabel(locale: Locale, dimension: Dimension, count: Count): string {
  switch (dimension) {
    case 'service':
      return count.key === 'not-sure'
        ? text(locale, 'cms.statistics.applications.notSure')
        : count.key
          ? serviceLabel(locale, count.key)
          : unknown(locale)
    case 'channel':
      return lookup(locale, `forms.interest.channels.${count.key}`) ?? unknown(locale)
    case 'status':
      return lookup(locale, `domain.interestStatuses.${count.key}`) ?? unknown(locale)
    case 'applicant':
      return lookup(locale, `cms.statistics.applications.applicants.${count.key}`) ?? unknown(locale)
    case 'named':
      return count.name || unknown(locale)
  }
}

/** "42 %", or "–" when there was nothing to take a share of. */
export function percent(locale: Locale, share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '–'
  return new Intl.NumberFormat(localeTag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  )
}

/** A part of a whole as a share, or null when the whole is nothing. */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

/** A number of working days with one decimal at most, or "–" when none was measured. */
export function days(locale: Locale, value: number | null): string {
  if (value === null) return '–'
  return new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 1 }).format(value)
}

/** "2026-03" → "mars 2026" / "March 2026". */
export const monthLabel = (locale: Locale, month: string): string =>
  new Intl.DateTimeFormat(localeTag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  )
