import type { Field } from 'payload'

import type { Locale } from '../../core/i18n/locales'
import { label } from '../../core/i18n/text'

/** Phone, e-mail and phone hours that residents may use: the same three for a team and for the portal. */
export const contactGroup = (name: string, groupLabel: Record<Locale, string>): Field => ({
  name,
  type: 'group',
  label: groupLabel,
  fields: [
    { name: 'phone', type: 'text', label: label('collections.contactFields.phone') },
    { name: 'email', type: 'email', label: label('collections.contactFields.email') },
    { name: 'hours', type: 'text', localized: true, label: label('collections.contactFields.hours') },
  ],
})
