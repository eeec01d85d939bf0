import type { Where } from 'payload'

import { FINISHED_STATUSES } from '../../../core/domain/followUp'
import { startOfTomorrow } from '../../../core/domain/today'

// The filters behind each count on the Today view. Each is also the `where` of the list the count
// links to, so the number and the list it opens cannot disagree.

const open: Where = { status: { not_in: [...FINISHED_STATUSES] } }

/** Nobody has acted on it: the stored `untouched` flag, kept by the history hook with isUntouched. */
export const untouched = (): Where => ({ and: [open, { untouched: { equals: true } }] })

/** The team was reminded of it and still nobody has acted. */
export const remindedUntouched = (): Where => ({
  and: [...(untouched().and ?? []), { remindedAt: { exists: true } }],
})

/** Unchanged for so long that it risks being lost; the follow-up job sets the flag. */
export const atRisk = (): Where => ({ and: [open, { atRisk: { equals: true } }] })

/** The user's own submissions whose next action falls today or earlier (Stockholm's day). */
export const myActionsDue = (userId: string | number, now: Date): Where => ({
  and: [
    open,
    { responsible: { equals: userId } },
    { nextActionAt: { less_than: startOfTomorrow(now).toISOString() } },
  ],
})

/** Applications intake has not yet called back. */
export const awaitingCallBack = (): Where => ({ status: { equals: 'new' } })

/** Applications nobody closed that retention escalated at their longest time: kept until closed. */
export const escalatedApplications = (): Where => ({
  and: [{ status: { not_equals: 'closed' } }, { escalatedAt: { exists: true } }],
})

/** What routing could not place with a team: the admins' queue. */
export const centralQueue = (): Where => ({ and: [open, { central: { equals: true } }] })

/** E-mails the provider refused for good. */
export const failedEmails = (): Where => ({ status: { equals: 'failed' } })

/** Jobs that ended in an error. */
export const failedJobs = (): Where => ({ hasError: { equals: true } })

/** Jobs claimed and not worked on for longer than any task takes. */
export const stuckJobs = (now: Date, leaseMs: number): Where => ({
  and: [
    { processing: { equals: true } },
    { updatedAt: { less_than: new Date(now.getTime() - leaseMs).toISOString() } },
  ],
})

/** Unpublished work of the communications team (a published document with newer draft counts too). */
export const drafts = (): Where => ({ _status: { equals: 'draft' } })

/** Published campaigns that have not started yet. */
export const scheduledCampaigns = (now: Date): Where => ({
  and: [{ _status: { equals: 'published' } }, { startsAt: { greater_than: now.toISOString() } }],
})

/** The teams' evenings still to come, not cancelled. */
export const upcomingEvenings = (teamIds: (string | number)[], now: Date): Where => ({
  and: [
    { organizingTeam: { in: teamIds } },
    { startsAt: { greater_than: now.toISOString() } },
    { status: { not_equals: 'cancelled' } },
  ],
})
