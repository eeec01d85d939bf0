import { CALL_BACK_WORKING_DAYS } from '../domain/today'
import { countBy } from './counts'
import type { ApplicationFact } from './facts'
import { responseTimes } from './response'
import type { TeamReport } from './report'

/** Who the support is for: a child (under 13), a young person or an adult; `-lss` for a disability. */
export function applicantKey(fact: Pick<ApplicationFact, 'applicant' | 'forWhom' | 'disability'>): string {
  const who = fact.applicant === 'self' ? 'adult' : fact.forWhom === 'young-person' ? 'youth' : 'child'
  return fact.disability ? `${who}-lss` : who
}

/** The period's applications by service and applicant, and intake's time to call back against the promise. */
export function applicationCounts(facts: ApplicationFact[], now: Date): Required<TeamReport>['applications'] {
  const { within, ...spread } = responseTimes(facts, now, CALL_BACK_WORKING_DAYS)
  return {
    total: facts.length,
    byService: countBy(facts.map((fact) => fact.service)),
    byApplicant: countBy(facts.map(applicantKey)),
    callBack: { ...spread, promisedWorkingDays: CALL_BACK_WORKING_DAYS, withinPromise: within },
  }
}
