import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/roles'
import { routedToOwnTeams } from '../../access/teams'
import { AGE_GROUPS, CHANNELS } from '../../../core/forms/interestRegistration'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { INTEREST_STATUSES } from '../../../core/domain/pipeline'
import { notifyOnCreate } from '../../hooks/notifyOnCreate'
import { lockedExceptStatus, submissionFields } from '../../fields/submissionFields'
import { statusHistory } from '../../hooks/statusHistory'

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }))
const readOnly = { readOnly: true }

/**
 * Someone who registered interest in becoming a contact family or contact person. Created only by
 * the public form endpoint; seen and followed up by the recruiters of the teams it was routed to.
 */
export const InterestRegistrations: CollectionConfig = {
  slug: 'interest-registrations',
  labels: {
    singular: { sv: 'Intresseanmälan', en: 'Interest registration' },
    plural: { sv: 'Intresseanmälningar', en: 'Interest registrations' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'createdAt', 'routedTeams', 'services', 'atRisk'],
    listSearchableFields: ['reference'],
  },
  // Oldest first: what has waited longest is at the top of the team's list.
  defaultSort: 'createdAt',
  enableQueryPresets: true,
  access: {
    create: () => false,
    read: routedToOwnTeams('recruiter'),
    update: routedToOwnTeams('recruiter'),
    delete: isAdmin,
  },
  hooks: { beforeChange: [statusHistory], afterChange: [notifyOnCreate('interest', 'interest-registrations')] },
  fields: lockedExceptStatus([
    ...submissionFields(),
    { name: 'status', type: 'select', required: true, defaultValue: 'new', index: true, options: optionsOf(INTEREST_STATUSES), label: { sv: 'Status', en: 'Status' }, admin: { position: 'sidebar' } },
    { name: 'services', type: 'select', hasMany: true, required: true, options: optionsOf(SERVICES), admin: readOnly, label: { sv: 'Intresserad av', en: 'Interested in' } },
    { name: 'name', type: 'text', required: true, admin: readOnly, label: { sv: 'Namn', en: 'Name' } },
    { name: 'email', type: 'email', required: true, index: true, admin: readOnly, label: { sv: 'E-post', en: 'E-mail' } },
    { name: 'phone', type: 'text', required: true, admin: readOnly, label: { sv: 'Telefon', en: 'Phone' } },
    { name: 'adults', type: 'number', admin: readOnly, label: { sv: 'Vuxna i hemmet', en: 'Adults at home' } },
    { name: 'children', type: 'number', admin: readOnly, label: { sv: 'Barn i hemmet', en: 'Children at home' } },
    { name: 'ageGroup', type: 'select', options: plain(AGE_GROUPS), admin: readOnly, label: { sv: 'Vill helst stödja', en: 'Would prefer to support' } },
    { name: 'about', type: 'textarea', admin: readOnly, label: { sv: 'Om sig själv', en: 'About themselves' } },
    { name: 'channel', type: 'select', options: plain(CHANNELS), admin: readOnly, label: { sv: 'Hörde om oss via', en: 'Heard about us through' } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', admin: readOnly, label: { sv: 'Kampanj', en: 'Campaign' } },
    {
      name: 'possibleDuplicates',
      type: 'relationship',
      relationTo: 'interest-registrations',
      hasMany: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          sv: 'Samma e-postadress finns i anmälningar hos andra team. Adressen är inte kontrollerad: stäm av med personen och teamet innan ni slår ihop något.',
          en: 'The same e-mail address is in other teams\' registrations. The address is not verified: check with the person and the team before merging anything.',
        },
      },
      label: { sv: 'Möjliga dubbletter', en: 'Possible duplicates' },
    },
  ]),
}
