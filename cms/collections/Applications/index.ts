import type { CollectionBeforeChangeHook } from 'payload'

import type { Application } from '../../payload-types'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { APPLICATION_STATUSES } from '../../../core/domain/pipeline'
import { endedAtAfter } from '../../../core/domain/retention'
import { label } from '../../../core/i18n/text'
import { APPLICANTS, CALL_TIMES, FOR_WHOM } from '../../../core/forms/application'
import { applicationFactsField } from '../../fields/applicationFacts'
import { choices } from '../../fields/choices'
import { keepApplicationFacts } from '../../hooks/applicationFacts'
import { submissionCollection } from '../submissionCollection'

const readOnly = { readOnly: true }

/** The retention clock starts when intake closes an application, and stops if it is reopened. */
const stampClosed: CollectionBeforeChangeHook<Application> = ({ data, originalDoc }) => ({
  ...data,
  closedAt: endedAtAfter(['closed'], originalDoc?.status, data.status, originalDoc?.closedAt, new Date()),
})

/**
 * A request for support, under social-services secrecy: only what intake needs to call back,
 * seen only by the intake team it was routed to (and admins).
 */
export const Applications = submissionCollection({
  slug: 'applications',
  form: 'application',
  labels: {
    singular: label('collections.applications.singular'),
    plural: label('collections.applications.plural'),
  },
  statuses: APPLICATION_STATUSES,
  statusLabel: label('collections.applications.fields.status'),
  defaultColumns: ['reference', 'createdAt', 'status', 'responsible', 'nextActionAt', 'service', 'callTime'],
  // After the history hook: the facts follow the history and contact log it leaves.
  beforeChange: [stampClosed, keepApplicationFacts],
  fields: [
    {
      name: 'closedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: label('collections.applications.fields.closedAt'),
    },
    // Set each time retention escalates an application nobody closed; the Today view lists them.
    {
      name: 'escalatedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: label('collections.applications.fields.escalatedAt'),
    },
    {
      name: 'applicant',
      type: 'select',
      required: true,
      options: choices(APPLICANTS, (value) => `collections.applications.options.applicant.${value}`),
      admin: readOnly,
      label: label('collections.applications.fields.applicant'),
    },
    {
      name: 'forWhom',
      type: 'select',
      options: choices(FOR_WHOM, (value) => `collections.applications.options.forWhom.${value}`),
      admin: readOnly,
      label: label('collections.applications.fields.forWhom'),
    },
    {
      name: 'disability',
      type: 'checkbox',
      admin: readOnly,
      label: label('collections.applications.fields.disability'),
    },
    {
      name: 'service',
      type: 'select',
      required: true,
      options: [
        ...optionsOf(SERVICES),
        { value: 'not-sure', label: label('collections.applications.options.service.notSure') },
      ],
      admin: readOnly,
      label: label('collections.applications.fields.service'),
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: readOnly,
      label: label('collections.applications.fields.name'),
    },
    {
      name: 'phone',
      type: 'text',
      required: true,
      admin: readOnly,
      label: label('collections.applications.fields.phone'),
    },
    {
      name: 'callTime',
      type: 'select',
      required: true,
      options: choices(CALL_TIMES, (value) => `collections.applications.options.callTime.${value}`),
      admin: readOnly,
      label: label('collections.applications.fields.callTime'),
    },
    { name: 'email', type: 'email', admin: readOnly, label: label('collections.applications.fields.email') },
    {
      name: 'message',
      type: 'textarea',
      admin: readOnly,
      label: label('collections.applications.fields.message'),
    },
    applicationFactsField,
  ],
})
