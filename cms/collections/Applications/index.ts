import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '../../access/roles'
import type { Application } from '../../payload-types'
import { routedToOwnTeams } from '../../access/teams'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { APPLICATION_STATUSES } from '../../../core/domain/pipeline'
import { statusHistory } from '../../hooks/statusHistory'
import { notifyOnCreate } from '../../hooks/notifyOnCreate'
import { lockedExceptStatus, submissionFields } from '../../fields/submissionFields'

const readOnly = { readOnly: true }

/** The retention clock starts when intake closes an application. */
const stampClosed: CollectionBeforeChangeHook<Application> = ({ data, originalDoc }) =>
  data.status === 'closed' && originalDoc?.status !== 'closed' ? { ...data, closedAt: new Date().toISOString() } : data

/**
 * A request for support, under social-services secrecy: only what intake needs to call back,
 * seen only by the intake team it was routed to (and admins).
 */
export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: {
    singular: { sv: 'Ansökan om stöd', en: 'Application for support' },
    plural: { sv: 'Ansökningar om stöd', en: 'Applications for support' },
  },
  admin: { useAsTitle: 'reference', defaultColumns: ['reference', 'status', 'createdAt', 'callTime', 'routedTeams', 'atRisk'], listSearchableFields: ['reference'] },
  // Oldest first: whoever has waited longest for a call is at the top.
  defaultSort: 'createdAt',
  enableQueryPresets: true,
  access: {
    create: () => false,
    read: routedToOwnTeams('intake'),
    update: routedToOwnTeams('intake'),
    delete: isAdmin,
  },
  hooks: { beforeChange: [statusHistory, stampClosed], afterChange: [notifyOnCreate('application', 'applications')] },
  fields: lockedExceptStatus([
    ...submissionFields(),
    { name: 'status', type: 'select', required: true, defaultValue: 'new', index: true, options: optionsOf(APPLICATION_STATUSES), label: { sv: 'Status', en: 'Status' }, admin: { position: 'sidebar' } },
    { name: 'closedAt', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar' }, label: { sv: 'Avslutad', en: 'Closed' } },
    { name: 'applicant', type: 'select', required: true, options: [{ value: 'guardian', label: { sv: 'Vårdnadshavare för barn', en: 'Guardian for a child' } }, { value: 'self', label: { sv: 'Vuxen för sig själv', en: 'Adult for themselves' } }], admin: readOnly, label: { sv: 'Vem ansöker', en: 'Who applies' } },
    { name: 'forWhom', type: 'select', options: [{ value: 'child', label: { sv: 'Barn under 13', en: 'Child under 13' } }, { value: 'young-person', label: { sv: 'Ung 13–20', en: 'Young person 13–20' } }], admin: readOnly, label: { sv: 'Barnets ålder', en: "Child's age" } },
    { name: 'disability', type: 'checkbox', admin: readOnly, label: { sv: 'Gäller funktionsnedsättning (LSS)', en: 'Concerns a disability (LSS)' } },
    { name: 'service', type: 'select', required: true, options: [...optionsOf(SERVICES), { value: 'not-sure', label: { sv: 'Vet inte', en: 'Not sure' } }], admin: readOnly, label: { sv: 'Söker', en: 'Applies for' } },
    { name: 'name', type: 'text', required: true, admin: readOnly, label: { sv: 'Namn', en: 'Name' } },
    { name: 'phone', type: 'text', required: true, admin: readOnly, label: { sv: 'Telefon', en: 'Phone' } },
    { name: 'callTime', type: 'select', required: true, options: [{ value: 'morning', label: { sv: 'Förmiddag', en: 'Morning' } }, { value: 'afternoon', label: { sv: 'Eftermiddag', en: 'Afternoon' } }, { value: 'any', label: { sv: 'När som helst', en: 'Any time' } }], admin: readOnly, label: { sv: 'Ring helst', en: 'Best time to call' } },
    { name: 'email', type: 'email', admin: readOnly, label: { sv: 'E-post', en: 'E-mail' } },
    { name: 'message', type: 'textarea', admin: readOnly, label: { sv: 'Meddelande', en: 'Message' } },
  ]),
}
