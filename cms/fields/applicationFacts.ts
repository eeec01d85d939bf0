import type { Field } from 'payload'

import { type ApplicationFacts, applicationFacts } from '../../core/statistics/applicationFacts'
import { type StoredTimeline, firstContactFields, timelineOf } from './registrationFacts'

/** The stored facts (core/statistics/applicationFacts) of an application as Payload holds it. */
export const applicationFactsOf = (doc: StoredTimeline): ApplicationFacts => applicationFacts(timelineOf(doc))

/**
 * The statistics' facts of an application, kept by hooks/applicationFacts and never edited: intake's
 * call-back times group these columns (cms/statistics/response) instead of replaying every log.
 */
export const applicationFactsField: Field = {
  name: 'facts',
  type: 'group',
  admin: { hidden: true, readOnly: true },
  fields: firstContactFields,
}
