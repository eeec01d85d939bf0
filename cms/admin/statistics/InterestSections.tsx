import { staffDate } from '../../../core/i18n/format'
import type { Locale } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import type { Count, Spread, WithSection } from '../../../core/statistics/report'
import { Funnel } from './Funnel'
import { CountsPair, Pair, type ReportContext } from './Pair'
import { type Dimension, days, monthLabel, percent } from './labels'

/** The rows a spread is read from, first column the measure; `measured` names what was counted. */
export const spreadRows = (locale: Locale, spread: Spread, measured: string) => {
  const t = translator(locale)
  return [
    [measured, spread.measured],
    [t('cms.statistics.firstContact.median'), days(locale, spread.medianWorkingDays)],
    [t('cms.statistics.firstContact.p90'), days(locale, spread.p90WorkingDays)],
  ]
}

/** Interest registrations: how many and from where, how far they got, how fast and how many are at risk. */
export function Registrations({
  report,
  context,
}: {
  report: WithSection<'registrations' | 'funnel' | 'firstContact' | 'atRisk'>
  context: ReportContext
}) {
  const t = translator(context.locale)
  const { registrations, firstContact, atRisk } = report
  const { total } = registrations
  const counts = (id: string, caption: string, heading: string, dimension: Dimension, list: Count[]) => (
    <CountsPair
      context={context}
      id={id}
      caption={caption}
      heading={heading}
      dimension={dimension}
      counts={list}
      total={total}
    />
  )
  const weeks = registrations.perWeek.map(({ week, count }) => ({
    label: staffDate(context.locale, week),
    count,
  }))
  const months = atRisk.perMonth.map(({ month, atRisk: count }) => ({
    label: monthLabel(context.locale, month),
    count,
  }))
  return (
    <>
      <section className="stats__section" aria-labelledby="stats-registrations">
        <h2 id="stats-registrations">{t('cms.statistics.registrations.heading')}</h2>
        <p>{t('cms.statistics.registrations.total', { n: total })}</p>
        <Pair
          context={context}
          id="registrations-per-week"
          caption={t('cms.statistics.registrations.perWeek')}
          table={{
            columns: [t('cms.statistics.registrations.week'), t('cms.statistics.count')],
            rows: weeks.map(({ label, count }) => [label, count]),
          }}
          chart={{ rows: weeks, series: [{ key: 'count', label: t('cms.statistics.count') }] }}
        />
        {counts(
          'registrations-by-service',
          t('cms.statistics.registrations.byService'),
          t('cms.statistics.registrations.service'),
          'service',
          registrations.byService,
        )}
        {counts(
          'registrations-by-channel',
          t('cms.statistics.registrations.byChannel'),
          t('cms.statistics.registrations.channel'),
          'channel',
          registrations.byChannel,
        )}
        {counts(
          'registrations-by-campaign',
          t('cms.statistics.registrations.byCampaign'),
          t('cms.statistics.registrations.campaign'),
          'named',
          registrations.byCampaign,
        )}
        {counts(
          'registrations-by-district',
          t('cms.statistics.registrations.byDistrict'),
          t('cms.statistics.registrations.district'),
          'named',
          registrations.byDistrict,
        )}
      </section>
      <section className="stats__section" aria-labelledby="stats-funnel">
        <h2 id="stats-funnel">{t('cms.statistics.funnel.heading')}</h2>
        <p>{t('cms.statistics.funnel.intro')}</p>
        <Funnel context={context} id="funnel" registered={total} funnel={report.funnel} />
      </section>
      <section className="stats__section" aria-labelledby="stats-first-contact">
        <h2 id="stats-first-contact">{t('cms.statistics.firstContact.heading')}</h2>
        <p>{t('cms.statistics.firstContact.intro')}</p>
        <Pair
          context={context}
          id="first-contact"
          caption={t('cms.statistics.firstContact.heading')}
          table={{
            columns: [t('cms.statistics.firstContact.measure'), t('cms.statistics.firstContact.value')],
            rows: [
              ...spreadRows(context.locale, firstContact, t('cms.statistics.firstContact.measured')),
              [
                t('cms.statistics.firstContact.within'),
                percent(context.locale, firstContact.withinThreeWorkingDays),
              ],
            ],
          }}
        />
      </section>
      <section className="stats__section" aria-labelledby="stats-at-risk">
        <h2 id="stats-at-risk">{t('cms.statistics.atRisk.heading')}</h2>
        <p>{t('cms.statistics.atRisk.now', { n: atRisk.now })}</p>
        <Pair
          context={context}
          id="at-risk-per-month"
          caption={t('cms.statistics.atRisk.perMonth')}
          table={{
            columns: [t('cms.statistics.atRisk.month'), t('cms.statistics.atRisk.count')],
            rows: months.map(({ label, count }) => [label, count]),
          }}
          chart={{ rows: months, series: [{ key: 'count', label: t('cms.statistics.atRisk.count') }] }}
        />
      </section>
    </>
  )
}
