import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { type Locale, asLocale } from '../../../core/i18n/locales'
import { translator } from '../../../core/i18n/text'
import { choiceFromParams, offeredQuarters, periodOf } from '../../../core/statistics/period'
import type { TeamReport } from '../../../core/statistics/report'
import { hasRole } from '../../access/roles'
import { teamStatistics } from '../../useCases/teamStatistics'
import { PeriodForm } from './PeriodForm'
import { TeamReportView } from './TeamReportView'
import { chosenMunicipality, municipalityChoices } from './municipalities'
import { STATISTICS_PATH, STATISTICS_ROLES } from './route'

type Params = AdminViewServerProps['searchParams']

/** The form and the report for the period and municipality in the URL, read with the user's own scope. */
async function Statistics({
  req,
  locale,
  searchParams = {},
}: {
  req: AdminViewServerProps['initPageResult']['req']
  locale: Locale
  searchParams?: Params
}) {
  const t = translator(locale)
  const now = new Date()
  const choice = choiceFromParams(searchParams)
  const period = periodOf(choice, now)
  const municipalities = await municipalityChoices(req)
  const municipality = chosenMunicipality(municipalities, searchParams.municipality)
  let report: TeamReport | null = null
  try {
    report = await teamStatistics(req, { period, municipality })
  } catch (error) {
    // The form stays usable; the log names the failure, never a record.
    req.payload.logger.error({ msg: 'statistics view failed', err: error })
  }
  return (
    <>
      <PeriodForm
        locale={locale}
        choice={choice}
        period={period}
        quarters={offeredQuarters(now)}
        municipalities={municipalities}
        municipality={municipality}
      />
      {report ? (
        <TeamReportView report={report} locale={locale} />
      ) : (
        <p role="alert">{t('cms.statistics.failed')}</p>
      )}
    </>
  )
}

/** The admin's statistics view (`/admin/statistik`), inside Payload's own layout and navigation. */
export function StatisticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  // Payload leaves custom views to guard themselves: a visitor who is not signed in goes to the login.
  if (!req.user) redirect(`/admin/login?redirect=${encodeURIComponent(STATISTICS_PATH)}`)
  const locale = asLocale(req.i18n.language)
  const t = translator(locale)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className="stats">
        <h1>{t('cms.statistics.title')}</h1>
        <p>{t('cms.statistics.intro')}</p>
        {hasRole(req.user, ...STATISTICS_ROLES) ? (
          <Statistics req={req} locale={locale} searchParams={searchParams} />
        ) : (
          <p>{t('cms.statistics.notAllowed')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
