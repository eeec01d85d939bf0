import { workingDaysAfter } from './workingDays'

/** Working days a new submission may wait for a first action before its team is reminded. */
export const REMIND_AFTER_WORKING_DAYS = 3
/** Days without any change after which a registration is flagged at risk of being lost. */
export const AT_RISK_AFTER_DAYS = 30

/** Where following up has ended; nothing there is reminded or flagged. */
export const FINISHED_STATUSES = ['assigned', 'withdrawn', 'not-suitable', 'closed'] as const

export type FollowUpState = {
  status: string
  /** Nobody has acted on it yet (`isUntouched` in caseWork.ts, kept on the document). */
  untouched?: boolean | null
  createdAt: string
  lastChangeAt?: string | null
  remindedAt?: string | null
  atRisk?: boolean | null
}

/**
 * What the follow-up job should do with one submission now: remind its team once when nobody has
 * acted on it for three working days; flag it when nothing has changed for thirty days.
 */
export function followUpActions(state: FollowUpState, now: Date): { remind: boolean; flagAtRisk: boolean } {
  if ((FINISHED_STATUSES as readonly string[]).includes(state.status))
    return { remind: false, flagAtRisk: false }
  const lastChange = new Date(state.lastChangeAt ?? state.createdAt)
  return {
    remind:
      Boolean(state.untouched) &&
      !state.remindedAt &&
      now >= workingDaysAfter(lastChange, REMIND_AFTER_WORKING_DAYS),
    flagAtRisk: !state.atRisk && now.getTime() - lastChange.getTime() >= AT_RISK_AFTER_DAYS * 86_400_000,
  }
}
