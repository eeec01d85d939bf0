import { z } from 'zod'

import { toCsv } from '../../core/domain/csv'
import { DEFAULT_LOCALE, type Locale, localeTag, pathFor } from '../../core/i18n/locales'
import { translator } from '../../core/i18n/text'
import type { Cell, PublicRow, PublicStatistics } from '../../core/statistics/report'
import { fetchCms } from './client'

// A published number from 1 to 4 would single people out: the endpoint never sends one, and the
// build refuses it in case it ever did.
const cell = z.union([
  z.strictObject({
    value: z
      .number()
      .int()
      .refine((value) => value === 0 || value >= 5),
  }),
  z.strictObject({ suppressed: z.enum(['fewer-than-5', 'complementary']) }),
])

/** The shape the build accepts: anything else (an empty answer, a row of someone's data) stops it. */
const PublicStatisticsSchema = z.strictObject({
  generatedAt: z.iso.datetime(),
  quarters: z.array(z.string().regex(/^\d{4}-Q[1-4]$/)),
  areas: z
    .array(
      z.strictObject({
        slug: z.string().nullable(),
        name: z.string(),
        rows: z.array(
          z.strictObject({
            quarter: z.string(),
            interestRegistrations: cell,
            eveningsHeld: cell,
            eveningAttendees: cell,
            approvals: cell,
          }),
        ),
      }),
    )
    .min(1),
}) satisfies z.ZodType<PublicStatistics>

/** Checks what the CMS answered; the build fails, as for any missing content, when it is not the statistics. */
export function toPublicStatistics(body: unknown): PublicStatistics {
  const parsed = PublicStatisticsSchema.safeParse(body)
  if (!parsed.success)
    throw new Error(
      'The CMS answered no public statistics at /api/statistics/public; the site is not built without them.',
    )
  return parsed.data
}

// One read per build: the page in both languages and the download files show the same numbers.
let statistics: Promise<PublicStatistics> | undefined

/** The suppressed public aggregates, read once from the CMS at build. */
export const publicStatistics = (): Promise<PublicStatistics> =>
  (statistics ??= fetchCms<unknown>('/api/statistics/public').then(toPublicStatistics))

/** The measures of a row, in the order the page and the CSV show them. */
export const MEASURES = ['interestRegistrations', 'eveningsHeld', 'eveningAttendees', 'approvals'] as const
export type Measure = (typeof MEASURES)[number]

/** "2026 kv. 3" / "2026 Q3". */
export const quarterName = (locale: Locale, quarter: string): string => {
  const [year, q] = quarter.split('-Q')
  return translator(locale)('site.statistics.quarterName', { year, q })
}

/** A published number as read: the number, or why it is withheld. */
export function cellText(locale: Locale, value: Cell): string {
  const t = translator(locale)
  if ('value' in value) return value.value.toLocaleString(localeTag(locale))
  return value.suppressed === 'fewer-than-5'
    ? t('site.statistics.fewerThanFive')
    : t('site.statistics.complementary')
}

/** An area as the public reads it: the whole portal by the site's own words, a municipality by name. */
export const areaName = (locale: Locale, area: PublicStatistics['areas'][number]): string =>
  area.slug === null ? translator(locale)('site.statistics.wholePortal') : area.name

const measureLabel = (locale: Locale, measure: Measure) => translator(locale)(`site.statistics.${measure}`)

/** The page's column headings: the quarter, then each measure. */
export const columns = (locale: Locale): string[] => [
  translator(locale)('site.statistics.quarter'),
  ...MEASURES.map((measure) => measureLabel(locale, measure)),
]

/** One row's cells after the quarter. */
export const rowCells = (locale: Locale, row: PublicRow): string[] =>
  MEASURES.map((measure) => cellText(locale, row[measure]))

/** Every area's rows in one CSV, numbers bare, withheld cells in words (with a BOM for spreadsheets). */
export function statisticsCsv(locale: Locale, stats: PublicStatistics): string {
  const header = [translator(locale)('site.statistics.areaColumn'), ...columns(locale)]
  const rows = stats.areas.flatMap((area) =>
    area.rows.map((row) => [
      areaName(locale, area),
      row.quarter,
      ...MEASURES.map((measure) => {
        const value = row[measure]
        return 'value' in value ? value.value : cellText(locale, value)
      }),
    ]),
  )
  return `\uFEFF${toCsv(header, rows)}`
}

/**
 * Where the download files are built (src/pages): a CSV per language, its headings and withheld
 * cells in that language, and one JSON, which holds codes only.
 */
export const downloadPaths = (locale: Locale) => ({
  csv: `${pathFor(locale, null, 'statistics')}${locale === DEFAULT_LOCALE ? 'statistik' : 'statistics'}.csv`,
  json: `${pathFor(DEFAULT_LOCALE, null, 'statistics')}statistik.json`,
})
