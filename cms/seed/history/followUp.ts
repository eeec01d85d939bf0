import { isUntouched } from '../../../core/domain/caseWork'
import {
  AT_RISK_AFTER_DAYS,
  FINISHED_STATUSES,
  REMIND_AFTER_WORKING_DAYS,
} from '../../../core/domain/followUp'
import { workingDaysAfter } from '../../../core/domain/workingDays'
import type { Timeline } from './timeline'
import { DAY_MS } from './time'

/**
 * The follow-up fields as the hooks and the follow-up job would have left them by `now`: the last
 * change by staff, untouched, flagged at risk after 30 quiet days, reminded after 3 working days
 * untouched. So the job finds nothing left to do when the demo starts.
 */
export function followUpFields(timeline: Timeline, now: Date) {
  const acted = [
    timeline.createdAt.getTime(),
    ...timeline.history.filter((entry) => entry.by).map((entry) => Date.parse(entry.at)),
    ...timeline.contactLog.map((entry) => Date.parse(entry.at)),
  ]
  const lastChange = new Date(Math.max(...acted))
  const untouched = isUntouched(timeline)
  const open = !(FINISHED_STATUSES as readonly string[]).includes(timeline.status)
  const remindAt = workingDaysAfter(lastChange, REMIND_AFTER_WORKING_DAYS)
  return {
    lastChangeAt: lastChange.toISOString(),
    untouched,
    atRisk: open && now.getTime() - lastChange.getTime() >= AT_RISK_AFTER_DAYS * DAY_MS,
    remindedAt: open && untouched && remindAt <= now ? remindAt.toISOString() : null,
  }
}
