import { REMIND_AFTER_WORKING_DAYS } from '../../core/domain/followUp'
import { CALL_BACK_WORKING_DAYS } from '../../core/domain/today'
import type { TeamReport } from '../../core/statistics/report'
import { type NameOf, named } from '../../core/statistics/teamReport'
import { applicationCounts } from './applications'
import { atRisk } from './atRisk'
import { type StatisticsDatabase, compute } from './database'
import { eveningCounts } from './evenings'
import { funnels } from './funnel'
import type { StatisticsQuery } from './query'
import { registrationCounts } from './registrations'
import { responseTimes } from './response'

/** The ids a report's names are looked up for, before the names are known. */
export type NamesWanted = { campaigns: string[]; evenings: string[]; districts: string[] }

/**
 * The team statistics computed in the database, one query per statistic (core/statistics/teamReport
 * defines the same report over plain facts). `names` is asked once for everything to be named.
 */
export async function computeTeamReport(
  db: StatisticsDatabase,
  query: StatisticsQuery,
  names: (wanted: NamesWanted) => Promise<NameOf>,
): Promise<TeamReport> {
  const [counts, funnel, firstContact, risk, evenings, applications, callBack] = await Promise.all([
    compute(db, registrationCounts, query),
    compute(db, funnels, query),
    compute(
      db,
      responseTimes(
        { table: 'interest_registrations', collection: 'interest-registrations' },
        REMIND_AFTER_WORKING_DAYS,
      ),
      query,
    ),
    compute(db, atRisk, query),
    compute(db, eveningCounts, query),
    compute(db, applicationCounts, query),
    compute(
      db,
      responseTimes({ table: 'applications', collection: 'applications' }, CALL_BACK_WORKING_DAYS),
      query,
    ),
  ])
  const { campaignChannels, ...registrations } = counts
  const nameOf = await names({
    campaigns: registrations.byCampaign.map((count) => count.key),
    evenings: evenings.map((row) => row.evening),
    districts: registrations.byDistrict.map((count) => count.key),
  })
  const { within, ...firstSpread } = firstContact
  const { within: withinPromise, ...callBackSpread } = callBack
  return {
    period: query.period,
    municipality: query.scope.municipality,
    registrations: {
      ...registrations,
      byCampaign: named('campaign', registrations.byCampaign, nameOf),
      byDistrict: named('district', registrations.byDistrict, nameOf),
    },
    funnel: funnel.all,
    firstContact: { ...firstSpread, withinThreeWorkingDays: within },
    atRisk: risk,
    evenings: evenings.map((row) => ({ ...row, name: nameOf('evening', row.evening) })),
    campaigns: registrations.byCampaign.map(({ key, count }) => ({
      campaign: key,
      name: nameOf('campaign', key),
      registrations: count,
      byChannel: campaignChannels.get(key) ?? [],
      funnel: funnel.perCampaign.get(key) ?? { steps: [], endings: [] },
    })),
    applications: {
      ...applications,
      callBack: { ...callBackSpread, promisedWorkingDays: CALL_BACK_WORKING_DAYS, withinPromise },
    },
  }
}
