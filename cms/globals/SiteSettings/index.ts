import type { GlobalConfig } from 'payload'

import { label } from '../../../core/i18n/text'
import { contactGroup } from '../../fields/contactGroup'
import { anyone, canEditContent } from '../../access/roles'
import { rebuildOnChange } from '../../hooks/rebuild'
import { seedStampField, trackCmsEdits } from '../../fields/seedStamp'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('collections.siteSettings.label'),
  access: { read: anyone, update: canEditContent },
  hooks: {
    beforeChange: [trackCmsEdits],
    afterChange: [rebuildOnChange],
  },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      localized: true,
      label: label('collections.siteSettings.fields.siteName'),
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      label: label('collections.siteSettings.fields.tagline'),
    },
    // Shown at the top of the admin instead of Payload's; without one the admin shows the site name.
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: label('collections.siteSettings.fields.logo'),
      admin: { description: label('collections.siteSettings.descriptions.logo') },
    },
    {
      name: 'homePage',
      type: 'relationship',
      relationTo: 'pages',
      label: label('collections.siteSettings.fields.homePage'),
    },
    contactGroup('contact', label('collections.siteSettings.fields.contact')),
    {
      name: 'footerLinks',
      type: 'array',
      label: label('collections.siteSettings.fields.footerLinks'),
      labels: {
        singular: label('collections.siteSettings.fields.footerLink'),
        plural: label('collections.siteSettings.fields.footerLinks'),
      },
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: label('collections.siteSettings.fields.footerLinksLabel'),
        },
        {
          name: 'page',
          type: 'relationship',
          relationTo: 'pages',
          label: label('collections.siteSettings.fields.footerLinksPage'),
        },
        {
          name: 'url',
          type: 'text',
          label: label('collections.siteSettings.fields.footerLinksUrl'),
          admin: { description: label('collections.siteSettings.descriptions.footerLinksUrl') },
        },
      ],
    },
    seedStampField,
  ],
}
