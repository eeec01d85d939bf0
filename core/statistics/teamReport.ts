import { REMIND_AFTER_WORKING_DAYS } from '../domain/followUp'
import { applicationCounts } from './applications'
import { atRiskOf } from './atRisk'
import { inPeriod, periodInstants } from './calendar'
import { campaignCounts } from './campaigns'
import { eveningCounts, wasHeld } from './evenings'
import type { ApplicationFact, BookingFact, EveningFact, RegistrationFact, StatisticsScope } from './facts'
import { held, scoped } from './facts'
import { funnelOf } from './funnel'
import { registrationCounts } from './registrations'
import { responseTimes } from './response'
import { sectionsOf } from './sections'
import type { Count, Period, TeamReport } from './report'

export type StatisticsFacts = {
  registrations: RegistrationFact[]
  applications: ApplicationFact[]
  evenings: EveningFact[]
  bookings: BookingFact[]
}

/** Names for the ids a report carries (campaign titles, evening topics, district names). */
export type NameOf = (kind: 'campaign' | 'evening' | 'district', key: string) => string

export const named = (kind: 'campaign' | 'district', counts: Count[], nameOf: NameOf): Count[] =>
  counts.map((count) => ({ ...count, name: nameOf(kind, count.key) }))

/**
 * The team statistics, defined over all facts: what `scope` may count, registrations and
 * applications that arrived in the period, evenings that started in it. The database computes
 * the same report (cms/statistics); tests hold the two to each other. Only the sections the scope
 * has are there (./sections).
 */
export function teamReportOf(
  facts: StatisticsFacts,
  scope: StatisticsScope,
  period: Period,
  now: Date,
  nameOf: NameOf,
): TeamReport {
  const bounds = periodInstants(period)
  const sections = sectionsOf(scope)
  const visible = scoped(facts.registrations, scope.registrations, scope.municipality)
  const registrations = visible.filter((fact) => inPeriod(fact.createdAt, bounds))
  const applications = scoped(facts.applications, scope.applications, scope.municipality).filter((fact) =>
    inPeriod(fact.createdAt, bounds),
  )
  const evenings = facts.evenings.filter(
    (evening) =>
      wasHeld(evening) &&
      held(scope.evenings, [evening.organizingTeam]) &&
      (scope.municipality === null || evening.municipality === scope.municipality) &&
      inPeriod(evening.startsAt, bounds),
  )
  const mayCount = scoped(facts.registrations, scope.registrations, null)
  const interest = () => {
    const counts = registrationCounts(registrations, period)
    const { within, ...firstContact } = responseTimes(registrations, now, REMIND_AFTER_WORKING_DAYS)
    return {
      registrations: {
        ...counts,
        byCampaign: named('campaign', counts.byCampaign, nameOf),
        byDistrict: named('district', counts.byDistrict, nameOf),
      },
      funnel: funnelOf(registrations),
      firstContact: { ...firstContact, withinThreeWorkingDays: within },
      atRisk: atRiskOf(visible, period, bounds, now),
      campaigns: campaignCounts(registrations).map((row) => ({
        ...row,
        name: nameOf('campaign', row.campaign),
      })),
    }
  }
  return {
    period,
    municipality: scope.municipality,
    ...(sections.interest ? interest() : {}),
    ...(sections.evenings
      ? {
          evenings: eveningCounts(
            evenings,
            facts.bookings,
            (id) => mayCount.find((fact) => fact.id === id)?.history,
          ).map((row) => ({ ...row, name: nameOf('evening', row.evening) })),
        }
      : {}),
    ...(sections.applications ? { applications: applicationCounts(applications, now) } : {}),
  }
}
