import { staffDate, staffDateTime } from '../../../core/i18n/format'
import { translator } from '../../../core/i18n/text'
import type { TeamReport, WithSection } from '../../../core/statistics/report'
import { Funnel } from './Funnel'
import { spreadRows } from './InterestSections'
import { CountsPair, Pair, type ReportContext } from './Pair'
import { percent, shareOf } from './labels'

/** Each evening of the period: bookings, seats, waitlist, who came, and who went on to assessment. */
export function Evenings({ report, context }: { report: WithSection<'evenings'>; context: ReportContext }) {
  const t = translator(context.locale)
  const marked = (evening: Required<TeamReport>['evenings'][number]) => evening.attended + evening.noShows
  return (
    <section className="stats__section" aria-labelledby="stats-evenings">
      <h2 id="stats-evenings">{t('cms.statistics.evenings.heading')}</h2>
      {report.evenings.length ? (
        <Pair
          context={context}
          id="evenings"
          caption={t('cms.statistics.evenings.heading')}
          table={{
            columns: [
              t('cms.statistics.evenings.evening'),
              t('cms.statistics.evenings.startsAt'),
              t('cms.statistics.evenings.bookings'),
              t('cms.statistics.evenings.confirmedSeats'),
              t('cms.statistics.evenings.waitlisted'),
              t('cms.statistics.evenings.attended'),
              t('cms.statistics.evenings.noShows'),
              t('cms.statistics.evenings.attendance'),
              t('cms.statistics.evenings.reachedAssessment'),
            ],
            rows: report.evenings.map((evening) => [
              evening.name,
              staffDateTime(context.locale, evening.startsAt),
              evening.bookings,
              evening.confirmedSeats,
              evening.waitlisted,
              evening.attended,
              evening.noShows,
              percent(context.locale, shareOf(evening.attended, marked(evening))),
              percent(context.locale, shareOf(evening.reachedAssessment, evening.attended)),
            ]),
          }}
          chart={{
            rows: report.evenings.map((evening) => ({
              label: staffDate(context.locale, evening.startsAt),
              attended: evening.attended,
              noShows: evening.noShows,
            })),
            series: [
              { key: 'attended', label: t('cms.statistics.evenings.attended') },
              { key: 'noShows', label: t('cms.statistics.evenings.noShows') },
            ],
            stacked: true,
            title: t('cms.statistics.evenings.chart'),
          }}
        />
      ) : (
        <p>{t('cms.statistics.evenings.none')}</p>
      )}
    </section>
  )
}

/** Per campaign: registrations it brought, through which channels, and how far they got. */
export function Campaigns({ report, context }: { report: WithSection<'campaigns'>; context: ReportContext }) {
  const t = translator(context.locale)
  return (
    <section className="stats__section" aria-labelledby="stats-campaigns">
      <h2 id="stats-campaigns">{t('cms.statistics.campaigns.heading')}</h2>
      {report.campaigns.length ? (
        report.campaigns.map((campaign, index) => (
          <section key={campaign.campaign} aria-labelledby={`stats-campaign-${index}`}>
            <h3 id={`stats-campaign-${index}`}>{campaign.name}</h3>
            <p>{t('cms.statistics.campaigns.registrations', { n: campaign.registrations })}</p>
            <CountsPair
              context={context}
              id={`campaign-${index + 1}-channels`}
              caption={`${campaign.name}: ${t('cms.statistics.campaigns.channels')}`}
              heading={t('cms.statistics.registrations.channel')}
              dimension="channel"
              counts={campaign.byChannel}
              total={campaign.registrations}
            />
            <Funnel
              context={context}
              id={`campaign-${index + 1}-funnel`}
              registered={campaign.registrations}
              funnel={campaign.funnel}
            />
          </section>
        ))
      ) : (
        <p>{t('cms.statistics.campaigns.none')}</p>
      )}
    </section>
  )
}

/** Applications for support: what and for whom, and how fast intake called back against the promise. */
export function Applications({
  report,
  context,
}: {
  report: WithSection<'applications'>
  context: ReportContext
}) {
  const t = translator(context.locale)
  const { applications } = report
  const { callBack } = applications
  return (
    <section className="stats__section" aria-labelledby="stats-applications">
      <h2 id="stats-applications">{t('cms.statistics.applications.heading')}</h2>
      <p>{t('cms.statistics.applications.total', { n: applications.total })}</p>
      <CountsPair
        context={context}
        id="applications-by-service"
        caption={t('cms.statistics.applications.byService')}
        heading={t('cms.statistics.applications.service')}
        dimension="service"
        counts={applications.byService}
        total={applications.total}
      />
      <CountsPair
        context={context}
        id="applications-by-applicant"
        caption={t('cms.statistics.applications.byApplicant')}
        heading={t('cms.statistics.applications.applicant')}
        dimension="applicant"
        counts={applications.byApplicant}
        total={applications.total}
      />
      <p>{t('cms.statistics.applications.promise', { days: callBack.promisedWorkingDays })}</p>
      <Pair
        context={context}
        id="call-back"
        caption={t('cms.statistics.applications.callBack')}
        table={{
          columns: [t('cms.statistics.firstContact.measure'), t('cms.statistics.firstContact.value')],
          rows: [
            ...spreadRows(context.locale, callBack, t('cms.statistics.applications.measured')),
            [t('cms.statistics.applications.withinPromise'), percent(context.locale, callBack.withinPromise)],
          ],
        }}
      />
    </section>
  )
}
