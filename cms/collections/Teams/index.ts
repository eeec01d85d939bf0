import type { CollectionConfig } from 'payload'

import { seedStampField, trackCmsEdits } from '../../fields/seedStamp'
import { anyone, isAdmin } from '../../access/roles'
import { FORM_KINDS, PROGRAMME_AREAS, SERVICES, optionsOf } from '../../../core/domain/organisation'
import { rebuildOnChange } from '../../hooks/rebuild'

/**
 * A municipal team that recruits volunteers or takes in applications. Its public contact route is
 * shown on the site; its notification address is internal and readable by staff only.
 */
export const Teams: CollectionConfig = {
  slug: 'teams',
  labels: {
    singular: { sv: 'Team', en: 'Team' },
    plural: { sv: 'Team', en: 'Teams' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'municipalities', 'programmeAreas', 'active'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [trackCmsEdits],
    afterChange: [rebuildOnChange],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { sv: 'Namn', en: 'Name' } },
    {
      name: 'municipalities',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      required: true,
      label: { sv: 'Kommuner', en: 'Municipalities' },
      admin: { description: { sv: 'Flera kommuner = samverkan kring rekrytering.', en: 'Several = municipalities cooperating on recruitment.' } },
    },
    {
      name: 'districts',
      type: 'text',
      hasMany: true,
      label: { sv: 'Stadsdelar (nycklar)', en: 'Districts (keys)' },
    },
    { name: 'programmeAreas', type: 'select', hasMany: true, options: optionsOf(PROGRAMME_AREAS), label: { sv: 'Verksamhetsområden', en: 'Programme areas' } },
    { name: 'services', type: 'select', hasMany: true, options: optionsOf(SERVICES), label: { sv: 'Insatser', en: 'Services' } },
    { name: 'forms', type: 'select', hasMany: true, options: optionsOf(FORM_KINDS), label: { sv: 'Tar emot', en: 'Receives' } },
    {
      name: 'notificationAddress',
      type: 'email',
      label: { sv: 'Adress för aviseringar', en: 'Notification address' },
      access: { read: ({ req }) => Boolean(req.user) },
    },
    {
      name: 'publicContact',
      type: 'group',
      label: { sv: 'Kontaktväg för allmänheten', en: 'Public contact route' },
      fields: [
        { name: 'phone', type: 'text', label: { sv: 'Telefon', en: 'Phone' } },
        { name: 'email', type: 'email', label: { sv: 'E-post', en: 'E-mail' } },
        { name: 'hours', type: 'text', localized: true, label: { sv: 'Telefontider', en: 'Phone hours' } },
      ],
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { sv: 'Aktivt', en: 'Active' }, admin: { position: 'sidebar' } },
    seedStampField,
  ],
}
