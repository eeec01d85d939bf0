import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { previewUrl } from '../../urls'
import { seedStampField } from '../../fields/seedStamp'
import { contentAccess } from '../../access/roles'
import { upcomingSwitches } from '../../../core/domain/campaignWindow'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { label } from '../../../core/i18n/text'
import { publishedDocumentHooks } from '../../hooks/rebuild'
import { queueRebuild } from '../../jobs/rebuildSite'

/** Where a campaign runs besides the site, for statistics per channel. */
const CHANNELS = {
  'social-media': label('collections.campaigns.channels.socialMedia'),
  print: label('collections.campaigns.channels.print'),
  screens: label('collections.campaigns.channels.screens'),
  schools: label('collections.campaigns.channels.schools'),
  events: label('collections.campaigns.channels.events'),
  partners: label('collections.campaigns.channels.partners'),
} as const

/** The static site shows a campaign only between its dates, so it is rebuilt at each of them. */
const scheduleSwitches: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status === 'published') {
    for (const moment of upcomingSwitches(doc, new Date())) await queueRebuild(req.payload, req, moment)
  }
  return doc
}

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: {
    singular: label('collections.campaigns.singular'),
    plural: label('collections.campaigns.plural'),
  },
  admin: {
    livePreview: { url: previewUrl('campaigns') },
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'endsAt', '_status'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: publishedDocumentHooks(scheduleSwitches),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('collections.campaigns.fields.title'),
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('collections.campaigns.fields.slug'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'message',
      type: 'richText',
      localized: true,
      label: label('collections.campaigns.fields.message'),
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('collections.campaigns.fields.heroImage'),
    },
    {
      name: 'services',
      type: 'select',
      hasMany: true,
      options: optionsOf(SERVICES),
      label: label('collections.campaigns.fields.services'),
    },
    {
      name: 'municipalities',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      label: label('collections.campaigns.fields.municipalities'),
    },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      label: label('collections.campaigns.fields.startsAt'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
    },
    {
      name: 'endsAt',
      type: 'date',
      required: true,
      label: label('collections.campaigns.fields.endsAt'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
      validate: (value: Date | null | undefined, { siblingData }: { siblingData: { startsAt?: string } }) =>
        !value ||
        !siblingData.startsAt ||
        new Date(value) > new Date(siblingData.startsAt) ||
        'Slutet måste komma efter starten / The end must come after the start',
    },
    {
      name: 'ctaLabel',
      type: 'text',
      required: true,
      localized: true,
      label: label('collections.campaigns.fields.ctaLabel'),
    },
    {
      name: 'channels',
      type: 'select',
      hasMany: true,
      options: optionsOf(CHANNELS),
      label: label('collections.campaigns.fields.channels'),
    },
    {
      name: 'showOnHome',
      type: 'checkbox',
      defaultValue: true,
      label: label('collections.campaigns.fields.showOnHome'),
      admin: { position: 'sidebar' },
    },
    seedStampField,
  ],
}
