import { REMIND_AFTER_WORKING_DAYS } from '../../core/domain/followUp'
import { CALL_BACK_WORKING_DAYS } from '../../core/domain/today'
import type { TeamReport } from '../../core/statistics/report'
import { sectionsOf } from '../../core/statistics/sections'
import { type NameOf, named } from '../../core/statistics/teamReport'
import { applicationCounts } from './applications'
import { atRisk } from './atRisk'
import { type StatisticsDatabase, compute } from './database'
import { eveningCounts, eveningsReached } from './evenings'
import { funnels } from './funnel'
import type { StatisticsQuery } from './query'
import { registrationCounts } from './registrations'
import { responseTimes } from './response'

/** The ids a report's names are looked up for, before the names are known. */
export type NamesWanted = { campaigns: string[]; evenings: string[]; districts: string[] }

const interestResponse = responseTimes(
  { table: 'interest_registrations', collection: 'interest-registrations' },
  REMIND_AFTER_WORKING_DAYS,
)
const callBackResponse = responseTimes(
  { table: 'applications', collection: 'applications' },
  CALL_BACK_WORKING_DAYS,
)

/** Interest registrations: counts, funnel, first contact, at risk, and the campaigns built from them. */
async function interestSection(db: StatisticsDatabase, query: StatisticsQuery) {
  const [counts, risk, funnel, firstContact] = await Promise.all([
    compute(db, registrationCounts, query),
    compute(db, atRisk, query),
    compute(db, funnels, query),
    compute(db, interestResponse, query),
  ])
  return { counts, funnel, firstContact, risk }
}

/** Applications: received by service and applicant, and the call-back against the promise. */
async function applicationSection(db: StatisticsDatabase, query: StatisticsQuery) {
  const [callBack, applications] = await Promise.all([
    compute(db, callBackResponse, query),
    compute(db, applicationCounts, query),
  ])
  const { within, ...spread } = callBack
  return {
    ...applications,
    callBack: { ...spread, promisedWorkingDays: CALL_BACK_WORKING_DAYS, withinPromise: within },
  }
}

/** What a report's names are looked up with (statistics/names): asked once per section, for its ids. */
type Names = (wanted: NamesWanted) => Promise<NameOf>
const none: NamesWanted = { campaigns: [], evenings: [], districts: [] }

/**
 * The evenings with their names: the attendees reaching assessment, the longest statement, is asked
 * first; the topics are looked up as soon as the counts are in, while it still runs.
 */
async function eveningSection(db: StatisticsDatabase, query: StatisticsQuery, names: Names) {
  const [reached, { rows, nameOf }] = await Promise.all([
    compute(db, eveningsReached, query),
    compute(db, eveningCounts, query).then(async (rows) => ({
      rows,
      nameOf: await names({ ...none, evenings: rows.map((row) => row.evening) }),
    })),
  ])
  return rows.map((row) => ({
    ...row,
    name: nameOf('evening', row.evening),
    reachedAssessment: reached.get(row.evening) ?? 0,
  }))
}

/** The interest section, named as soon as its counts are in. */
async function namedInterestSection(db: StatisticsDatabase, query: StatisticsQuery, names: Names) {
  const interest = await interestSection(db, query)
  const { byCampaign, byDistrict } = interest.counts
  const nameOf = await names({
    ...none,
    campaigns: byCampaign.map((count) => count.key),
    districts: byDistrict.map((count) => count.key),
  })
  return namedInterest(interest, nameOf)
}

/**
 * The team statistics computed in the database, one query per statistic (core/statistics/teamReport
 * defines the same report over plain facts), only for the sections the scope has
 * (core/statistics/sections). Each section looks up its names when its own statements are done.
 */
export async function computeTeamReport(
  db: StatisticsDatabase,
  query: StatisticsQuery,
  names: Names,
): Promise<TeamReport> {
  const sections = sectionsOf(query.scope)
  // Asked longest first (an admin's year: the evenings' attendees ~50 ms, registrations ~35, at
  // risk ~25 …): each statement takes the next free reader thread, so the longest does not start last.
  const [evenings, interest, applications] = await Promise.all([
    sections.evenings ? eveningSection(db, query, names) : null,
    sections.interest ? namedInterestSection(db, query, names) : null,
    sections.applications ? applicationSection(db, query) : null,
  ])
  return {
    period: query.period,
    municipality: query.scope.municipality,
    ...(interest ?? {}),
    ...(evenings ? { evenings } : {}),
    ...(applications ? { applications } : {}),
  }
}

/** The interest section's fields with campaign and district names. */
function namedInterest(
  { counts, funnel, firstContact, risk }: Awaited<ReturnType<typeof interestSection>>,
  nameOf: NameOf,
) {
  const { campaignChannels, ...registrations } = counts
  const { within, ...firstSpread } = firstContact
  return {
    registrations: {
      ...registrations,
      byCampaign: named('campaign', registrations.byCampaign, nameOf),
      byDistrict: named('district', registrations.byDistrict, nameOf),
    },
    funnel: funnel.all,
    firstContact: { ...firstSpread, withinThreeWorkingDays: within },
    atRisk: risk,
    campaigns: registrations.byCampaign.map(({ key, count }) => ({
      campaign: key,
      name: nameOf('campaign', key),
      registrations: count,
      byChannel: campaignChannels.get(key) ?? [],
      funnel: funnel.perCampaign.get(key) ?? { steps: [], endings: [] },
    })),
  }
}
