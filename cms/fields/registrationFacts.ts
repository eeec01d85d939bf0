import type { Field } from 'payload'

import { type RegistrationFacts, registrationFacts } from '../../core/statistics/registrationFacts'
import type { ContactFact, HistoryFact } from '../../core/statistics/facts'
import { idOf } from '../collections/relations'

type Entry = { status?: string | null; at?: string | null; by?: unknown; toTeam?: unknown }
/** A submission as Payload holds it: relationships populated or bare ids, times possibly missing. */
export type StoredTimeline = { createdAt: string; history?: Entry[] | null; contactLog?: Entry[] | null }

const idOrNull = (value: unknown) => (value === null || value === undefined ? null : idOf(value))

/** A stored submission's timeline as the statistics' definitions read it (core/statistics/facts). */
export function timelineOf(doc: StoredTimeline): {
  createdAt: string
  history: HistoryFact[]
  contactLog: ContactFact[]
} {
  return {
    createdAt: doc.createdAt,
    history: (doc.history ?? []).flatMap((entry) =>
      entry.at && entry.status
        ? [{ status: entry.status, at: entry.at, by: idOrNull(entry.by), toTeam: idOrNull(entry.toTeam) }]
        : [],
    ),
    // A contact line gets its time on saving (hooks/statusHistory); one without counts nowhere.
    contactLog: (doc.contactLog ?? []).flatMap((entry) => (entry.at ? [{ at: entry.at }] : [])),
  }
}

/** The stored facts (core/statistics/registrationFacts) of a registration as Payload holds it. */
export const factsOf = (doc: StoredTimeline): RegistrationFacts => registrationFacts(timelineOf(doc))

/** The first-contact fields both submissions' facts groups store (core/statistics/response). */
export const firstContactFields: Field[] = [
  { name: 'firstContactAt', type: 'date' },
  { name: 'firstContactWorkingDays', type: 'number' },
]

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
    ...firstContactFields,
    { name: 'reachedAssessmentAt', type: 'date' },
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
