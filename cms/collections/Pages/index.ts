import type { CollectionConfig } from 'payload'

import { canEditContent, publishedOrStaff } from '../../access/roles'
import { previewUrl } from '../../urls'
import { seedStampField, trackCmsEdits } from '../../fields/seedStamp'
import { rebuildAfterDelete, rebuildWhenPublished } from '../../hooks/rebuild'
import { slugFromTitle, validateSlug } from './hooks/slug'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: { sv: 'Sida', en: 'Page' },
    plural: { sv: 'Sidor', en: 'Pages' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    // Same origin as the admin: the preview route reads the draft with the editor's own session.
    livePreview: { url: previewUrl('pages') },
  },
  access: {
    read: publishedOrStaff,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [trackCmsEdits],
    afterChange: [rebuildWhenPublished],
    afterDelete: [rebuildAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { sv: 'Rubrik', en: 'Title' },
    },
    {
      name: 'slug',
      type: 'text',
      localized: true,
      index: true,
      label: { sv: 'Adress (slug)', en: 'Address (slug)' },
      hooks: { beforeValidate: [slugFromTitle] },
      validate: validateSlug,
      admin: {
        position: 'sidebar',
        description: {
          sv: 'Sidans adress på webbplatsen. Fylls i från rubriken om du lämnar den tom.',
          en: "The page's address on the site. Filled in from the title when left empty.",
        },
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { sv: 'Ingress', en: 'Summary' },
      admin: {
        description: {
          sv: 'En eller två meningar som visas överst på sidan och i listor.',
          en: 'One or two sentences shown at the top of the page and in lists.',
        },
      },
    },
    {
      name: 'content',
      type: 'richText',
      localized: true,
      label: { sv: 'Innehåll', en: 'Content' },
    },
    {
      name: 'easyRead',
      type: 'richText',
      localized: true,
      label: { sv: 'Lättläst version', en: 'Easy-read version' },
      admin: {
        description: {
          sv: 'Korta meningar, en tanke per rad, vardagliga ord. Visas på en egen sida som länkas från sidan.',
          en: 'Short sentences, one idea per line, everyday words. Shown on its own page, linked from this one.',
        },
      },
    },
    {
      name: 'metaDescription',
      type: 'textarea',
      localized: true,
      maxLength: 160,
      label: { sv: 'Beskrivning för sökmotorer', en: 'Meta description' },
      admin: { position: 'sidebar' },
    },
    seedStampField,
  ],
}
