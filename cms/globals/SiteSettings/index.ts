import type { GlobalConfig } from 'payload'

import { anyone, canEditContent } from '../../access/roles'
import { rebuildOnChange } from '../../hooks/rebuild'
import { seedStampField, trackCmsEdits } from '../../fields/seedStamp'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { sv: 'Webbplatsinställningar', en: 'Site settings' },
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
      label: { sv: 'Webbplatsens namn', en: 'Site name' },
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      label: { sv: 'Undertitel', en: 'Tagline' },
    },
    {
      name: 'homePage',
      type: 'relationship',
      relationTo: 'pages',
      label: { sv: 'Startsida', en: 'Home page' },
    },
    {
      name: 'contact',
      type: 'group',
      label: { sv: 'Kontaktuppgifter', en: 'Contact details' },
      fields: [
        { name: 'phone', type: 'text', label: { sv: 'Telefon', en: 'Phone' } },
        { name: 'email', type: 'email', label: { sv: 'E-post', en: 'E-mail' } },
        {
          name: 'hours',
          type: 'text',
          localized: true,
          label: { sv: 'Telefontider', en: 'Phone hours' },
        },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: { sv: 'Länkar i sidfoten', en: 'Footer links' },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { sv: 'Text', en: 'Label' } },
        {
          name: 'page',
          type: 'relationship',
          relationTo: 'pages',
          label: { sv: 'Sida', en: 'Page' },
        },
        {
          name: 'url',
          type: 'text',
          label: { sv: 'Eller extern adress', en: 'Or external address' },
          admin: { description: { sv: 'Används om ingen sida är vald.', en: 'Used when no page is chosen.' } },
        },
      ],
    },
    seedStampField,
  ],
}
