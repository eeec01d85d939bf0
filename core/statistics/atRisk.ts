import { AT_RISK_AFTER_DAYS, FINISHED_STATUSES } from '../domain/followUp'
import { inPeriod, monthsOf, stockholmDay } from './calendar'
import type { RegistrationFact } from './facts'
import type { Period, TeamReport } from './report'

const finished = (status: string | undefined) =>
  (FINISHED_STATUSES as readonly string[]).includes(status ?? '')
const AFTER_MS = AT_RISK_AFTER_DAYS * 86_400_000

type Timeline = Pick<RegistrationFact, 'createdAt' | 'history' | 'contactLog'>

/** Changes that restart the follow-up clock, as the history hook keeps `lastChangeAt`: arrival and staff's acts. */
const changes = (fact: Timeline) =>
  [
    fact.createdAt,
    ...fact.history.filter((entry) => entry.by).map((entry) => entry.at),
    ...fact.contactLog.map((entry) => entry.at),
  ]
    .map((at) => new Date(at).getTime())
    .sort((a, b) => a - b)

/**
 * The moments (ISO) a registration fell at risk, up to `now`: thirty days after a change with no
 * change since, unless its status then was one where following up has ended.
 */
export function atRiskMoments(fact: Timeline, now: Date): string[] {
  const times = changes(fact)
  return times.flatMap((at, index) => {
    const due = at + AFTER_MS
    if (due > now.getTime() || (index + 1 < times.length && times[index + 1] < due)) return []
    const statusThen = fact.history.filter((entry) => new Date(entry.at).getTime() <= due).at(-1)?.status
    return finished(statusThen) ? [] : [new Date(due).toISOString()]
  })
}

/**
 * At risk now: open registrations carrying the follow-up job's flag (as the Today view counts them).
 * Per month of the period: how many registrations fell at risk in it (any arrival date).
 */
export function atRiskOf(
  facts: RegistrationFact[],
  period: Period,
  bounds: { from: string; to: string },
  now: Date,
): Required<TeamReport>['atRisk'] {
  const perMonth = new Map(monthsOf(period).map((month) => [month, new Set<string>()]))
  for (const fact of facts)
    for (const moment of atRiskMoments(fact, now))
      if (inPeriod(moment, bounds)) perMonth.get(stockholmDay(moment).slice(0, 7))?.add(fact.id)
  return {
    now: facts.filter((fact) => fact.atRisk && !finished(fact.status)).length,
    perMonth: [...perMonth].map(([month, ids]) => ({ month, atRisk: ids.size })),
  }
}
