import type { CollectionConfig } from 'payload'

import { label } from '../../../core/i18n/text'
import { seedStampField, trackCmsEdits } from '../../fields/seedStamp'
import { anyone, isAdmin } from '../../access/roles'
import { rebuildOnChange } from '../../hooks/rebuild'
import { forgetOrganisationOnChange } from '../organisation'
import { privacyContactField } from '../../fields/privacyContact'
import { retentionScheduleField } from '../../fields/retentionSchedule'
import { municipalityFactsField } from '../../fields/municipalityFacts'
import { releaseOutbox } from './hooks/outbox'

export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: {
    singular: label('collections.municipalities.singular'),
    plural: label('collections.municipalities.plural'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'fallbackTeam'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [trackCmsEdits],
    beforeDelete: [releaseOutbox],
    afterChange: [forgetOrganisationOnChange, rebuildOnChange],
    afterDelete: [forgetOrganisationOnChange],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('collections.municipalities.fields.name') },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: label('collections.municipalities.fields.code'),
      validate: (value: string | null | undefined) =>
        /^\d{4}$/.test(value ?? '') || 'Kommunkoden har fyra siffror / The code has four digits',
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      label: label('collections.municipalities.fields.slug'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      label: label('collections.municipalities.fields.intro'),
    },
    {
      name: 'districts',
      type: 'array',
      label: label('collections.municipalities.fields.districts'),
      // Payload names rows after the field ("Add District") unless told the word.
      labels: {
        singular: label('collections.municipalities.fields.district'),
        plural: label('collections.municipalities.fields.districts'),
      },
      admin: {
        description: label('collections.municipalities.descriptions.districts'),
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          label: label('collections.municipalities.fields.districtsName'),
        },
        {
          name: 'key',
          type: 'text',
          required: true,
          label: label('collections.municipalities.fields.districtsKey'),
        },
      ],
    },
    {
      name: 'fallbackTeam',
      type: 'relationship',
      relationTo: 'teams',
      label: label('collections.municipalities.fields.fallbackTeam'),
      admin: {
        description: label('collections.municipalities.descriptions.fallbackTeam'),
      },
    },
    municipalityFactsField(),
    retentionScheduleField(),
    privacyContactField(),
    seedStampField,
  ],
}
