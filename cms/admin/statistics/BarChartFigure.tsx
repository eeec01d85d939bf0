'use client'
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts'

/** One bar series of a chart: the row field it reads and its label in the legend. */
export type Series = { key: string; label: string }

const COLOURS = ['#1f5f8b', '#c2571a']

/**
 * Bars drawn as SVG with a title and a description for assistive technology; the data table
 * beside it holds the same numbers and is what screen-reader users are pointed to. Recharts 3
 * draws in the browser only, so server-rendered HTML carries the table and an empty frame.
 */
export function BarChartFigure(props: {
  title: string
  description: string
  rows: Record<string, string | number>[]
  series: Series[]
  stacked?: boolean
}) {
  const { title, description, rows, series, stacked } = props
  return (
    <figure className="stats__chart">
      <BarChart
        width={520}
        height={260}
        data={rows}
        title={title}
        desc={description}
        role="img"
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval="preserveStartEnd" />
        <YAxis allowDecimals={false} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((one, index) => (
          <Bar
            key={one.key}
            dataKey={one.key}
            name={one.label}
            fill={COLOURS[index % COLOURS.length]}
            stackId={stacked ? 'stack' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </figure>
  )
}
