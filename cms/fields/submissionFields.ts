import type { Field, SelectField } from 'payload'

import { optionsOf } from '../../core/domain/organisation'
import type { Locale } from '../../core/i18n/locales'
import { label } from '../../core/i18n/text'
import { type Role, isAdminField } from '../access/roles'
import { idOf } from '../collections/relations'
import { CONTACT_KINDS } from '../../core/domain/caseWork'
import { choices } from './choices'
import { eligibleResponsible, validResponsible } from './responsible'

/** The fields a team works with; everything else on a submission stays as the person and routing left it. */
const CASE_WORK = ['status', 'responsible', 'nextAction', 'nextActionAt', 'contactLog']

/** What the person submitted and where it was routed is not for a team to rewrite; only admins may. */
export const lockedExceptCaseWork = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && !CASE_WORK.includes(field.name)
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

/** When gallring anonymised the record (cms/jobs/retention); from then on only statistics count it. */
export const anonymisedAtField: Field = {
  name: 'anonymisedAt',
  type: 'date',
  index: true,
  admin: { hidden: true, readOnly: true },
  access: { update: () => false },
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
    // Staff read the history on the case card, in words; the raw rows are not for them.
    admin: { readOnly: true, hidden: true },
    fields: [
      {
        name: 'status',
        type: 'text',
        required: true,
        label: label('collections.submissions.fields.historyStatus'),
      },
      {
        name: 'at',
        type: 'date',
        required: true,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
        label: label('collections.submissions.fields.historyAt'),
      },
      {
        name: 'by',
        type: 'relationship',
        relationTo: 'users',
        label: label('collections.submissions.fields.historyBy'),
      },
      // A hand-over to another team is a history entry too: from whom, to whom and why.
      {
        name: 'fromTeam',
        type: 'relationship',
        relationTo: 'teams',
        label: label('collections.submissions.fields.historyFromTeam'),
      },
      {
        name: 'toTeam',
        type: 'relationship',
        relationTo: 'teams',
        label: label('collections.submissions.fields.historyToTeam'),
      },
      { name: 'reason', type: 'text', label: label('collections.submissions.fields.historyReason') },
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
    // A key (sodermalm): the case card shows the district's name, and so do lists, through its cell.
    admin: { readOnly: true, condition: () => false, components: { Cell: '/admin/cells#DistrictCell' } },
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
    // Stored as routing wrote it (ids and codes); the case card says it in words.
    admin: { readOnly: true, hidden: true },
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
    name: 'untouched',
    type: 'checkbox',
    defaultValue: true,
    index: true,
    admin: { hidden: true },
    label: label('collections.submissions.fields.untouched'),
  },
  // The due date the responsible person was last reminded of, so each one is reminded of once.
  { name: 'nextActionRemindedFor', type: 'date', admin: { hidden: true } },
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
  anonymisedAtField,
]

/** What the team does with a submission: who holds it, what comes next and by when, every contact tried. */
export const caseWorkFields = (role: Role): Field[] => [
  {
    name: 'responsible',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    admin: { position: 'sidebar' },
    label: label('collections.submissions.fields.responsible'),
    filterOptions: ({ data }) => eligibleResponsible(role, (data?.routedTeams ?? []).map(idOf)),
    validate: validResponsible(role),
  },
  {
    name: 'nextAction',
    type: 'text',
    admin: { position: 'sidebar' },
    label: label('collections.submissions.fields.nextAction'),
  },
  {
    name: 'nextActionAt',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    label: label('collections.submissions.fields.nextActionAt'),
  },
  {
    name: 'contactLog',
    type: 'array',
    label: label('collections.submissions.fields.contactLog'),
    // Read and added to on the case card; stored lines are not for staff to edit.
    admin: { hidden: true },
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        options: choices(CONTACT_KINDS, (kind) => `domain.contactKinds.${kind}`),
        label: label('collections.submissions.fields.contactKind'),
      },
      { name: 'note', type: 'textarea', label: label('collections.submissions.fields.contactNote') },
      {
        name: 'at',
        type: 'date',
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        label: label('collections.submissions.fields.contactAt'),
      },
      {
        name: 'by',
        type: 'relationship',
        relationTo: 'users',
        admin: { readOnly: true },
        label: label('collections.submissions.fields.contactBy'),
      },
    ],
  },
]
