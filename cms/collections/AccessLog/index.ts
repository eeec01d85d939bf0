import type { CollectionConfig } from 'payload'

import { ACCESS_SURFACES } from '../../../core/domain/accessLog'
import { label } from '../../../core/i18n/text'
import { readsAccessLog } from '../../access/roles'
import { choices } from '../../fields/choices'

const readOnly = { readOnly: true }
const nobody = () => false

/**
 * Who opened which application or interest registration, when and how: written only by the
 * server (cms/hooks/accessLog.ts), never changed or deleted over any API, pruned after its
 * retention time. Entries name records by reference and hold nothing the person wrote.
 */
export const AccessLog: CollectionConfig = {
  slug: 'access-log',
  labels: {
    singular: label('collections.accessLog.singular'),
    plural: label('collections.accessLog.plural'),
  },
  admin: {
    useAsTitle: 'staffName',
    defaultColumns: ['createdAt', 'staffName', 'surface', 'collection', 'references'],
    listSearchableFields: ['references', 'staffName'],
    group: label('collections.accessLog.group'),
  },
  defaultSort: '-createdAt',
  access: { read: readsAccessLog, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'staff',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: readOnly,
      label: label('collections.accessLog.fields.staff'),
    },
    // The account may be deleted one day; who looked must still read from the log.
    {
      name: 'staffName',
      type: 'text',
      required: true,
      admin: readOnly,
      label: label('collections.accessLog.fields.staffName'),
    },
    {
      name: 'surface',
      type: 'select',
      required: true,
      options: choices(ACCESS_SURFACES, (value) => `collections.accessLog.surfaces.${value}`),
      admin: readOnly,
      label: label('collections.accessLog.fields.surface'),
    },
    {
      name: 'collection',
      type: 'select',
      options: [
        { value: 'applications', label: label('collections.applications.plural') },
        { value: 'interest-registrations', label: label('collections.interestRegistrations.plural') },
      ],
      admin: readOnly,
      label: label('collections.accessLog.fields.collection'),
    },
    {
      name: 'references',
      type: 'text',
      hasMany: true,
      index: true,
      admin: readOnly,
      label: label('collections.accessLog.fields.references'),
    },
  ],
  timestamps: true,
}
