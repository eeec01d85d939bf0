import type { CollectionConfig } from 'payload'

import { AUDIENCES } from '../../../core/domain/audience'
import { optionsOf } from '../../../core/domain/organisation'
import { label } from '../../../core/i18n/text'
import { contentAccess } from '../../access/roles'
import { previewUrl } from '../../urls'
import { seedStampField } from '../../fields/seedStamp'
import { publishedDocumentHooks } from '../../hooks/rebuild'
import { slugFromTitle, validateSlug } from './hooks/slug'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: label('collections.pages.singular'),
    plural: label('collections.pages.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    // Same origin as the admin: the preview route reads the draft with the editor's own session.
    livePreview: { url: previewUrl('pages') },
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishedDocumentHooks(),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('collections.pages.fields.title'),
    },
    {
      name: 'slug',
      type: 'text',
      localized: true,
      index: true,
      label: label('collections.pages.fields.slug'),
      hooks: { beforeValidate: [slugFromTitle] },
      validate: validateSlug,
      admin: {
        position: 'sidebar',
        description: label('collections.pages.descriptions.slug'),
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('collections.pages.fields.summary'),
      admin: {
        description: label('collections.pages.descriptions.summary'),
      },
    },
    {
      name: 'content',
      type: 'richText',
      localized: true,
      label: label('collections.pages.fields.content'),
    },
    {
      name: 'easyRead',
      type: 'richText',
      localized: true,
      label: label('collections.pages.fields.easyRead'),
      admin: {
        description: label('collections.pages.descriptions.easyRead'),
      },
    },
    {
      name: 'metaDescription',
      type: 'textarea',
      localized: true,
      maxLength: 160,
      label: label('collections.pages.fields.metaDescription'),
      admin: { position: 'sidebar' },
    },
    {
      // Not localized: a page speaks to the same readers in every language.
      name: 'audience',
      type: 'select',
      options: optionsOf(AUDIENCES),
      label: label('collections.pages.fields.audience'),
      admin: { position: 'sidebar', description: label('collections.pages.descriptions.audience') },
    },
    {
      // Not localized: the picture is the same in every language; its alt text in Media is.
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: label('collections.pages.fields.image'),
      admin: { position: 'sidebar', description: label('collections.pages.descriptions.image') },
    },
    seedStampField,
  ],
}
