import type { CollectionBeforeChangeHook } from 'payload'

import { recordStatus } from '../../../domain/pipeline'

/** Every status change is kept with its time and who made it; staff cannot edit the history. */
export const statusHistory: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => ({
  ...data,
  history: recordStatus(
    originalDoc?.history,
    originalDoc?.status,
    data.status ?? originalDoc?.status ?? 'new',
    new Date(),
    req.user ? String(req.user.id) : null,
  ),
})
