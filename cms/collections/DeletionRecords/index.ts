import type { CollectionConfig } from 'payload'

import { DELETED_KINDS, DELETION_RULES, ERASURES } from '../../../core/domain/retention'
import { label } from '../../../core/i18n/text'
import { isAdmin } from '../../access/roles'
import { submissionExport } from '../../endpoints/submissionExport'
import { choices } from '../../fields/choices'

const COLUMNS = ['deletedAt', 'erasure', 'kind', 'reference', 'rule', 'municipality']

/**
 * The gallring log: one record per application, registration or booking anonymised (cms/jobs/retention)
 * and per record or e-mail deleted (cms/hooks/recordDeletion). It names the record by its reference
 * only, never the person. Admins list and export it; nobody writes, changes or deletes it over any API.
 */
export const DeletionRecords: CollectionConfig = {
  slug: 'deletion-records',
  labels: {
    singular: label('collections.deletionRecords.singular'),
    plural: label('collections.deletionRecords.plural'),
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: COLUMNS,
    listSearchableFields: ['reference'],
    group: label('collections.outboxMessages.group'),
    components: { beforeListTable: ['/admin/ListExport#ListExport'] },
  },
  endpoints: [submissionExport('deletion-records', COLUMNS)],
  defaultSort: '-deletedAt',
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'reference',
      type: 'text',
      required: true,
      index: true,
      label: label('collections.deletionRecords.fields.reference'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: choices(DELETED_KINDS, (kind) => `collections.deletionRecords.kinds.${kind}`),
      label: label('collections.deletionRecords.fields.kind'),
    },
    // Existing records from before anonymising were all deletions.
    {
      name: 'erasure',
      type: 'select',
      required: true,
      defaultValue: 'deleted',
      index: true,
      options: choices(ERASURES, (erasure) => `collections.deletionRecords.erasures.${erasure}`),
      label: label('collections.deletionRecords.fields.erasure'),
    },
    {
      name: 'rule',
      type: 'select',
      required: true,
      options: choices(DELETION_RULES, (rule) => `collections.deletionRecords.rules.${rule}`),
      label: label('collections.deletionRecords.fields.rule'),
    },
    {
      name: 'deletedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: label('collections.deletionRecords.fields.deletedAt'),
    },
    // Whose records decision applied; a municipality deleted later leaves the record without one.
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      index: true,
      label: label('collections.deletionRecords.fields.municipality'),
    },
  ],
}
