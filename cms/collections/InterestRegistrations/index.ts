import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isAdminField } from '../../access/roles'
import { routedToOwnTeams } from '../../access/teams'
import { AGE_GROUPS, CHANNELS } from '../../../src/forms/interestRegistration'
import { SERVICES, optionsOf } from '../../domain/organisation'
import { INTEREST_STATUSES } from '../../domain/pipeline'
import { statusHistory } from './hooks/history'

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }))
const readOnly = { readOnly: true }

/** What the person submitted and where it was routed is not for a team to rewrite; only admins may. */
const submitted = (fields: Field[]): Field[] =>
  fields.map((field) => ('name' in field && field.name !== 'status' ? ({ ...field, access: { update: isAdminField, ...(field as { access?: object }).access } } as Field) : field))

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
    defaultColumns: ['reference', 'status', 'createdAt', 'routedTeams', 'services'],
    listSearchableFields: ['reference'],
  },
  // Oldest first: what has waited longest is at the top of the team's list.
  defaultSort: 'createdAt',
  access: {
    create: () => false,
    read: routedToOwnTeams('recruiter'),
    update: routedToOwnTeams('recruiter'),
    delete: isAdmin,
  },
  hooks: { beforeChange: [statusHistory] },
  fields: submitted([
    { name: 'reference', type: 'text', required: true, unique: true, index: true, admin: readOnly, label: { sv: 'Referens', en: 'Reference' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'new', index: true, options: optionsOf(INTEREST_STATUSES), label: { sv: 'Status', en: 'Status' }, admin: { position: 'sidebar' } },
    {
      name: 'history',
      type: 'array',
      label: { sv: 'Historik', en: 'History' },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'status', type: 'text', required: true },
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'by', type: 'relationship', relationTo: 'users' },
      ],
    },
    { name: 'services', type: 'select', hasMany: true, required: true, options: optionsOf(SERVICES), admin: readOnly, label: { sv: 'Intresserad av', en: 'Interested in' } },
    { name: 'municipality', type: 'relationship', relationTo: 'municipalities', required: true, admin: readOnly, label: { sv: 'Kommun', en: 'Municipality' } },
    { name: 'district', type: 'text', admin: readOnly, label: { sv: 'Stadsdel', en: 'District' } },
    { name: 'name', type: 'text', required: true, admin: readOnly, label: { sv: 'Namn', en: 'Name' } },
    { name: 'email', type: 'email', required: true, index: true, admin: readOnly, label: { sv: 'E-post', en: 'E-mail' } },
    { name: 'phone', type: 'text', required: true, admin: readOnly, label: { sv: 'Telefon', en: 'Phone' } },
    { name: 'adults', type: 'number', admin: readOnly, label: { sv: 'Vuxna i hemmet', en: 'Adults at home' } },
    { name: 'children', type: 'number', admin: readOnly, label: { sv: 'Barn i hemmet', en: 'Children at home' } },
    { name: 'ageGroup', type: 'select', options: plain(AGE_GROUPS), admin: readOnly, label: { sv: 'Vill helst stödja', en: 'Would prefer to support' } },
    { name: 'about', type: 'textarea', admin: readOnly, label: { sv: 'Om sig själv', en: 'About themselves' } },
    { name: 'channel', type: 'select', options: plain(CHANNELS), admin: readOnly, label: { sv: 'Hörde om oss via', en: 'Heard about us through' } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', admin: readOnly, label: { sv: 'Kampanj', en: 'Campaign' } },
    { name: 'consentAt', type: 'date', required: true, admin: readOnly, label: { sv: 'Samtycke lämnat', en: 'Consent given' } },
    { name: 'routedTeams', type: 'relationship', relationTo: 'teams', hasMany: true, index: true, admin: { readOnly: true, position: 'sidebar' }, label: { sv: 'Team', en: 'Teams' } },
    { name: 'central', type: 'checkbox', defaultValue: false, index: true, admin: { readOnly: true, position: 'sidebar' }, label: { sv: 'I den centrala kön', en: 'In the central queue' } },
    { name: 'routingExplanation', type: 'textarea', admin: { readOnly: true, position: 'sidebar' }, label: { sv: 'Varför hit', en: 'Why routed here' } },
    // A client's retry of the same submission carries the same key and is answered, not stored again.
    { name: 'idempotencyKey', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false } },
  ]),
}
