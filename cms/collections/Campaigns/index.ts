import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { previewUrl } from '../../urls'
import { seedStampField, trackCmsEdits } from '../../fields/seedStamp'
import { canEditContent, publishedOrStaff } from '../../access/roles'
import { upcomingSwitches } from '../../../core/domain/campaignWindow'
import { SERVICES, optionsOf } from '../../../core/domain/organisation'
import { rebuildAfterDelete, rebuildWhenPublished } from '../../hooks/rebuild'
import { queueRebuild } from '../../jobs/rebuildSite'

/** Where a campaign runs besides the site, for statistics per channel. */
const CHANNELS = {
  'social-media': { sv: 'Sociala medier', en: 'Social media' },
  print: { sv: 'Affischer och trycksaker', en: 'Posters and print' },
  screens: { sv: 'Skärmar i butiker', en: 'Screens in shops' },
  schools: { sv: 'Skolans plattformar', en: 'School platforms' },
  events: { sv: 'Evenemang', en: 'Events' },
  partners: { sv: 'Samarbetspartner', en: 'Partners' },
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
    singular: { sv: 'Kampanj', en: 'Campaign' },
    plural: { sv: 'Kampanjer', en: 'Campaigns' },
  },
  admin: {
    livePreview: { url: previewUrl('campaigns') },
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'endsAt', '_status'],
  },
  access: { read: publishedOrStaff, create: canEditContent, update: canEditContent, delete: canEditContent },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    beforeChange: [trackCmsEdits],
    afterChange: [rebuildWhenPublished, scheduleSwitches],
    afterDelete: [rebuildAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Rubrik', en: 'Title' } },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, label: { sv: 'Adress (slug)', en: 'Address (slug)' }, admin: { position: 'sidebar' } },
    { name: 'message', type: 'richText', localized: true, label: { sv: 'Budskap', en: 'Message' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { sv: 'Bild', en: 'Image' } },
    { name: 'services', type: 'select', hasMany: true, options: optionsOf(SERVICES), label: { sv: 'Insatser', en: 'Services' } },
    { name: 'municipalities', type: 'relationship', relationTo: 'municipalities', hasMany: true, label: { sv: 'Kommuner', en: 'Municipalities' } },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      label: { sv: 'Visas från', en: 'Shown from' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
    },
    {
      name: 'endsAt',
      type: 'date',
      required: true,
      label: { sv: 'Visas till', en: 'Shown until' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
      validate: (value: Date | null | undefined, { siblingData }: { siblingData: { startsAt?: string } }) =>
        !value || !siblingData.startsAt || new Date(value) > new Date(siblingData.startsAt) ||
        'Slutet måste komma efter starten / The end must come after the start',
    },
    { name: 'ctaLabel', type: 'text', required: true, localized: true, label: { sv: 'Knapptext', en: 'Button text' } },
    { name: 'channels', type: 'select', hasMany: true, options: optionsOf(CHANNELS), label: { sv: 'Kanaler', en: 'Channels' } },
    { name: 'showOnHome', type: 'checkbox', defaultValue: true, label: { sv: 'Visa på startsidan', en: 'Show on the home page' }, admin: { position: 'sidebar' } },
    seedStampField,
  ],
}
