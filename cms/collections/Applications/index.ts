import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { Application } from '../../payload-types'
import { submissionAccess } from '../../access/teams'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { APPLICATION_STATUSES } from '../../../core/domain/pipeline'
import { label } from '../../../core/i18n/text'
import { statusHistory } from '../../hooks/statusHistory'
import { notifyOnCreate } from '../../hooks/notifyOnCreate'
import { lockedExceptStatus, statusField, submissionFields } from '../../fields/submissionFields'

const readOnly = { readOnly: true }

/** The retention clock starts when intake closes an application. */
const stampClosed: CollectionBeforeChangeHook<Application> = ({ data, originalDoc }) =>
  data.status === 'closed' && originalDoc?.status !== 'closed'
    ? { ...data, closedAt: new Date().toISOString() }
    : data

/**
 * A request for support, under social-services secrecy: only what intake needs to call back,
 * seen only by the intake team it was routed to (and admins).
 */
export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: {
    singular: label('collections.applications.singular'),
    plural: label('collections.applications.plural'),
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'createdAt', 'callTime', 'routedTeams', 'atRisk'],
    listSearchableFields: ['reference'],
  },
  // Oldest first: whoever has waited longest for a call is at the top.
  defaultSort: 'createdAt',
  enableQueryPresets: true,
  access: submissionAccess('intake'),
  hooks: {
    beforeChange: [statusHistory, stampClosed],
    afterChange: [notifyOnCreate('application', 'applications')],
  },
  fields: lockedExceptStatus([
    ...submissionFields(),
    statusField(APPLICATION_STATUSES, label('collections.applications.fields.status')),
    {
      name: 'closedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: label('collections.applications.fields.closedAt'),
    },
    {
      name: 'applicant',
      type: 'select',
      required: true,
      options: [
        { value: 'guardian', label: label('collections.applications.options.applicant.guardian') },
        { value: 'self', label: label('collections.applications.options.applicant.self') },
      ],
      admin: readOnly,
      label: label('collections.applications.fields.applicant'),
    },
    {
      name: 'forWhom',
      type: 'select',
      options: [
        { value: 'child', label: label('collections.applications.options.forWhom.child') },
        { value: 'young-person', label: label('collections.applications.options.forWhom.youngPerson') },
      ],
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
      options: [
        { value: 'morning', label: label('collections.applications.options.callTime.morning') },
        { value: 'afternoon', label: label('collections.applications.options.callTime.afternoon') },
        { value: 'any', label: label('collections.applications.options.callTime.any') },
      ],
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
  ]),
}
