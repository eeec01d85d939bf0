import type { Field, SelectField } from 'payload'

import { isAdminField } from '../access/roles'

/** What the person submitted and where it was routed is not for a team to rewrite; only admins may. */
export const lockedExceptStatus = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.name !== 'status'
      ? ({ ...field, access: { update: isAdminField, ...(field as { access?: object }).access } } as Field)
      : field,
  )

/** The language the person used the form in; their e-mails are written in it. */
export const localeField: SelectField = { name: 'locale', type: 'select', defaultValue: 'sv', options: [{ value: 'sv', label: 'Svenska' }, { value: 'en', label: 'English' }], admin: { readOnly: true }, label: { sv: 'Språk i formuläret', en: 'Language of the form' } }

/** Fields every public submission carries: its reference, history, routing and idempotency key. */
export const submissionFields = (): Field[] => [
  { name: 'reference', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true }, label: { sv: 'Referens', en: 'Reference' } },
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
  { name: 'municipality', type: 'relationship', relationTo: 'municipalities', required: true, admin: { readOnly: true }, label: { sv: 'Kommun', en: 'Municipality' } },
  { name: 'district', type: 'text', admin: { readOnly: true }, label: { sv: 'Stadsdel', en: 'District' } },
  localeField,
  { name: 'consentAt', type: 'date', required: true, admin: { readOnly: true }, label: { sv: 'Samtycke lämnat', en: 'Consent given' } },
  { name: 'routedTeams', type: 'relationship', relationTo: 'teams', hasMany: true, index: true, admin: { readOnly: true, position: 'sidebar' }, label: { sv: 'Team', en: 'Teams' } },
  { name: 'central', type: 'checkbox', defaultValue: false, index: true, admin: { readOnly: true, position: 'sidebar' }, label: { sv: 'I den centrala kön', en: 'In the central queue' } },
  { name: 'routingExplanation', type: 'textarea', admin: { readOnly: true, position: 'sidebar' }, label: { sv: 'Varför hit', en: 'Why routed here' } },
  { name: 'lastChangeAt', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } }, label: { sv: 'Senast ändrad av personal', en: 'Last changed by staff' } },
  { name: 'remindedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } }, label: { sv: 'Påminnelse skickad', en: 'Reminder sent' } },
  { name: 'atRisk', type: 'checkbox', defaultValue: false, index: true, admin: { readOnly: true, position: 'sidebar' }, label: { sv: 'Riskerar att tappas bort (30 dagar utan ändring)', en: 'At risk (30 days without a change)' } },
  // A client's retry of the same submission carries the same key and is answered, not stored again.
  { name: 'idempotencyKey', type: 'text', unique: true, index: true, admin: { hidden: true }, access: { read: () => false } },
]
