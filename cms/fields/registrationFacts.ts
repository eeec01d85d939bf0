import type { Field } from 'payload'

import { type RegistrationFacts, registrationFacts } from '../../core/statistics/registrationFacts'
import { idOf } from '../collections/relations'

type Entry = { status?: string | null; at?: string | null; by?: unknown; toTeam?: unknown }
/** A registration as Payload holds it: relationships populated or bare ids, times possibly missing. */
export type StoredTimeline = { createdAt: string; history?: Entry[] | null; contactLog?: Entry[] | null }

const idOrNull = (value: unknown) => (value === null || value === undefined ? null : idOf(value))

/** The stored facts (core/statistics/registrationFacts) of a registration as Payload holds it. */
export function factsOf(doc: StoredTimeline): RegistrationFacts {
  return registrationFacts({
    createdAt: doc.createdAt,
    history: (doc.history ?? []).flatMap((entry) =>
      entry.at && entry.status
        ? [{ status: entry.status, at: entry.at, by: idOrNull(entry.by), toTeam: idOrNull(entry.toTeam) }]
        : [],
    ),
    // A contact line gets its time on saving (hooks/statusHistory); one without counts nowhere.
    contactLog: (doc.contactLog ?? []).flatMap((entry) => (entry.at ? [{ at: entry.at }] : [])),
  })
}

/**
 * The statistics' facts of a registration, kept by hooks/registrationFacts and never edited: the
 * team statistics group and count these columns (cms/statistics) instead of replaying histories.
 */
export const registrationFactsField: Field = {
  name: 'facts',
  type: 'group',
  admin: { hidden: true, readOnly: true },
  fields: [
    { name: 'furthestStep', type: 'number' },
    { name: 'firstContactAt', type: 'date' },
    { name: 'firstContactWorkingDays', type: 'number' },
    {
      name: 'atRiskMoments',
      type: 'array',
      fields: [
        { name: 'at', type: 'date' },
        { name: 'month', type: 'text' },
      ],
    },
  ],
}
