import type { GroupField } from 'payload'

import { label } from '../../core/i18n/text'

/**
 * Who answers for a municipality's personal data (GDPR art. 13): the controller, normally its
 * social services committee, and its data protection officer. The privacy notice shows them.
 */
export const privacyContactField = (): GroupField => ({
  name: 'privacy',
  type: 'group',
  label: label('collections.municipalities.privacy.label'),
  admin: { description: label('collections.municipalities.privacy.description') },
  fields: [
    {
      name: 'controller',
      type: 'text',
      localized: true,
      label: label('collections.municipalities.privacy.fields.controller'),
      admin: { description: label('collections.municipalities.privacy.controllerHint') },
    },
    {
      name: 'controllerEmail',
      type: 'email',
      label: label('collections.municipalities.privacy.fields.controllerEmail'),
    },
    { name: 'dpoEmail', type: 'email', label: label('collections.municipalities.privacy.fields.dpoEmail') },
    { name: 'dpoPhone', type: 'text', label: label('collections.municipalities.privacy.fields.dpoPhone') },
  ],
})
