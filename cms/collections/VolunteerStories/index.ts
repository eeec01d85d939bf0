import type { CollectionConfig } from 'payload'

import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { label } from '../../../core/i18n/text'
import { contentAccess } from '../../access/roles'
import { seedStampField } from '../../fields/seedStamp'
import { publishedDocumentHooks } from '../../hooks/rebuild'

/**
 * Short stories of volunteers, shown on the volunteer pages. Like pages: communications staff
 * edit, the public reads only what is published, and publishing rebuilds the site.
 */
export const VolunteerStories: CollectionConfig = {
  slug: 'volunteer-stories',
  labels: {
    singular: label('collections.volunteerStories.singular'),
    plural: label('collections.volunteerStories.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'service', 'isExample', '_status'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: publishedDocumentHooks(),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('collections.volunteerStories.fields.title'),
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 900,
      label: label('collections.volunteerStories.fields.text'),
    },
    {
      name: 'service',
      type: 'select',
      required: true,
      options: optionsOf(SERVICES),
      label: label('collections.volunteerStories.fields.service'),
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      label: label('collections.volunteerStories.fields.municipality'),
    },
    {
      // The media item carries its own alt text, required there.
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: label('collections.volunteerStories.fields.image'),
    },
    {
      // A made-up story must say so on the site: readers take a story for a real person's.
      name: 'isExample',
      type: 'checkbox',
      defaultValue: false,
      label: label('collections.volunteerStories.fields.isExample'),
      admin: {
        position: 'sidebar',
        description: label('collections.volunteerStories.descriptions.isExample'),
      },
    },
    seedStampField,
  ],
}
