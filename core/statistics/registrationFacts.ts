import { atRiskMoments } from './atRisk'
import { stockholmDay, workingDaysBetween } from './calendar'
import type { RegistrationFact } from './facts'
import { furthestStep } from './funnel'
import { firstActionAt } from './response'

/** Later than any moment a registration can fall at risk: every due moment is kept, `now` filters at query time. */
const END_OF_TIME = new Date(8.64e15)

/**
 * What the statistics read of one registration, stored on it whenever it changes so that a
 * report groups columns instead of replaying ~350,000 history and contact rows. Each fact is one
 * definition of this folder applied to the registration alone; none depends on when it is read.
 */
export type RegistrationFacts = {
  /** How far along the main line its history ever got (funnel.ts). */
  furthestStep: number
  /** Staff's first act (response.ts), and the working days from arrival to it; null while nobody acted. */
  firstContactAt: string | null
  firstContactWorkingDays: number | null
  /** Every moment it falls at risk (atRisk.ts), the future one of its latest change too, with its Stockholm month. */
  atRiskMoments: { at: string; month: string }[]
}

export function registrationFacts(
  fact: Pick<RegistrationFact, 'createdAt' | 'history' | 'contactLog'>,
): RegistrationFacts {
  const first = firstActionAt(fact)
  return {
    furthestStep: furthestStep(fact.history),
    firstContactAt: first,
    firstContactWorkingDays: first
      ? workingDaysBetween(stockholmDay(fact.createdAt), stockholmDay(first))
      : null,
    atRiskMoments: atRiskMoments(fact, END_OF_TIME).map((at) => ({
      at,
      month: stockholmDay(at).slice(0, 7),
    })),
  }
}
