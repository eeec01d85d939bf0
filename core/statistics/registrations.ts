import { mondayOf, stockholmDay, weeksOf } from './calendar'
import { countBy } from './counts'
import type { RegistrationFact } from './facts'
import type { Period, TeamReport } from './report'

/** The key a registration's district is counted under: districts are named per municipality. */
export const districtKey = (fact: Pick<RegistrationFact, 'municipality' | 'district'>) =>
  fact.district ? `${fact.municipality}:${fact.district}` : null

/**
 * The period's registrations counted per week (Stockholm weeks, empty ones included), per service
 * (one registration may ask for several), per channel, campaign and district (only where given).
 */
export function registrationCounts(
  facts: RegistrationFact[],
  period: Period,
): Required<TeamReport>['registrations'] {
  const perWeek = new Map(weeksOf(period).map((week) => [week, 0]))
  for (const fact of facts) {
    const week = mondayOf(stockholmDay(fact.createdAt))
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1)
  }
  return {
    total: facts.length,
    perWeek: [...perWeek].map(([week, count]) => ({ week, count })),
    byService: countBy(facts.flatMap((fact) => fact.services)),
    byChannel: countBy(facts.map((fact) => fact.channel)),
    byCampaign: countBy(facts.map((fact) => fact.campaign)),
    byDistrict: countBy(facts.map(districtKey)),
  }
}
