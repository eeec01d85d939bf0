import { countBy } from './counts'
import type { RegistrationFact } from './facts'
import { funnelOf } from './funnel'
import type { Count, Funnel } from './report'

export type CampaignCounts = { campaign: string; registrations: number; byChannel: Count[]; funnel: Funnel }

/** Per campaign the period's registrations were attributed to, most first: channel mix and funnel. */
export function campaignCounts(facts: RegistrationFact[]): CampaignCounts[] {
  return countBy(facts.map((fact) => fact.campaign)).map(({ key, count }) => {
    const own = facts.filter((fact) => fact.campaign === key)
    return {
      campaign: key,
      registrations: count,
      byChannel: countBy(own.map((fact) => fact.channel)),
      funnel: funnelOf(own),
    }
  })
}
