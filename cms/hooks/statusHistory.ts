import type { CollectionBeforeChangeHook } from 'payload'

import { recordStatus } from '../../core/domain/pipeline'
import type { Application, InterestRegistration } from '../payload-types'

type HistoryEntry = NonNullable<InterestRegistration['history']>[number]

/**
 * Every status change is kept with its time and who made it; staff cannot edit the history. Any
 * change by staff restarts the follow-up clocks; the reminder job's own writes (no user) do not.
 * A hand-over (cms/useCases/handOver) passes its entry in `context.handOver` to be kept too.
 */
export const statusHistory: CollectionBeforeChangeHook<InterestRegistration | Application> = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const now = new Date()
  const byStaff = operation === 'create' || Boolean(req.user)
  const history = recordStatus(
    originalDoc?.history,
    originalDoc?.status,
    data.status ?? originalDoc?.status ?? 'new',
    now,
    req.user ? String(req.user.id) : null,
  )
  const handOver = context.handOver as HistoryEntry | undefined
  return {
    ...data,
    history: handOver ? [...history, handOver] : history,
    ...(byStaff ? { lastChangeAt: now.toISOString(), atRisk: false } : {}),
  }
}
