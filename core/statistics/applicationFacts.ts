import type { ApplicationFact } from './facts'
import { type FirstContactFacts, firstContactFacts } from './response'

/**
 * What the statistics read of one application, stored on it whenever it changes (as a
 * registration's facts are, registrationFacts.ts) so that intake's call-back times group a column
 * instead of replaying every application's history and contact log on each report.
 */
export type ApplicationFacts = FirstContactFacts

export const applicationFacts = (
  fact: Pick<ApplicationFact, 'createdAt' | 'history' | 'contactLog'>,
): ApplicationFacts => firstContactFacts(fact)
