import type { CollectionBeforeChangeHook } from 'payload'

import { recordStatus } from '../../core/domain/pipeline'
import type { Application, InterestRegistration } from '../payload-types'

/**
 * Every status change is kept with its time and who made it; staff cannot edit the history. Any
 * change by staff restarts the follow-up clocks; the reminder job's own writes (no user) do not.
 */
export const statusHistory: CollectionBeforeChangeHook<InterestRegistration | Application> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const now = new Date()
  const byStaff = operation === 'create' || Boolean(req.user)
  return {
    ...data,
    history: recordStatus(
      originalDoc?.history,
      originalDoc?.status,
      data.status ?? originalDoc?.status ?? 'new',
      now,
      req.user ? String(req.user.id) : null,
    ),
    ...(byStaff ? { lastChangeAt: now.toISOString(), atRisk: false } : {}),
  }
}
