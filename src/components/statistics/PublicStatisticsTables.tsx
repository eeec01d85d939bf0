import type { Locale } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import type { Cell, PublicStatistics } from '../../../core/statistics/report'
import { MEASURES, areaName, cellText, columns, quarterName } from '../../data/statistics'

/** A withheld cell is marked as such, the complementary kind apart from the primary. */
const cellClass = (value: Cell) =>
  'value' in value ? undefined : `suppressed suppressed--${value.suppressed}`

/**
 * The public statistics as one table per area, whole portal first, rendered at build (no
 * JavaScript). Withheld numbers read "färre än 5" or carry the complementary mark, both explained
 * above the tables.
 */
export function PublicStatisticsTables({
  locale,
  statistics,
}: {
  locale: Locale
  statistics: PublicStatistics
}) {
  const t = translator(locale)
  if (!statistics.quarters.length) return <p>{t('site.statistics.noData')}</p>
  const headings = columns(locale)
  return (
    <>
      <ul className="statistics__key">
        <li>{t('site.statistics.aboutFewerThanFive')}</li>
        <li>{t('site.statistics.aboutComplementary')}</li>
      </ul>
      {statistics.areas.map((area, index) => {
        const name = areaName(locale, area)
        return (
          // The scroll box below is the one landmark named by the heading: two would read the same.
          <section key={area.slug ?? ''}>
            <h2 id={`area-${index}`}>{name}</h2>
            {/* A table may scroll sideways on a narrow screen; the page itself does not (WCAG 1.4.10). */}
            <div className="statistics__scroll" role="region" aria-labelledby={`area-${index}`} tabIndex={0}>
              <table className="statistics__table">
                <caption>{t('site.statistics.caption', { area: name })}</caption>
                <thead>
                  <tr>
                    {headings.map((heading) => (
                      <th key={heading} scope="col">
                        {heading}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {area.rows.map((row) => (
                    <tr key={row.quarter}>
                      <th scope="row">{quarterName(locale, row.quarter)}</th>
                      {MEASURES.map((measure) => (
                        <td key={measure} className={cellClass(row[measure])}>
                          {cellText(locale, row[measure])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
    </>
  )
}
