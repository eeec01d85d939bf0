import type { CollectionConfig } from 'payload'

import { seedStampField, trackCmsEdits } from '../../fields/seedStamp'
import { anyone, isAdmin } from '../../access/roles'
import { FORM_KINDS, PROGRAMME_AREAS, SERVICES, optionsOf } from '../../../core/domain/organisation'
import { label } from '../../../core/i18n/text'
import { contactGroup } from '../../fields/contactGroup'
import { rebuildOnChange } from '../../hooks/rebuild'
import { forgetOrganisationOnChange } from '../organisation'

/**
 * A municipal team that recruits volunteers or takes in applications. Its public contact route is
 * shown on the site; its notification address is internal and readable by staff only.
 */
export const Teams: CollectionConfig = {
  slug: 'teams',
  labels: {
    singular: label('collections.teams.singular'),
    plural: label('collections.teams.plural'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'municipalities', 'programmeAreas', 'active'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [trackCmsEdits],
    afterChange: [forgetOrganisationOnChange, rebuildOnChange],
    afterDelete: [forgetOrganisationOnChange],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: label('collections.teams.fields.name'),
    },
    {
      name: 'municipalities',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      required: true,
      label: label('collections.teams.fields.municipalities'),
      admin: { description: label('collections.teams.descriptions.municipalities') },
    },
    {
      name: 'districts',
      type: 'text',
      hasMany: true,
      label: label('collections.teams.fields.districts'),
    },
    {
      name: 'programmeAreas',
      type: 'select',
      hasMany: true,
      options: optionsOf(PROGRAMME_AREAS),
      label: label('collections.teams.fields.programmeAreas'),
    },
    {
      name: 'services',
      type: 'select',
      hasMany: true,
      options: optionsOf(SERVICES),
      label: label('collections.teams.fields.services'),
    },
    {
      name: 'forms',
      type: 'select',
      hasMany: true,
      options: optionsOf(FORM_KINDS),
      label: label('collections.teams.fields.forms'),
    },
    {
      name: 'notificationAddress',
      type: 'email',
      label: label('collections.teams.fields.notificationAddress'),
      access: { read: ({ req }) => Boolean(req.user) },
    },
    contactGroup('publicContact', label('collections.teams.fields.publicContact')),
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: label('collections.teams.fields.active'),
      admin: { position: 'sidebar' },
    },
    seedStampField,
  ],
}
