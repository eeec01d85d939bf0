import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { type ContactEntry, changeContactLog, isUntouched } from '../../core/domain/caseWork'
import { recordStatus } from '../../core/domain/pipeline'
import { asLocale } from '../../core/i18n/locales'
import { text } from '../../core/i18n/text'
import { hasRole } from '../access/roles'
import { idOf } from '../collections/relations'
import type { Application, InterestRegistration } from '../payload-types'

type HistoryEntry = NonNullable<InterestRegistration['history']>[number]
type Row = { id?: string | null; kind: string; note?: string | null; at?: string | null; by?: unknown }

const entries = (rows: Row[] | null | undefined): ContactEntry[] =>
  (rows ?? []).map((row) => ({ ...row, by: row.by ? idOf(row.by) : null }))

/**
 * Every status change is kept with its time and who made it; staff cannot edit the history. A
 * hand-over (cms/useCases/handOver) passes its entry in `context.handOver` to be kept too. A new
 * contact-log line gets its time and author here, never from the client, and stored lines stay as
 * they are (admins aside). A status change, a contact or a hand-over by staff restarts the
 * follow-up clocks; the reminder job's and the booking flow's writes (no user) do not.
 */
export const statusHistory: CollectionBeforeChangeHook<InterestRegistration | Application> = ({
  collection,
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const now = new Date()
  const user = req.user ? String(req.user.id) : null
  const status = data.status ?? originalDoc?.status ?? 'new'
  const handOver = context.handOver as HistoryEntry | undefined
  const recorded = recordStatus(originalDoc?.history, originalDoc?.status, status, now, user)
  const history = handOver ? [...recorded, handOver] : recorded
  const stored = entries(originalDoc?.contactLog)
  const change =
    data.contactLog && user
      ? changeContactLog(stored, entries(data.contactLog), {
          by: user,
          admin: hasRole(req.user, 'admin'),
          at: now,
        })
      : { ok: true as const, log: data.contactLog ? entries(data.contactLog) : stored, added: 0 }
  if (!change.ok)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        { path: 'contactLog', message: text(asLocale(req.i18n?.language), 'cms.caseCard.contactLogLocked') },
      ],
    })
  const acted =
    operation === 'create' ||
    Boolean(user && (status !== originalDoc?.status || change.added > 0 || handOver))
  return {
    ...data,
    history,
    ...(data.contactLog ? { contactLog: change.log } : {}),
    untouched: isUntouched({ history, contactLog: change.log }),
    ...(acted ? { lastChangeAt: now.toISOString(), atRisk: false } : {}),
  } as typeof data
}
