import { staffDate } from '../../../core/i18n/format'
import type { Locale } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import { lastDayOf } from '../../../core/statistics/period'
import type { TeamReport, WithSection } from '../../../core/statistics/report'
import { Applications, Campaigns, Evenings } from './ActivitySections'
import { Registrations } from './InterestSections'
import type { ReportContext } from './Pair'

type Props = { report: TeamReport; locale: Locale }

/** Nothing at all happened in the period: one sentence says so instead of a page of empty tables. */
const isEmpty = ({ registrations, evenings, applications }: TeamReport) =>
  !registrations?.total && !evenings?.length && !applications?.total

/** Whether the report carries the interest section (only staff who may count registrations get it). */
const hasInterest = (
  report: TeamReport,
): report is WithSection<'registrations' | 'funnel' | 'firstContact' | 'atRisk'> =>
  Boolean(report.registrations && report.funnel && report.firstContact && report.atRisk)

/** The team report as staff read it, the sections their scope has: labels and names, Swedish dates, a table beside every chart. */
export function TeamReportView({ report, locale }: Props) {
  const t = translator(locale)
  const context: ReportContext = { locale, period: report.period }
  const showing = t('cms.statistics.showing', {
    from: staffDate(locale, report.period.from),
    through: staffDate(locale, lastDayOf(report.period)),
  })
  if (isEmpty(report))
    return (
      <div className="stats__report">
        <p className="stats__showing">{showing}</p>
        <p className="stats__empty">{t('cms.statistics.empty')}</p>
      </div>
    )
  return (
    <div className="stats__report">
      <p className="stats__showing">{showing}</p>
      {hasInterest(report) && <Registrations report={report} context={context} />}
      {report.evenings && <Evenings report={{ ...report, evenings: report.evenings }} context={context} />}
      {report.campaigns && (
        <Campaigns report={{ ...report, campaigns: report.campaigns }} context={context} />
      )}
      {report.applications && (
        <Applications report={{ ...report, applications: report.applications }} context={context} />
      )}
    </div>
  )
}
