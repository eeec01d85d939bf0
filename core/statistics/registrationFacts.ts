import { atRiskMoments } from './atRisk'
import { stockholmDay } from './calendar'
import { reachedAssessmentAt } from './evenings'
import type { RegistrationFact } from './facts'
import { furthestStep } from './funnel'
import { type FirstContactFacts, firstContactFacts } from './response'

/** Later than any moment a registration can fall at risk: every due moment is kept, `now` filters at query time. */
const END_OF_TIME = new Date(8.64e15)

/**
 * What the statistics read of one registration, stored on it whenever it changes so that a
 * report groups columns instead of replaying ~350,000 history and contact rows. Each fact is one
 * definition of this folder applied to the registration alone; none depends on when it is read.
 */
export type RegistrationFacts = FirstContactFacts & {
  /** How far along the main line its history ever got (funnel.ts). */
  furthestStep: number
  /** When its history first reached assessment or a later step (evenings.ts); null if it never did. */
  reachedAssessmentAt: string | null
  /** Every moment it falls at risk (atRisk.ts), the future one of its latest change too, with its Stockholm month. */
  atRiskMoments: { at: string; month: string }[]
}

export function registrationFacts(
  fact: Pick<RegistrationFact, 'createdAt' | 'history' | 'contactLog'>,
): RegistrationFacts {
  return {
    furthestStep: furthestStep(fact.history),
    ...firstContactFacts(fact),
    reachedAssessmentAt: reachedAssessmentAt(fact.history),
    atRiskMoments: atRiskMoments(fact, END_OF_TIME).map((at) => ({
      at,
      month: stockholmDay(at).slice(0, 7),
    })),
  }
}
