import type { CollectionConfig } from 'payload'

import { seedStampField, trackCmsEdits } from '../../fields/seedStamp'
import { anyone, isAdmin } from '../../access/roles'
import { rebuildOnChange } from '../../hooks/rebuild'

export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: {
    singular: { sv: 'Kommun', en: 'Municipality' },
    plural: { sv: 'Kommuner', en: 'Municipalities' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'fallbackTeam'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [trackCmsEdits],
    afterChange: [rebuildOnChange],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: { sv: 'Kommunkod', en: 'Municipality code' },
      validate: (value: string | null | undefined) =>
        /^\d{4}$/.test(value ?? '') || 'Kommunkoden har fyra siffror / The code has four digits',
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      label: { sv: 'Adress (slug)', en: 'Address (slug)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      label: { sv: 'Kort presentation', en: 'Short introduction' },
    },
    {
      name: 'districts',
      type: 'array',
      label: { sv: 'Stadsdelar', en: 'Districts' },
      admin: {
        description: {
          sv: 'Bara för kommuner som delar upp arbetet på stadsdelsförvaltningar.',
          en: 'Only for municipalities that split the work between district administrations.',
        },
      },
      fields: [
        { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
        { name: 'key', type: 'text', required: true, label: { sv: 'Nyckel', en: 'Key' } },
      ],
    },
    {
      name: 'fallbackTeam',
      type: 'relationship',
      relationTo: 'teams',
      label: { sv: 'Reservteam', en: 'Fallback team' },
      admin: {
        description: {
          sv: 'Tar emot det som inget annat team i kommunen hanterar.',
          en: 'Receives what no other team in the municipality handles.',
        },
      },
    },
    seedStampField,
  ],
}
