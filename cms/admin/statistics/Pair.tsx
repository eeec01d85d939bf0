import type { Locale } from '../../../core/i18n/locales'
import { text } from '../../../core/i18n/text'
import type { Count, Period } from '../../../core/statistics/report'
import { lastDayOf } from '../../../core/statistics/period'
import { BarChartFigure, type Series } from './BarChartFigure'
import { DataTable, type TableData } from './DataTable'
import { type Dimension, countLabel, percent, shareOf } from './labels'

/** What every table of one report shares: its language and the period (named in each CSV file). */
export type ReportContext = { locale: Locale; period: Period }

const fileName = ({ period }: ReportContext, id: string) =>
  `statistik-${id}-${period.from}-${lastDayOf(period)}.csv`

/** A table, and beside it a chart of the same numbers when there is a chart to draw. */
export function Pair(props: {
  context: ReportContext
  id: string
  caption: string
  table: TableData
  /** The chart's own title when it draws only part of the table. */
  chart?: { rows: Record<string, string | number>[]; series: Series[]; stacked?: boolean; title?: string }
}) {
  const { context, id, caption, table, chart } = props
  const t = (key: Parameters<typeof text>[1]) => text(context.locale, key)
  if (!table.rows.length)
    return (
      <p className="stats__pair">
        {caption}: {t('cms.statistics.noRows')}
      </p>
    )
  return (
    <div className="stats__pair">
      {chart ? (
        <BarChartFigure
          title={chart.title ?? caption}
          description={t('cms.statistics.chartNote')}
          rows={chart.rows}
          series={chart.series}
          stacked={chart.stacked}
        />
      ) : null}
      <DataTable
        id={id}
        caption={caption}
        {...table}
        file={fileName(context, id)}
        csvLabel={t('cms.statistics.csv')}
      />
    </div>
  )
}

/** Counts under labels (services, channels, campaigns…) with each one's share of `total`. */
export function CountsPair(props: {
  context: ReportContext
  id: string
  caption: string
  heading: string
  dimension: Dimension
  counts: Count[]
  total: number
}) {
  const { context, id, caption, heading, dimension, counts, total } = props
  const { locale } = context
  const labelled = counts.map((count) => ({
    label: countLabel(locale, dimension, count),
    count: count.count,
  }))
  const countHeading = text(locale, 'cms.statistics.count')
  return (
    <Pair
      context={context}
      id={id}
      caption={caption}
      table={{
        columns: [heading, countHeading, text(locale, 'cms.statistics.share')],
        rows: labelled.map(({ label, count }) => [label, count, percent(locale, shareOf(count, total))]),
      }}
      chart={{
        rows: labelled.map(({ label, count }) => ({ label, count })),
        series: [{ key: 'count', label: countHeading }],
      }}
    />
  )
}
