import type { CollectionBeforeChangeHook } from 'payload'

import { AGE_GROUPS, CHANNELS } from '../../../core/forms/interestRegistration'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { INTEREST_STATUSES } from '../../../core/domain/pipeline'
import { INTEREST_ENDED, endedAtAfter } from '../../../core/domain/retention'
import { label } from '../../../core/i18n/text'
import { choices } from '../../fields/choices'
import { registrationFactsField } from '../../fields/registrationFacts'
import { linkedRecordsPanel } from '../../fields/staffPanels'
import { keepRegistrationFacts } from '../../hooks/registrationFacts'
import type { InterestRegistration } from '../../payload-types'
import { submissionCollection } from '../submissionCollection'
import { withdrawEndpoints } from './withdrawEndpoint'

const readOnly = { readOnly: true }

/** The retention clock starts when a registration ends (withdrawn, not suitable), and stops if it is resumed. */
const stampEnded: CollectionBeforeChangeHook<InterestRegistration> = ({ data, originalDoc }) => ({
  ...data,
  endedAt: endedAtAfter(INTEREST_ENDED, originalDoc?.status, data.status, originalDoc?.endedAt, new Date()),
})

/**
 * Someone who registered interest in becoming a contact family or contact person. Created only by
 * the public form endpoint; seen and followed up by the recruiters of the teams it was routed to.
 */
export const InterestRegistrations = submissionCollection({
  slug: 'interest-registrations',
  form: 'interest',
  labels: {
    singular: label('collections.interestRegistrations.singular'),
    plural: label('collections.interestRegistrations.plural'),
  },
  statuses: INTEREST_STATUSES,
  statusLabel: label('collections.interestRegistrations.fields.status'),
  defaultColumns: ['reference', 'createdAt', 'status', 'responsible', 'nextActionAt', 'services'],
  // After the history hook: the facts follow the history and contact log it leaves.
  beforeChange: [stampEnded, keepRegistrationFacts],
  endpoints: withdrawEndpoints,
  // The statistics read indexes in GROUP BY order (cms/statistics): each leads with its grouping
  // columns, then the arrival time the period filters on. Those with the id, and those on the
  // array and relationship tables, are in hand-written migrations (Payload cannot declare them).
  indexes: [
    { fields: ['campaign', 'facts.furthestStep', 'status', 'createdAt'] },
    { fields: ['facts.firstContactWorkingDays', 'createdAt'] },
    // At risk now: the flagged ones' statuses, without reading their rows.
    { fields: ['atRisk', 'status'] },
    { fields: ['campaign', 'channel', 'createdAt', 'municipality'] },
    { fields: ['municipality', 'district', 'createdAt'] },
  ],
  fields: [
    {
      name: 'endedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: label('collections.interestRegistrations.fields.endedAt'),
    },
    {
      name: 'services',
      type: 'select',
      hasMany: true,
      required: true,
      options: optionsOf(SERVICES),
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.services'),
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.name'),
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.email'),
    },
    {
      name: 'phone',
      type: 'text',
      required: true,
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.phone'),
    },
    {
      name: 'adults',
      type: 'number',
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.adults'),
    },
    {
      name: 'children',
      type: 'number',
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.children'),
    },
    {
      name: 'ageGroup',
      type: 'select',
      options: choices(AGE_GROUPS, (value) => `forms.interest.ageGroups.${value}`),
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.ageGroup'),
    },
    {
      name: 'about',
      type: 'textarea',
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.about'),
    },
    {
      name: 'channel',
      type: 'select',
      options: choices(CHANNELS, (value) => `forms.interest.channels.${value}`),
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.channel'),
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      admin: readOnly,
      label: label('collections.interestRegistrations.fields.campaign'),
    },
    // Kept by the booking flow; the linked-records panel shows staff the same and more, in words.
    {
      name: 'possibleDuplicates',
      type: 'relationship',
      relationTo: 'interest-registrations',
      hasMany: true,
      admin: { readOnly: true, hidden: true },
      label: label('collections.interestRegistrations.fields.possibleDuplicates'),
    },
    linkedRecordsPanel,
    registrationFactsField,
  ],
})
