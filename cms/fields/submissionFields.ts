import type { Field, SelectField } from 'payload'

import { optionsOf } from '../../core/domain/organisation'
import type { Locale } from '../../core/i18n/locales'
import { label } from '../../core/i18n/text'
import { isAdminField } from '../access/roles'

/** What the person submitted and where it was routed is not for a team to rewrite; only admins may. */
export const lockedExceptStatus = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.name !== 'status'
      ? ({ ...field, access: { update: isAdminField, ...(field as { access?: object }).access } } as Field)
      : field,
  )

/** Where the submission stands in its team's pipeline: the one field the team changes. */
export const statusField = (
  statuses: Record<string, Record<Locale, string>>,
  statusLabel: Record<Locale, string>,
): SelectField => ({
  name: 'status',
  type: 'select',
  required: true,
  defaultValue: 'new',
  index: true,
  options: optionsOf(statuses),
  label: statusLabel,
  admin: { position: 'sidebar' },
})

/** The language the person used the form in; their e-mails are written in it. */
export const localeField: SelectField = {
  name: 'locale',
  type: 'select',
  defaultValue: 'sv',
  options: [
    { value: 'sv', label: 'Svenska' },
    { value: 'en', label: 'English' },
  ],
  admin: { readOnly: true },
  label: label('collections.submissions.fields.locale'),
}

/** Fields every public submission carries: its reference, history, routing and idempotency key. */
export const submissionFields = (): Field[] => [
  {
    name: 'reference',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { readOnly: true },
    label: label('collections.submissions.fields.reference'),
  },
  {
    name: 'history',
    type: 'array',
    label: label('collections.submissions.fields.history'),
    admin: { readOnly: true, position: 'sidebar' },
    fields: [
      { name: 'status', type: 'text', required: true },
      { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'by', type: 'relationship', relationTo: 'users' },
    ],
  },
  {
    name: 'municipality',
    type: 'relationship',
    relationTo: 'municipalities',
    required: true,
    admin: { readOnly: true },
    label: label('collections.submissions.fields.municipality'),
  },
  {
    name: 'district',
    type: 'text',
    admin: { readOnly: true },
    label: label('collections.submissions.fields.district'),
  },
  localeField,
  {
    name: 'consentAt',
    type: 'date',
    required: true,
    admin: { readOnly: true },
    label: label('collections.submissions.fields.consentAt'),
  },
  {
    name: 'routedTeams',
    type: 'relationship',
    relationTo: 'teams',
    hasMany: true,
    index: true,
    admin: { readOnly: true, position: 'sidebar' },
    label: label('collections.submissions.fields.routedTeams'),
  },
  {
    name: 'central',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    admin: { readOnly: true, position: 'sidebar' },
    label: label('collections.submissions.fields.central'),
  },
  {
    name: 'routingExplanation',
    type: 'textarea',
    admin: { readOnly: true, position: 'sidebar' },
    label: label('collections.submissions.fields.routingExplanation'),
  },
  {
    name: 'lastChangeAt',
    type: 'date',
    index: true,
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    label: label('collections.submissions.fields.lastChangeAt'),
  },
  {
    name: 'remindedAt',
    type: 'date',
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    label: label('collections.submissions.fields.remindedAt'),
  },
  {
    name: 'atRisk',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    admin: { readOnly: true, position: 'sidebar' },
    label: label('collections.submissions.fields.atRisk'),
  },
  // A client's retry of the same submission carries the same key and is answered, not stored again.
  {
    name: 'idempotencyKey',
    type: 'text',
    unique: true,
    index: true,
    admin: { hidden: true },
    access: { read: () => false },
  },
]
